extension ConsentPlatform {
    /// InMobi Choice, formerly Quantcast Choice: `choice.js` from cmp.inmobi.com (before:
    /// cmp.quantcast.com, quantcast.mgr.consensu.org), the `qc-cmp2-*` UI, v1's `qc-cmp-*` classes.
    static let inmobiChoice = ConsentPlatform(
        id: "inmobi-choice", name: "InMobi Choice (Quantcast Choice)",
        noticeContainers: [.id("qc-cmp2-container"), .className("qc-cmp2-container"), .id("qc-cmp2-ui"),
                           .className("qc-cmp-ui-container"), .id("qcCmpUi")],
        markers: [.classPrefix("qc-cmp2-"), .idPrefix("qc-cmp2-"), .classPrefix("qc-cmp-"), .id("qcCmpButtons")],
        urls: [.host("cmp.inmobi.com"), .host("cmp.quantcast.com"), .host("quantcast.mgr.consensu.org")],
        globals: [],
        wording: [
            WordingRule([[.label("We value your privacy")], [.label("More options")], [.label("Agree"), .label("I accept")]]),
        ],
        layers: [(.banner, .id("qc-cmp2-ui")), (.banner, .className("qc-cmp2-summary-section")), (.preferenceCentre, .className("qc-cmp2-scrollable-section"))],
        captureButtons: [(.acceptAll, ".qc-cmp2-summary-buttons button[mode=primary]")],
        examples: PlatformExamples(
            positive: [
                .html(##"<link rel="preload" href="https://cmp.inmobi.com/choice/JYWDqeLS64fbt/www.mirror.co.uk/choice.js?tag_version=V3">"##),
                .html(##"<script>var elem = document.createElement('script'); elem.src = 'https://quantcast.mgr.consensu.org/cmp.js';</script>"##),
                .html("<style>.qc-cmp-button { background-color: #c00; } .qc-cmp-ui { font-size: 12px; }</style>"),
                .html(##"<div id="qc-cmp2-container"><div id="qc-cmp2-ui"><p>We value your privacy</p><button>AGREE</button></div></div>"##),
                .text("We value your privacy\nWe and our partners store and/or access information on a device.\nMORE OPTIONS\nAGREE"),
            ],
            negative: [
                .html(##"<img src="//pixel.quantserve.com/pixel/p-42Z.gif" alt="Quantcast">"##),
                .html(##"<script src="https://www.inmobi.com/static/site.js"></script>"##),
                .text("We value your privacy. Accept all to continue."),
            ]))
}
