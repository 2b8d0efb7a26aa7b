extension ConsentPlatform {
    /// FastCMP: `fast-cmp-stub.js` / `fastcmp.js` from static.fastcmp.com.
    static let fastcmp = ConsentPlatform(
        id: "fastcmp", name: "FastCMP",
        markers: [.idPrefix("fast-cmp"), .classPrefix("fast-cmp")],
        urls: [.host("static.fastcmp.com"), .file("fast-cmp-stub.js")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://static.fastcmp.com/fast-cmp-stub.js"></script>"##),
            ],
            negative: [
                .html("<p>Fast CMP loading matters for Core Web Vitals.</p>"),
            ]))
}
