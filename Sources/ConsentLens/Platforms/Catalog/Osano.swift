extension ConsentPlatform {
    /// Osano: `osano.js` from cmp.osano.com, scripts classified with `data-osano`, the
    /// `.osano-cm-*` dialog, `Osano.cm` API.
    static let osano = ConsentPlatform(
        id: "osano", name: "Osano",
        noticeContainers: [.className("osano-cm-window"), .className("osano-cm-dialog")],
        markers: [.classPrefix("osano-cm-")],
        urls: [.host("cmp.osano.com"), .host("api.osano.com")],
        scriptMarkers: [.attribute("data-osano")],
        globals: ["Osano.cm"],
        wording: [
            WordingRule([[.passage("utilizes technologies such as cookies to enable essential site functionality")]]),
        ],
        examples: PlatformExamples(
            positive: [
                .html(##"<script data-osano="ESSENTIAL" src="https://cmp.osano.com/169pxRTHL4HFV2CIm/b13f17b2/osano.js"></script>"##),
                .html(##"<script async data-osano="ANALYTICS" src="https://cdn.speedcurve.com/js/lux.js"></script>"##),
                .html(##"<div class="osano-cm-window"><div class="osano-cm-dialog"><p>This website utilizes technologies such as cookies.</p></div></div>"##),
                .html(##"<a href="#" onclick="Osano.cm.showDrawer('osano-cm-dom-info-dialog-open')">Cookie preferences</a>"##),
            ],
            negative: [
                .html(##"<a href="https://prosanova.net/festival/"><img src="https://litradio.net/wp-content/uploads/prosanova-2020.jpg"></a><script src="https://prosanova.net/osano.js.php"></script>"##),
                .html(##"<link rel="dns-prefetch" href="//prosanova.com">"##),
                .html("<p>Osano is a consent platform.</p>"),
            ]))
}
