import Foundation

/// The repository's folders, for tests that read the shipped files (scenarios, the embedded
/// data, the sources) or the fixtures.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let sources = root.appendingPathComponent("Sources")
    public static let scenarios = root.appendingPathComponent("Scenarios")
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    /// The embedded illustrative panel, as `pii` ships it.
    public static let defaultPanel = sources.appendingPathComponent("PIIData/Resources/panel.csv")

    /// A shipped scenario file's path: `scenario("ninh-binh-plan")`.
    public static func scenario(_ name: String) -> String {
        scenarios.appendingPathComponent(name + ".yaml").path
    }
}
