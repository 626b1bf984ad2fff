import ArgumentParser
import Foundation
import PIIData
import PIIIndex
import PIIReports

/// `pii data`: the data as files a person can open, edit and give back.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: Help.data.text,
        subcommands: [DataExportCommand.self, DataTemplateCommand.self]
    )
}

enum PanelLayoutChoice: String, ExpressibleByArgument, CaseIterable {
    case long, wide
}

struct DataExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Help.dataExport.text,
        discussion: Help.dataExportDiscussion.text
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp(.exportLayout))
    var layout: PanelLayoutChoice = .wide

    @Option(help: ArgumentHelp(.exportOut, valueName: "path"))
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
        abstract: Help.dataTemplate.text,
        discussion: Help.dataTemplateDiscussion.text
    )

    @Option(name: [.customLong("framework")], help: ArgumentHelp(.exportFramework, valueName: "file"))
    var framework: String?

    @Option(name: [.customLong("provinces")], help: ArgumentHelp(.exportProvinces, valueName: "file"))
    var provinces: String?

    @Option(help: ArgumentHelp(.templateYear))
    var year: Int

    @Flag(help: ArgumentHelp(.templateByDepartment))
    var byDepartment = false

    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    @Option(help: ArgumentHelp(.templateOut, valueName: "file"))
    var out: String

    func validate() throws {
        guard PanelFile.years.contains(year) else {
            throw ValidationError(Phrase.templateYear(PanelFile.years).description)
        }
        guard out.lowercased().hasSuffix(".xlsx") || out.lowercased().hasSuffix(".csv") else {
            throw ValidationError(Phrase.templateOut.description)
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
