extension ConsentPlatform {
    /// Axeptio: `sdk.js` from static.axept.io, `window.axeptioSettings`, the `#axeptio_overlay`
    /// widget.
    static let axeptio = ConsentPlatform(
        id: "axeptio", name: "Axeptio",
        noticeContainers: [.id("axeptio_overlay"), .id("axeptio_main"), .className("axeptio_widget")],
        markers: [.idPrefix("axeptio_"), .classPrefix("axeptio_")],
        urls: [.host("static.axept.io"), .host("client.axept.io"), .host("api.axept.io")],
        globals: ["axeptioSettings", "_axcb", "openAxeptioCookies", "axeptioSDK"],
        captureButtons: [(.rejectAll, "#axeptio_btn_dismiss"), (.acceptAll, "#axeptio_btn_acceptAll")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script async src="https://static.axept.io/sdk.js"></script>"##),
                .html(##"<script>window.axeptioSettings = { clientId: "5f1", cookiesVersion: "fr" }; (_axcb = window._axcb || []).push(function(sdk) {});</script>"##),
                .html(##"<div id="axeptio_overlay"><div id="axeptio_main"><p>Ce site utilise des cookies</p></div></div>"##),
            ],
            negative: [
                .html(##"<p>Axeptio makes consent fun.</p><a href="https://www.axeptio.eu/">Axeptio</a>"##),
            ]))
}
