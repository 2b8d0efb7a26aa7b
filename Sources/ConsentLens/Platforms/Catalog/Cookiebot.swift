extension ConsentPlatform {
    /// Cookiebot (Usercentrics): `uc.js` from consent.cookiebot.com, the `#CybotCookiebotDialog`
    /// dialog, `data-cookieconsent` on scripts it gates, `Cookiebot*` callbacks.
    static let cookiebot = ConsentPlatform(
        id: "cookiebot", name: "Cookiebot",
        noticeContainers: [.id("CybotCookiebotDialog")],
        markers: [.idPrefix("CybotCookiebotDialog"), .classPrefix("CybotCookiebotDialog"), .id("CookiebotWidget"),
                  .idPrefix("CookiebotWidget"), .id("CookieDeclaration")],
        urls: [.host("consent.cookiebot.com"), .host("consentcdn.cookiebot.com"), .host("consent.cookiebot.eu"),
               .host("consentcdn.cookiebot.eu"), .host("imgsct.cookiebot.com")],
        scriptMarkers: [.attribute("data-cookieconsent"), .attribute("data-cbid"), .attribute("data-cookieblock-src")],
        globals: ["CookiebotOnDialogInit", "CookiebotOnDialogDisplay", "CookiebotOnConsentReady", "CookiebotOnAccept",
                  "CookiebotOnDecline", "CookiebotOnLoad", "CookiebotCallback_OnAccept", "CookiebotCallback_OnDecline",
                  "CookiebotCallback_OnLoad", "Cookiebot.consent", "Cookiebot.renew", "Cookiebot.show",
                  "Cookiebot.consented", "Cookiebot.dialog"],
        wording: [
            WordingRule([[.label("Powered by Cookiebot"), .label("Powered by Cookiebot by Usercentrics"),
                          .passage("Cookiebot by Usercentrics - opens in a new window")]]),
            // Its "allow selection" button beside "allow all", in the languages it ships.
            WordingRule([[.label("Auswahl erlauben")], [.label("Alle zulassen")]]),
            WordingRule([[.label("Autoriser la sélection")], [.label("Autoriser tous les cookies"), .label("Tout autoriser")]]),
            WordingRule([[.label("Permitir la selección")], [.label("Permitir todas"), .label("Permitir todo")]]),
            WordingRule([[.label("Consenti la selezione")], [.label("Consenti tutti"), .label("Permetti tutti")]]),
            WordingRule([[.label("Selectie toestaan")], [.label("Alles toestaan"), .label("Alle toestaan")]]),
            WordingRule([[.label("Tillad valgte")], [.label("Tillad alle")]]),
            WordingRule([[.label("Tillåt urval")], [.label("Tillåt alla")]]),
            WordingRule([[.label("Tillat utvalg")], [.label("Tillat alle")]]),
            WordingRule([[.label("Allow selection")], [.label("Allow all"), .label("Allow all cookies")],
                         [.label("Deny"), .label("Use necessary cookies only")]]),
            WordingRule([[.passage("Necessary cookies help make a website usable by enabling basic functions like page navigation and access to secure areas of the website")]]),
        ],
        layers: [(.banner, .id("CybotCookiebotDialog")), (.preferenceCentre, .id("CybotCookiebotDialogTabContentDetails")), (.vendorList, .id("CybotCookiebotDialogTabContentIABv2"))],
        categoryHeadingClasses: ["CybotCookiebotDialogDetailBodyContentCookieContainerButton"],
        captureButtons: [
            (.rejectAll, "#CybotCookiebotDialogBodyButtonDecline"),
            (.acceptAll, "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll"),
            (.saveChoices, "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection"),
        ],
        examples: PlatformExamples(
            positive: [
                .html(##"<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="db33d4e9" data-blockingmode="auto"></script>"##),
                .html(##"<script type="text/plain" data-cookieconsent="statistics">ga('send');</script>"##),
                .html(##"<script>window.addEventListener('CookiebotOnDialogInit', function () { if (Cookiebot.consent.statistics) {} });</script>"##),
                .html(##"<div id="CybotCookiebotDialog"><h2>This website uses cookies</h2><button id="CybotCookiebotDialogBodyButtonAccept">Allow all</button></div>"##),
                .text("This website uses cookies\nDeny\nAllow selection\nAllow all\nPowered by Cookiebot by Usercentrics"),
                .text("Diese Website verwendet Cookies\nNotwendig\nDetails zeigen\nAlle zulassen\nAuswahl erlauben\nAblehnen"),
                .text("Cette page utilise des cookies\nRefuser\nAutoriser la sélection\nAutoriser tous les cookies"),
                .text("Denne hjemmeside bruger cookies\nVis detaljer\nTillad alle\nTillad valgte\nAfvis"),
                .text("Deny\nAllow all\nCookiebot by Usercentrics - opens in a new window"),
            ],
            negative: [
                .html(##"<p>OneTrust and Cookiebot are consent platforms.</p><a href="https://www.cookiebot.com/en/">Cookiebot</a>"##),
                .html(##"<script>var msg = "We compared Cookiebot with other tools";</script>"##),
                .text("Cookiebot is a consent tool. Allow all cookies, the article says, is a dark pattern."),
                .text("Alle zulassen\nAblehnen"),
            ]))
}
