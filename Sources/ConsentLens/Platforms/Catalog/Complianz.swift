extension ConsentPlatform {
    /// Complianz (WordPress): the `.cmplz-cookiebanner` banner, `var complianz = {…}`, scripts
    /// blocked as `type="text/plain"` with `class="cmplz-script"` or `data-cmplz-src`, and default
    /// wording with unrendered `{vendor_count}` placeholders.
    static let complianz = ConsentPlatform(
        id: "complianz", name: "Complianz",
        noticeContainers: [.className("cmplz-cookiebanner"), .id("cmplz-cookiebanner-container")],
        markers: [.classPrefix("cmplz-"), .idPrefix("cmplz-"), .className("cmplz-cookie-css")],
        urls: [.segments("plugins", "complianz-gdpr"), .segments("plugins", "complianz-gdpr-premium"),
               .segments("plugins", "complianz-gdpr-premium-multisite")],
        scriptMarkers: [.scriptClass("cmplz-script"), .scriptClass("cmplz-stats"), .scriptClass("cmplz-native"),
                        .attribute("data-cmplz-src"), .attribute("data-cmplz-elementor-href")],
        globals: ["var complianz", "complianz_enable_cookies", "cmplz_has_consent", "cmplz_set_category_as_body_class",
                  "cmplz_enable_category", "cmplz_is_service_denied", "cmplz_run_after_all_scripts"],
        wording: [
            WordingRule([[.passage("{vendor_count}")]]),
            WordingRule([[.passage("The technical storage or access is strictly necessary for the legitimate purpose")]]),
            WordingRule([[.passage("Die technische Speicherung oder der Zugang ist unbedingt erforderlich")]]),
            WordingRule([[.label("Manage options")], [.label("Manage services")], [.label("View preferences"), .label("Manage vendors")]]),
            // Its default banner in English and German: the title over "Functional Always active".
            WordingRule([[.label("Manage Consent")], [.label("Functional Always active")], [.label("View preferences")]]),
            WordingRule([[.label("Zustimmung verwalten")], [.label("Funktional Immer aktiv")], [.label("Einstellungen ansehen")]]),
        ],
        layers: [(.banner, .className("cmplz-cookiebanner"))],
        categoryHeadingClasses: ["cmplz-category-title"],
        // Its "Functional" category, in every translation it ships, is the always-active
        // essential one.
        categoryMeanings: [
            ("functional", .necessary), ("funktional", .necessary), ("fonctionnel", .necessary),
            ("funcional", .necessary), ("funzionale", .necessary), ("functioneel", .necessary),
            ("funkcjonalne", .necessary), ("funktionel", .necessary), ("funktionell", .necessary),
            ("funksjonell", .necessary),
        ],
        captureButtons: [(.rejectAll, ".cmplz-deny"), (.acceptAll, ".cmplz-accept"), (.saveChoices, ".cmplz-save-preferences")],
        examples: PlatformExamples(
            positive: [
                .html(##"<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin"><div class="cmplz-title">Manage Consent</div><button class="cmplz-btn cmplz-accept">Accept</button></div></div>"##),
                .html(##"<script type="text/plain" class="cmplz-script cmplz-stats">ga('create');</script>"##),
                .html(##"<script src="https://example.de/wp-content/plugins/complianz-gdpr-premium/cookiebanner/js/complianz.min.js"></script>"##),
                .html(##"<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1"};</script>"##),
                .markdown("Manage Consent\n\nFunctional Functional Always active\n\n  * Manage options\n  * Manage services\n  * Manage {vendor_count} vendors\n\nAccept Deny View preferences Save preferences"),
                .text("Zustimmung verwalten\nWir verwenden Cookies.\nFunktional Immer aktiv\nStatistiken\nAkzeptieren\nAblehnen\nEinstellungen ansehen"),
            ],
            negative: [
                .html(##"<p>We installed Complianz on our WordPress site last week.</p>"##),
                .html(##"<a href="https://complianz.io/pricing/">Complianz pricing</a>"##),
                .text("Manage options\nSettings for your account."),
                .text("Zustimmung verwalten\nEinstellungen ansehen"),
            ]))
}
