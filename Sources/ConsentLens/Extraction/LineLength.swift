/// How long a line may be to be read as one kind of thing: each limit named once, all in one
/// unit, Unicode scalars (characters, near enough). Counted in bytes, a Greek, Russian or Chinese
/// label would be two or three times "longer" than its English twin and be read as prose.
enum LineLength {
    /// A button label, an "Always Active" status, a quoted label, a short heading we do not know;
    /// longer lines are prose (a description, a row of labels run into text).
    static let label = 40
    /// A layer's title over its description.
    static let title = 60
    /// A heading: a category's name, a layer's title, an expanding button.
    static let heading = 80
    /// A paragraph under a title (a settings title stands over one).
    static let paragraph = 100
    /// Text long enough to end with a status sentence ("… Always active.").
    static let withStatusSentence = 20
    /// The longest last sentence still read as a status.
    static let statusSentence = 30
    /// A legal-basis label under an item ("Legitimate interest").
    static let basisLabel = 60
    /// Prose around a partner count: this much before and after makes it the notice's total.
    static let proseBeforeCount = 60
    static let proseAfterCount = 30
    /// The longest TCF name, with what a notice prints around it.
    static let itemName = 250

    @inline(__always)
    static func of<S: StringProtocol>(_ text: S) -> Int { text.unicodeScalars.count }
}
