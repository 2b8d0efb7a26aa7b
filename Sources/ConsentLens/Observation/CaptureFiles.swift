/// The files of a capture folder, as `consentlens capture` writes them and `analyse` reads them
/// back (described field by field in `docs/capture.md`). They live here, beside the analysis,
/// so that writer and reader share one definition and a folder written by one version is read
/// by the next.
public enum CaptureFiles {
    /// Bumped when a file's meaning changes.
    public static let formatVersion = 1

    public static let record = "capture.json"
    public static let page = "page.html"
    public static let accessibility = "page.aria.yml"
    public static let screenshot = "screenshot.png"
    /// The notice alone, clipped to its element's box, when the capture found one.
    public static let noticeScreenshot = "notice.png"
    public static let cookies = "cookies.json"
    public static let requests = "requests.jsonl"
    public static let tcf = "tcf.json"
    public static let frames = "frames"
}

/// `capture.json`: what was done, step by step, and how it ended.
public struct CaptureRecord: Codable, Sendable, Equatable {
    public var captureFormatVersion: Int = CaptureFiles.formatVersion
    public var url: String
    /// The main frame's URL once redirects and scripts were done with it.
    public var finalURL: String?
    /// ISO 8601, UTC.
    public var startedAt: String
    public var seconds: Double = 0
    /// `Chrome/156.0.8078.108` as the browser reports itself.
    public var browser: String?
    /// `captured`, or `failed` with ``error`` saying why in one line.
    public var outcome: String = "failed"
    public var error: String?
    public var wait: CaptureWait?
    /// Each frame's document, saved beside the page.
    public var frames: [CapturedFrame] = []
    /// Open shadow roots written into `page.html` (closed ones cannot be read by a script).
    public var shadowRoots: Int = 0
    public var choice: CaptureChoice?
    /// Windows the page opened (popups), closed as they appeared.
    public var popupsClosed: Int = 0
    /// Main-frame navigations after the first (redirects by script, `location.reload()`).
    public var navigations: Int = 0
    /// Every step, in order, with its time from the start: nothing is decided silently.
    public var log: [String] = []
    /// The files written, in the folder.
    public var files: [String] = []

    public init(url: String, startedAt: String) {
        self.url = url
        self.startedAt = startedAt
    }
}

/// How long the capture waited for the notice, and what it saw.
public struct CaptureWait: Codable, Sendable, Equatable {
    /// The cap (`--wait`).
    public var limitSeconds: Double
    public var seconds: Double
    public var noticeFound: Bool
    /// What showed the notice was there: `platform container #onetrust-banner-sdk`,
    /// `consent wording "cookies"`, `__tcfapi answered ping`; `nil` when the wait ran out.
    public var evidence: String?
    /// `document.readyState` when the page was saved: `loading` means the browser had not parsed
    /// the whole page yet (a script in the head still loading), so page.html is cut short.
    public var documentState: String?

    public init(limitSeconds: Double, seconds: Double, noticeFound: Bool, evidence: String?, documentState: String? = nil) {
        self.documentState = documentState
        self.limitSeconds = limitSeconds
        self.seconds = seconds
        self.noticeFound = noticeFound
        self.evidence = evidence
    }
}

/// One frame's document, saved as `frames/N.html` and also written inline in `page.html`
/// where its element stands.
public struct CapturedFrame: Codable, Sendable, Equatable {
    public var file: String
    public var url: String
    /// The element that holds it, as a CSS path in its parent document (`body > div#sp_message_container_1 > iframe#sp_message_iframe_1`).
    public var holder: String?
    /// The parent document: `page.html` or another frame's file.
    public var parent: String
    /// Whether the frame ran in its own process (a cross-site frame).
    public var outOfProcess: Bool

    public init(file: String, url: String, holder: String?, parent: String, outOfProcess: Bool) {
        self.file = file
        self.url = url
        self.holder = holder
        self.parent = parent
        self.outOfProcess = outOfProcess
    }
}

/// What `--choose` did.
public struct CaptureChoice: Codable, Sendable, Equatable {
    /// `reject` or `accept`.
    public var requested: String
    /// Each action: which control, found how, in which frame.
    public var steps: [CaptureStep] = []
    /// Whether the choice was made (the control or, for a two-layer refusal, the save button was clicked).
    public var made: Bool = false
    /// Why the choice was not made, when it was not: `no reject-all control found, and no settings
    /// control to refuse in` (nothing after a choice was then watched: `cookies.json` has no
    /// `afterChoice`, and every request is `before-choice`).
    public var notMadeReason: String?
    /// Whether the notice went away after it; `nil` when nothing was clicked.
    public var noticeGone: Bool?
    /// How long cookies and requests were watched after the choice.
    public var watchedSeconds: Double = 0

