import PIIData

/// Data every suite may share, loaded once per test process.
public enum Fixtures {
    /// The embedded defaults: the framework, the 34 provinces and the illustrative panel.
    public static let defaultData: DataSet = {
        do { return try DataSet.load() } catch { fatalError("the embedded data does not load: \(error)") }
    }()

    /// A framework CSV's header line.
    public static let frameworkHeader = "code,level,parent,name_vi,name_en,unit,direction,weight,treatment\n"

    /// The smallest framework tree, without its header: two blocks, a pillar and a group in
    /// each, and `indicators` (lines of the file) below them: file lines 2–7 are the tree, so
    /// the first indicator is on line 8.
    public static func frameworkTree(indicators: String) -> String {
        """
        I,block,PII,Đầu vào,Input,,,,
        O,block,PII,Đầu ra,Output,,,,
        P1,pillar,I,Thể chế,Institutions,,,1,
        P2,pillar,O,Tác động,Impact,,,1,
        G1,group,P1,Nhóm 1,Group 1,,,1,
        G2,group,P2,Nhóm 2,Group 2,,,1,

        """ + indicators
    }
}
