import Foundation
import PIIIndex

/// A file given in memory (a page's upload): its contents and the name messages call it by.
public struct UploadedFile: Sendable {
    public var name: String
    public var contents: Data

    public init(name: String, contents: Data) {
        self.name = name
        self.contents = contents
    }
}

extension DataSet {
    /// Like `read(_:options:)`, from files in memory: each one given replaces the embedded
    /// default, and nothing is read from or written to a path.
    public static func read(
        framework: UploadedFile?, provinces: UploadedFile?, panel: UploadedFile?, options: PanelReadingOptions = PanelReadingOptions()
    ) throws -> DataSet {
        var options = options
        func tables(_ file: UploadedFile) throws -> [InputTable] {
            try InputTable.read(data: file.contents, name: file.name, decimalComma: options.decimalComma)
        }
        let tree = try framework.map { try FrameworkFile.parse(tables($0)[0]) } ?? defaultFramework()
        let units = try provinces.map { try ProvincesFile.parse(tables($0)[0]) } ?? defaultProvinces()
        let reading: PanelReading
        if let panel {
            reading = try PanelFile.read(tables(panel), tree, units, options)
        } else {
            options.decimalComma = nil
            reading = try PanelFile.read(url: try url(nil, resource: "panel"), file: "(embedded) panel.csv",
                                         framework: tree, provinces: units, options: options)
        }
        return DataSet(framework: tree, provinces: units, panel: reading.panel,
                       paths: DataPaths(framework: framework?.name, provinces: provinces?.name, panel: panel?.name),
                       issues: reading.issues, layouts: reading.layouts, valuesAreNormalised: options.valuesAreNormalised)
    }
}
