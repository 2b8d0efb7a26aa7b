extension ConsentPlatform {
    /// Borlabs Cookie (WordPress): the `#BorlabsCookieBox` (kept whole in a `text/template` script in
    /// v2), `borlabs-cookie` plugin scripts, scripts held as `data-borlabs-script-blocker-*`.
    static let borlabs = ConsentPlatform(
        id: "borlabs", name: "Borlabs Cookie",
        noticeContainers: [.id("BorlabsCookieBox"), .id("BorlabsCookieBoxWrap"), .className("brlbs-cmpnt-dialog")],
        markers: [.idPrefix("BorlabsCookie"), .classPrefix("BorlabsCookie"), .classPrefix("borlabs-cookie"),
                  .classPrefix("_brlbs-"), .classPrefix("brlbs-"), .className("borlabs-hide")],
        urls: [.segments("plugins", "borlabs-cookie"), .file("borlabs-cookie.min.js"), .file("borlabs-cookie-prioritize.min.js")],
        scriptMarkers: [.attribute("data-borlabs-script-blocker-id"), .attribute("data-borlabs-script-blocker-src"),
                        .attribute("data-borlabs-script-blocker-js-handle"), .attribute("data-borlabs-cookie-script-blocker-id"),
                        .attribute("data-borlabs-cookie-script-blocker-src"), .attribute("data-borlabs-cookie-content-blocker-id")],
        globals: ["BorlabsCookie", "borlabsCookieConfig", "borlabsCookieCookies", "borlabsCookiePrioritized",
                  "BorlabsCookieInitCheck", "borlabsCookieContentBlocker"],
        wording: [
            WordingRule([[.label("Individual Privacy Preferences"), .label("Individuelle Datenschutzeinstellungen")],
                         [.label("Cookie Details"), .label("Cookie-Details")]]),
        ],
        examples: PlatformExamples(
            positive: [
                .html(##"<script type="text/template" id="BorlabsCookieBoxWrap"><div id="BorlabsCookieBox"><p>Wir nutzen Cookies.</p><a class="_brlbs-btn-accept-all">Alle akzeptieren</a></div></script>"##),
                .html(##"<script src="https://example.de/wp-content/plugins/borlabs-cookie/assets/javascript/borlabs-cookie.min.js"></script>"##),
                .html(##"<script type="text/template" data-borlabs-script-blocker-id="ga" data-borlabs-script-blocker-src="https://x/ga.js"></script>"##),
                .text("Datenschutzeinstellungen\nAlle akzeptieren\nIndividuelle Datenschutzeinstellungen\nCookie-Details"),
            ],
            negative: [
                .html("<p>Borlabs Cookie ist ein WordPress-Plugin.</p>"),
                .html(##"<div class="borlabs">plain class without the plugin's names</div>"##),
            ]))
}
