import PIIData
import PIIIndex

extension Label {
    /// The name of a level of the tree.
    public static func level(_ level: NodeLevel) -> Label {
        switch level {
        case .block: .blocks
        case .pillar: .pillars
        case .group: .groups
        case .indicator: .indicators
        }
    }
}

extension DataSet {
    /// The line every report ends with: whose data it is, with a warning for the embedded
    /// illustrative panel.
    package func status(in language: Language) -> String {
        panelIsIllustrative
            ? "⚠ \(Label.illustrativeData.text(language))"
            : "\(Label.userData.text(language)): \(panelDescription)"
    }
}
