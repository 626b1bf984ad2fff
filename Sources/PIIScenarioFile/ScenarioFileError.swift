import PIIIndex

/// Why a scenario file that reads cannot be prepared to run (a file that does not read is an
/// `InputError`, at its line); worded in `text`, the one place.
public enum ScenarioFileError: LocalisedError, Equatable {
    /// The file's panel has no value in any year: nothing to forecast from.
    case panelWithoutValues(panel: String)

    public func text(_ language: Language) -> String {
        switch self {
        case let .panelWithoutValues(panel): Phrase.panelWithoutValues(panel).text(language)
        }
    }
}
