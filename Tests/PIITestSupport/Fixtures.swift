import PIIData

/// Data every suite may share, loaded once per test process.
public enum Fixtures {
    /// The embedded defaults: the framework, the 34 provinces and the illustrative panel.
    public static let defaultData: DataSet = {
        do { return try DataSet.load() } catch { fatalError("the embedded data does not load: \(error)") }
    }()
}
