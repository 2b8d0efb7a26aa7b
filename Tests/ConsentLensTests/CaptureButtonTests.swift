import Testing
@testable import ConsentCapture
@testable import ConsentLens

/// The buttons `consentlens capture` clicks by a platform's own markup come from the platforms'
/// catalogue files (``ConsentPlatform/captureButtons``), in catalogue order.
@Suite struct CaptureButtonTests {
    @Test func captureReadsTheButtonsFromTheCatalogue() {
        let all = ControlSelectors.all
        #expect(all.count == ConsentPlatform.all.reduce(0) { $0 + $1.captureButtons.count })
        #expect(all.count == 33)
        // Each platform's buttons together, in the order its profile lists them.
        let usercentrics = all.filter { $0.platform == ConsentPlatform.usercentrics.id }
        #expect(usercentrics.map(\.kind) == [.rejectAll, .acceptAll, .manageChoices, .saveChoices])
        #expect(usercentrics.first?.css == "[data-testid=uc-deny-all-button]")
        let onetrust = all.filter { $0.platform == ConsentPlatform.onetrust.id }.map(\.css)
        #expect(onetrust == ["#onetrust-reject-all-handler", "#onetrust-accept-btn-handler", "#onetrust-pc-btn-handler",
                             ".save-preference-btn-handler", ".ot-pc-refuse-all-handler"])
        // Platforms in catalogue order.
        var order: [PlatformID] = []
        for entry in all where order.last != entry.platform { order.append(entry.platform) }
        #expect(order == ConsentPlatform.all.filter { !$0.captureButtons.isEmpty }.map(\.id))
        #expect(Set(order).count == order.count)
    }

    /// The page script names each button's platform by its slug, as a capture's `foundBy` reports it.
    @Test func controlScriptListsEachButtonWithItsPlatformSlug() {
        let script = PageScripts.collectControls(selectors: ControlSelectors.all)
        #expect(script.contains(#"["usercentrics", "rejectAll", "[data-testid=uc-deny-all-button]"]"#))
        #expect(script.contains(#"["inmobi-choice", "acceptAll", ".qc-cmp2-summary-buttons button[mode=primary]"]"#))
    }
}
