import Hummingbird
import PIIIndex
import PIIText

/// A request's context: the framework's, and the session the front door found or opened.
public struct RoomContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var session = ""

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}

extension Request {
    /// The page's language, `?lang=vi|en`; Vietnamese unless asked.
    var language: Language {
        uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) } ?? .vi
    }

    func query(_ name: String) -> String? {
        uri.queryParameters[Substring(name)].map(String.init)
    }

    /// An integer of the query, or a 400 that names it.
    func integer(_ name: String) throws -> Int? {
        guard let text = query(name) else { return nil }
        guard let value = Int(text) else {
            throw APIError(.badRequest, .queryNotAnInteger(name, quoted(text)), language)
        }
        return value
    }
}

extension Request {
    /// A number of the query, or a 400 that names it.
    func number(_ name: String) throws -> Double? {
        guard let text = query(name) else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw APIError(.badRequest, .queryNotANumber(name, quoted(text)), language)
        }
        return value
    }
}