    public init(requested: String) {
        self.requested = requested
    }
}

public struct CaptureStep: Codable, Sendable, Equatable {
    /// `click` or `untick`.
    public var action: String
    /// The control's kind (`rejectAll`, `acceptAll`, `manageChoices`, `saveChoices`) or, for a
    /// box, `optional category`.
    public var control: String
    /// Its label as shown.
    public var label: String
    /// `platform selector #onetrust-reject-all-handler` or `wording (ControlLexicon)`.
    public var foundBy: String
    /// The frame's URL when not the main page.
    public var frame: String?

    public init(action: String, control: String, label: String, foundBy: String, frame: String?) {
        self.action = action
        self.control = control
        self.label = label
        self.foundBy = foundBy
        self.frame = frame
    }
}

/// `cookies.json`: the browser's cookie jar before any choice, and after it when one was made.
public struct CookieJarRecord: Codable, Sendable, Equatable {
    /// The registrable domain of the page's final URL: a cookie whose domain has another one is third-party.
    public var pageRegistrableDomain: String
    public var beforeChoice: [CapturedCookie]
    public var afterChoice: [CapturedCookie]?

    public init(pageRegistrableDomain: String, beforeChoice: [CapturedCookie], afterChoice: [CapturedCookie]?) {
        self.pageRegistrableDomain = pageRegistrableDomain
        self.beforeChoice = beforeChoice
        self.afterChoice = afterChoice
    }
}

public struct CapturedCookie: Codable, Sendable, Equatable {
    public var name: String
    /// As the browser stores it: `.example.com` for a domain cookie, `example.com` for a host-only one.
    public var domain: String
    public var path: String
    /// Seconds since 1970; `nil` for a session cookie.
    public var expires: Double?
    /// Name plus value, in bytes, as the browser counts it.
    public var size: Int
    public var httpOnly: Bool
    public var secure: Bool
    public var sameSite: String?
    /// `first` or `third`, by registrable domain against the page's.
    public var party: String
    public var registrableDomain: String
    /// `response URL` (a `Set-Cookie` header) or `script URL` (`document.cookie`) when known.
    public var setBy: String?
    /// The value, kept only for cookies that hold a TC string (``TCStringSources/cookieNames``);
    /// `nil` for every other cookie.
    public var value: String?

    public init(
        name: String, domain: String, path: String, expires: Double?, size: Int, httpOnly: Bool, secure: Bool, sameSite: String?,
        party: String, registrableDomain: String, setBy: String?, value: String? = nil
    ) {
        self.value = value
        self.name = name
        self.domain = domain
        self.path = path
        self.expires = expires
        self.size = size
        self.httpOnly = httpOnly
        self.secure = secure
        self.sameSite = sameSite
        self.party = party
        self.registrableDomain = registrableDomain
        self.setBy = setBy
    }
}

/// One line of `requests.jsonl`.
public struct CapturedRequest: Codable, Sendable, Equatable {
    /// `before-choice` or `after-choice`.
    public var phase: String
    public var url: String
    /// The browser's resource type: Document, Script, Image, XHR, Fetch, …
    public var type: String?
    public var method: String?
    /// What started it: `parser URL`, `script URL`, `redirect`, `other`.
    public var initiator: String?
    public var status: Int?
    /// Why it failed (`net::ERR_CONNECTION_REFUSED`, a blocked reason), when it did.
    public var error: String?
    /// `first` or `third`, by registrable domain against the page's.
    public var party: String
    /// Names of the cookies the request carried.
    public var cookiesSent: [String]?
    /// Names of the cookies its response set.
    public var cookiesSet: [String]?
    /// Cookies its response tried to set that the browser refused, with why: `IDE (ThirdPartyPhaseout)`.
    public var cookiesBlocked: [String]?

    public init(phase: String, url: String, type: String?, method: String?, initiator: String?, party: String) {
        self.phase = phase
        self.url = url
        self.type = type
        self.method = method
        self.initiator = initiator
        self.party = party
    }
}

/// `tcf.json`: what the page's IAB TCF API answered.
public struct TCFRecord: Codable, Sendable, Equatable {
    public var cmpId: Int?
    public var cmpVersion: Int?
    public var gdprApplies: Bool?
    /// `getTCData`'s string before any choice.
    public var tcString: String?
    /// `getTCData`'s string after the choice, when one was made (asked again then).
    public var tcStringAfterChoice: String?
    public var eventStatusAfterChoice: String?
    public var cmpStatus: String?
    public var eventStatus: String?
    /// The answers as the API gave them, JSON text.
    public var pingJSON: String?
    public var tcDataJSON: String?

    public init() {}
}
