extension ConsentPlatform {
    /// TRUENDO: `truendo_cmp.pid.js` from cdn.priv.center, the `#truendo_container` panel.
    static let truendo = ConsentPlatform(
        id: "truendo", name: "TRUENDO",
        noticeContainers: [.id("truendo_container")],
        markers: [.idPrefix("truendo_"), .classPrefix("truendo_")],
        urls: [.host("cdn.priv.center"), .file("truendo_cmp.pid.js")],
        scriptMarkers: [.attribute("data-trucookiecontrol")],
        globals: ["Truendo.openCookieSettings", "TruendoCookieControlCallback"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script id="truendoAutoBlock" src="https://cdn.priv.center/pc/truendo_cmp.pid.js" data-siteid="1a2b"></script>"##),
                .html(##"<script type="text/plain" data-trucookiecontrol="statistics">ga('send');</script>"##),
            ],
            negative: [
                .html("<p>Truendo is an Austrian consent tool.</p>"),
            ]))
}
