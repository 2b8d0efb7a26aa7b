extension ConsentPlatform {
    /// Sourcepoint: the `window._sp_` configuration and `_sp_queue`, the unified
    /// `wrapperMessagingWithoutDetection.js` (often from a first-party host such as cmp.vg.no), and
    /// messages in `sp_message_container_*` iframes. Pages often never spell its name.
    static let sourcepoint = ConsentPlatform(
        id: "sourcepoint", name: "Sourcepoint",
        noticeContainers: [.idPrefix("sp_message_container")],
        markers: [.idPrefix("sp_message_iframe"), .className("sp_veil"), .classPrefix("sp_message")],
        urls: [.host("privacy-mgmt.com"), .host("sourcepoint.mgr.consensu.org"), .host("sp-prod.net"),
               .file("wrapperMessagingWithoutDetection.js"), .file("messagingWithoutDetection.js")],
        globals: ["_sp_", "_sp_queue", "_sp_lock", "loadPrivacyManagerModal", "wrapperMessagingWithoutDetection",
                  "_SourcePoint_Consent_Callback"],
        // Its message iframe's title, which accessibility snapshots and text copies keep.
        wording: [WordingRule([[.label("SP Consent Message")]])],
        layers: [(.banner, .idPrefix("sp_message_container"))],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://cmp.vg.no/unified/wrapperMessagingWithoutDetection.js" async></script>"##),
                .html(##"<script>window._sp_queue = []; window._sp_ = {"config":{"accountId":259,"baseEndpoint":"https://cmp.cdn.thesun.co.uk"}};</script>"##),
                .html(##"<a href="javascript:window._sp_.loadPrivacyManagerModal(392718)">Cookies &amp; Tracking</a>"##),
                .html(##"<script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js"></script>"##),
                .text("SP Consent Message\nWe value your privacy\nAccept all\nReject all"),
            ],
            negative: [
                .html(##"<p>Sourcepoint is a consent management platform.</p>"##),
                .text("The SP consent message framework was discussed at length in the review of consent tools."),
                .html(##"<script>var _sp_user = 1; var my_sp_ = 2; var x = "_sp_queue_len";</script>"##),
                .html(##"<script>window.__tcfapi = function () {}; __tcfapi('ping', 2, function () {});</script>"##),
            ]))
}
