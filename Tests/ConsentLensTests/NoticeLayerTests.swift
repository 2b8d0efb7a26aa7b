import Testing
@testable import ConsentLens

/// The first layer and the preference centre told apart: per platform layout (both layers in one
/// file, banner only, preference centre only), and in text by a preference centre's title.
@Suite struct NoticeLayerTests {
    static func notice(_ text: String, _ name: String) throws -> ConsentNotice {
        try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: name).notice)
    }

    static let oneTrustBanner = #"""
    <div id="onetrust-banner-sdk" role="region"><p id="onetrust-policy-text">We use cookies and similar technologies to personalise ads and measure traffic.</p>
    <button id="onetrust-pc-btn-handler">Manage Preferences</button><button id="onetrust-accept-btn-handler">Allow Cookies</button></div>
    """#
    static let oneTrustCentre = #"""
    <div id="onetrust-pc-sdk" style="display: none"><h2>Privacy Preference Center</h2>
    <div class="ot-cat-item"><h4 class="ot-cat-header">Strictly Necessary Cookies</h4><div class="ot-always-active">Always Active</div></div>
    <div class="ot-cat-item"><h4 class="ot-cat-header">Targeting Cookies</h4><input type="checkbox"></div>
    <button class="ot-pc-refuse-all-handler">Reject All</button><button class="save-preference-btn-handler">Confirm My Choices</button></div>
    """#

    /// The missing-reject finding is about the banner: a hidden preference centre's "Reject All"
    /// must not hide it.
    @Test func oneTrustBothLayers() throws {
        let notice = try Self.notice("<html><body><p>Article</p>\(Self.oneTrustBanner)\(Self.oneTrustCentre)</body></html>", "ot.html")
        #expect(notice.layers.map(\.kind) == [.banner, .preferenceCentre])
        #expect(notice.layers.map(\.shown) == [true, false])
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.rejectAll == false)
        #expect(notice.controls.manageChoices == true)
        #expect(notice.layers[1].controls.rejectAll == true)
        #expect(notice.layers[1].cookieCategories == ["Strictly Necessary Cookies", "Targeting Cookies"])
        let assessment = PrivacyAssessor.assess(notice)
        #expect(assessment.findings.contains { $0.edpbCriterion == .noRejectButtonOnFirstLayer && $0.points > 0 })
    }

    @Test func oneTrustBannerOnly() throws {
        let notice = try Self.notice("<html><body>\(Self.oneTrustBanner)</body></html>", "ot-banner.html")
        #expect(notice.layers.map(\.kind) == [.banner])
        #expect(notice.controls.rejectAll == false)
    }

    @Test func oneTrustPreferenceCentreOnly() throws {
        let shown = Self.oneTrustCentre.replacingAll(#" style="display: none""#, with: "")
        let notice = try Self.notice("<html><body>\(shown)</body></html>", "ot-pc.html")
        #expect(notice.layers.map(\.kind) == [.preferenceCentre])
        #expect(notice.controls.rejectAll == true)
        #expect(notice.controls.saveChoices == true)
    }

    @Test func didomiNoticeAndPopup() throws {
        let html = #"""
        <html><body><div id="didomi-host"><div id="didomi-notice"><p>Nous et nos 842 partenaires utilisons des cookies.</p>
        <button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button id="didomi-notice-learn-more-button">Paramétrer</button></div>
        <div id="didomi-popup" hidden><h2>Gérer mes choix</h2><button>Tout refuser</button><button>Enregistrer</button></div></div></body></html>
        """#
        let notice = try Self.notice(html, "didomi.html")
        #expect(notice.layers.map(\.kind) == [.banner, .preferenceCentre])
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.rejectAll == false)
        #expect(notice.layers[1].controls.rejectAll == true)
    }

    @Test func cookieYesBannerAndCentre() throws {
        let html = #"""
        <html><body><div class="cky-consent-container"><div class="cky-consent-bar"><p>We value your privacy. We use cookies.</p>
        <button class="cky-btn-customize">Customise</button><button class="cky-btn-accept">Accept All</button></div></div>
        <div class="cky-modal"><div class="cky-preference-center"><span>Customise Consent Preferences</span>
        <button class="cky-accordion-btn">Necessary</button><span>Always Active</span><button class="cky-btn-reject">Reject All</button>
        <button class="cky-btn-preferences">Save My Preferences</button></div></div></body></html>
        """#
        let notice = try Self.notice(html, "cky.html")
        #expect(notice.layers.map(\.kind) == [.banner, .preferenceCentre])
        #expect(notice.controls.rejectAll == false)
        #expect(notice.layers[1].controls.rejectAll == true)
    }

    /// A text dump: the banner's text and buttons, then the preference centre under its title.
    @Test(arguments: [
        ("Your privacy\nWe and our partners use cookies to personalise ads and measure traffic.\nAccept All\nCookie Settings\nPrivacy Preference Center\nStrictly Necessary Cookies\nAlways Active\nReject All\nConfirm My Choices", "en"),
        ("Ihre Privatsphäre\nWir verwenden Cookies für Werbung und Statistik.\nAlle akzeptieren\nCookie-Einstellungen\nDatenschutz-Präferenz-Center\nUnbedingt erforderliche Cookies\nImmer aktiv\nAlle ablehnen\nMeine Auswahl bestätigen", "de"),
        ("Votre vie privée\nNous utilisons des cookies pour la publicité et la mesure d'audience.\nTout accepter\nParamètres des cookies\nCentre de préférences de la confidentialité\nCookies strictement nécessaires\nToujours actif\nTout refuser\nConfirmer mes choix", "fr"),
    ])
    func textDumpWithBothLayers(text: String, language: String) throws {
        let notice = try Self.notice(text, "both.txt")
        #expect(notice.language == language)
        #expect(notice.layers.map(\.kind) == [.banner, .preferenceCentre])
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.rejectAll == false)
        #expect(notice.controls.manageChoices == true)
        #expect(notice.layers[1].controls.rejectAll == true)
        #expect(notice.layers[1].controls.saveChoices == true)
        #expect(notice.cookieCategories.first?.alwaysActive == true)
    }

    /// The sample: its "Your Cookies. Your Choice." banner, then the "Cookies Preference Centre".
    @Test func sampleHasBothLayersAndItsFiguresHold() throws {
        let notice = try #require(try ConsentAnalyzer.analyse(path: TestPaths.sample("thejournal-ie-drone-attack.txt")).notice)
        #expect(notice.layers.map(\.kind) == [.banner, .preferenceCentre])
        #expect(notice.layers[1].cookieCategories.count == 4)
        #expect(notice.totalPartners == 157)
        #expect(notice.controls.rejectAll == nil)
    }
}
