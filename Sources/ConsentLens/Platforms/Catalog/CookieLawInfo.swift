extension ConsentPlatform {
    /// GDPR Cookie Consent by WebToffee ("CookieLawInfo"), the WordPress plugin before it became
    /// CookieYes 3: the `#cookie-law-info-bar`, `#cliSettingsPopup`, `Cli_Data` settings.
    static let cookielawinfo = ConsentPlatform(
        id: "cookielawinfo", name: "GDPR Cookie Consent (CookieLawInfo)",
        noticeContainers: [.id("cookie-law-info-bar"), .id("cliSettingsPopup"), .className("cli-modal")],
        markers: [.id("cookie-law-info-again"), .idPrefix("wt-cli-"), .classPrefix("wt-cli-"), .classPrefix("cli-plugin-"),
                  .className("cli_settings_button"), .className("cli-bar-container"), .className("cli_action_button")],
        urls: [.file("cookie-law-info-public.js"), .file("cookie-law-info-ccpa.js"), .segments("cookie-law-info", "legacy"),
               .segments("cookie-law-info", "public")],
        scriptMarkers: [.attribute("data-cli-class"), .attribute("data-cli-script-type")],
        globals: ["Cli_Data", "CLI_ACCEPT_COOKIE_NAME", "CLI_Cookie", "cli_cookiebar_settings", "CookieLawInfo_Accept_Callback"],
        wording: [
            WordingRule([[.label("Privacy Overview")], [.label("Always Enabled")]]),
            WordingRule([[.passage("This website uses cookies to improve your experience while you navigate through the website")]]),
        ],
        examples: PlatformExamples(
            positive: [
                .html(##"<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website.<a role="button" class="cli_settings_button">Cookie Settings</a></span></div>"##),
                .html(##"<script src="https://example.com/wp-content/plugins/cookie-law-info/legacy/public/js/cookie-law-info-public.js"></script>"##),
                .html(##"<script>var Cli_Data = {"nn_cookie_ids":[],"cookielist":[]};</script>"##),
                .text("Privacy Overview\nThis website uses cookies to improve your experience while you navigate through the website.\nNecessary\nAlways Enabled"),
            ],
            negative: [
                .html(##"<div class="cli-wrapper"><pre class="cli">npm install</pre></div>"##),
                .html(##"<script src="https://example.de/wp-content/plugins/cookie-law-info/lite/frontend/js/script.min.js"></script>"##),
            ]))
}
