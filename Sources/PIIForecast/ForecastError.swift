import PIIIndex

/// Why no forecast model can be fitted to a panel, by case; worded in `message`, the one place.
public enum ForecastError: LocalisedError, Equatable {
    /// Fewer than two editions to fit from (the years given).
    case twoEditionsNeeded(years: [Int])
    /// No two editions follow each other: no yearly change to learn from.
    case noConsecutiveEditions

    public var message: Phrase {
        switch self {
        case let .twoEditionsNeeded(years): .twoEditionsNeeded(years.map(String.init).joined(separator: ", "))
        case .noConsecutiveEditions: .noConsecutiveEditions
        }
    }

    public func text(_ language: Language) -> String { message.text(language) }
}
