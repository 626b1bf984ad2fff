import ArgumentParser
import Foundation
import PIIData
import PIIIndex
import PIIReports

/// `pii data`: the data as files a person can open, edit and give back.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Export the data in use (CSV or .xlsx) or write the template the departments fill in.",
        subcommands: [DataExportCommand.self, DataTemplateCommand.self]
    )
}

enum PanelLayoutChoice: String, ExpressibleByArgument, CaseIterable {
    case long, wide
}

struct DataExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the panel, framework and provinces in use (embedded or given) as a workbook or CSV files.",
        discussion: """
            --out FILE.xlsx writes one workbook: a sheet per year (wide) or one panel sheet (long), \
            then the framework and provinces sheets; `pii score --data FILE.xlsx` reads it back \
            (the framework and provinces sheets are skipped), and so do --framework FILE.xlsx#framework \
            and --provinces FILE.xlsx#provinces. --out FOLDER writes panel.csv, framework.csv and \
            provinces.csv. Without --out the panel CSV goes to the terminal.

            Examples:
              pii data export --out pii-data.xlsx        a sheet per year, provinces as rows
              pii data export --layout long --out data/
              pii data export > panel.csv
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Panel layout: wide (provinces as rows, indicator codes as columns; a sheet per year) or long (year,province,indicator,value).")
    var layout: PanelLayoutChoice = .wide

    @Option(help: ArgumentHelp("A workbook (.xlsx) or a folder for the CSV files; default: the panel CSV on the terminal.", valueName: "path"))
    var out: String?

    mutating func run() throws {
        let dataSet = try data.load()
        let framework = DataExport.framework(dataSet.framework), provinces = DataExport.provinces(dataSet.provinces)
        guard let out else {
            let panel = layout == .wide ? DataExport.wideCSVPanel(dataSet) : DataExport.longPanel(dataSet)
            try emit(DataExport.csv(panel), to: nil)
            return
        }
        if out.lowercased().hasSuffix(".xlsx") {
            let panel = layout == .wide ? DataExport.widePanel(dataSet) : [DataExport.longPanel(dataSet)]
            try writeWorkbook(panel + [framework, provinces], to: out)
        } else {
            let panel = layout == .wide ? DataExport.wideCSVPanel(dataSet) : DataExport.longPanel(dataSet)
            try writeFiles([("panel.csv", DataExport.csv(panel)), ("framework.csv", DataExport.csv(framework)),
                            ("provinces.csv", DataExport.csv(provinces))], into: out, workbook: nil)
        }
        FileHandle.standardError.write(Data("data: \(out)\n".utf8))
    }
}

struct DataTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the workbook the departments fill in: one row per indicator, a column per province.",
        discussion: """
            Each row holds an indicator's code, name, unit, owning department and the year, then an \
            empty cell per province. `pii validate --data FILE.xlsx` and `pii score --data FILE.xlsx` \
            read it back as it is, filled in or not. --by-department gives each department a sheet \
            of its own indicators.

            Examples:
              pii data template --year 2026 --out pii-2026.xlsx
              pii data template --year 2026 --by-department --out pii-2026-departments.xlsx
            """
    )

    @Option(name: [.customLong("framework")], help: ArgumentHelp("Framework CSV or .xlsx (default: the embedded one).", valueName: "file"))
    var framework: String?

    @Option(name: [.customLong("provinces")], help: ArgumentHelp("Provinces CSV or .xlsx (default: the embedded 34).", valueName: "file"))
    var provinces: String?

    @Option(help: "The PII edition year the values are for.")
    var year: Int

    @Flag(help: "One sheet per department (the framework's owner column) instead of one sheet.")
    var byDepartment = false

    @Option(help: "Language of the instructions above the table: vi or en (default: $PII_LANG, else vi).")
    var lang: Language = .fromEnvironment

    @Option(help: ArgumentHelp("The workbook to write (.xlsx), or a .csv file for one table.", valueName: "file"))
    var out: String

    func validate() throws {
        guard PanelFile.years.contains(year) else {
            throw ValidationError("--year must be a year in \(PanelFile.years.lowerBound)–\(PanelFile.years.upperBound)")
        }
        guard out.lowercased().hasSuffix(".xlsx") || out.lowercased().hasSuffix(".csv") else {
            throw ValidationError("--out must name an .xlsx workbook or a .csv file")
        }
    }

    mutating func run() throws {
        let framework = try self.framework.map { try FrameworkFile.load(url: URL(fileURLWithPath: $0), file: $0) }
            ?? DataSet.defaultFramework()
        let provinces = try self.provinces.map { try ProvincesFile.load(url: URL(fileURLWithPath: $0), file: $0) }
            ?? DataSet.defaultProvinces()
        let sheets = DataExport.template(framework, provinces, year: year, byDepartment: byDepartment, language: lang)
        if out.lowercased().hasSuffix(".csv") {
            var table = sheets[0]
            table.rows = sheets.flatMap(\.rows)
            try emit(DataExport.csv(table), to: out)
        } else {
            try writeWorkbook(sheets, to: out)
        }
        FileHandle.standardError.write(Data("template: \(out)\n".utf8))
    }
}
