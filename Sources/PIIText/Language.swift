import Synchronization

/// The output language of labels, names, help and messages.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    private static let chosen = Mutex(Language.vi)

    /// The language of texts shown without an explicit one: error messages and help pages. The
    /// command line sets it once, before parsing, from `--lang` or `PII_LANG`; Vietnamese
    /// unless set, as the users are Vietnamese officials.
    public static var current: Language {
        get { chosen.withLock { $0 } }
        set { chosen.withLock { $0 = newValue } }
    }
}

/// A text in both languages, chosen when it is shown: what an error says is decided where the
/// error is found, the language where it is printed. Its one initializer takes both, so that a
/// text without its translation does not build.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The same text in both languages: a name, a code or a quoted value.
    public init(verbatim text: String) {
        self.init(vi: text, en: text)
    }

    public func text(_ language: Language) -> String {
        language == .vi ? vi : en
    }

    public var description: String { text(.current) }

    /// Both texts, each joined to its own translation.
    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
        Phrase(vi: lhs.vi + rhs.vi, en: lhs.en + rhs.en)
    }

    /// The phrases joined with `separator` in each language.
    public static func joined(_ phrases: [Phrase], separator: String) -> Phrase {
        Phrase(vi: phrases.map(\.vi).joined(separator: separator), en: phrases.map(\.en).joined(separator: separator))
    }
}

/// An error that says what went wrong in either language; its `description` is in the
/// current one.
public protocol LocalisedError: Error, CustomStringConvertible {
    func text(_ language: Language) -> String
}

extension LocalisedError {
    public var description: String { text(.current) }
}

/// A problem with what the user asked for, found while running (an option, a page's field):
/// one line, in the language it is shown in.
public struct UserError: LocalisedError, Sendable {
    public var message: Phrase

    public init(_ message: Phrase) {
        self.message = message
    }

    public func text(_ language: Language) -> String { message.text(language) }
}
