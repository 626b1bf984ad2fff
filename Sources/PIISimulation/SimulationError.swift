import PIIIndex

/// Every refusal of the simulation module — a run that cannot be planned, a backtest whose
/// windows do not fit the panel, two scenarios that cannot be compared, a run stopped — as
/// one enum, so that a caller can tell them apart by case; their words are `message`, the
/// one place they are rendered (from `PIIText`'s table).
public enum SimulationError: LocalisedError, Equatable {
    /// The scenario's horizon is not after the last edition with data.
    case horizonNotAfterData(horizon: Int, lastYear: Int)
    /// The last fitted edition has no table in the panel.
    case noDataFor(year: Int)
    /// The panel holds no value at all.
    case panelWithoutValues
    /// A backtest window skips an edition the panel lacks.
    case originGap(origin: String, first: Int, last: Int, gap: Int)
    /// A backtest window of one edition: nothing to fit changes from.
    case originOneEdition(origin: String, first: Int)
    /// A backtest window that leaves no later edition to forecast.
    case originNothingLater(origin: String, latest: Int)
    /// Two scenarios of different provinces, or seeds, or with no year in common.
    case comparedProvincesDiffer, comparedSeedsDiffer, noCommonYear
    /// Stopped by the caller (Ctrl-C) before every scenario ran.
    case cancelled

    public var message: Phrase {
        switch self {
        case let .horizonNotAfterData(horizon, lastYear): .horizonAfterData(horizon, last: lastYear)
        case let .noDataFor(year): .noDataFor(year)
        case .panelWithoutValues: .noValuesAtAll
        case let .originGap(origin, first, last, gap): .originGap(origin, first: first, last: last, gap: String(gap))
        case let .originOneEdition(origin, first): .originOneEdition(origin, first: first)
        case let .originNothingLater(origin, latest): .originNothingLater(origin, latest: latest)
        case .comparedProvincesDiffer: .comparedProvincesDiffer
        case .comparedSeedsDiffer: .comparedSeedsDiffer
        case .noCommonYear: .noCommonYear
        case .cancelled: .interrupted
        }
    }

    public func text(_ language: Language) -> String { message.text(language) }
}
