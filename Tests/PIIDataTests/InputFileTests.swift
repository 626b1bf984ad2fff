import Foundation
import PIIIndex
import PIITestSupport
import Testing
@testable import PIIData

/// Every bad framework, provinces or panel file gives one clear error naming the file, the
/// line and the field — never a crash.
@Suite struct InputFileTests {
    static let header = Fixtures.frameworkHeader
    static let tree = Fixtures.frameworkTree(indicators: """
        a,indicator,G1,Chỉ số a,Indicator a,%,1,1,gii
        b,indicator,G2,Chỉ số b,Indicator b,%,-1,2,none

        """)

    func frameworkError(_ text: String) -> InputError? {
        refusal { _ = try FrameworkFile.load(text: text, file: "framework.csv") }
    }

    @Test func aValidFrameworkLoads() throws {
        let framework = try FrameworkFile.load(text: Self.header + Self.tree, file: "framework.csv")
        #expect(framework.indicators.map(\.code) == ["a", "b"])
        #expect(framework.indicators[1].direction == -1)
        #expect(framework.indicators[1].weight == 2)
        #expect(framework.indicators[1].treatment == .none)
    }

    @Test(arguments: [
        ("c,indicator,G9,Chỉ số c,c,%,1,1,gii\n", 10, "parent", "G9"),
        ("a,indicator,G1,Lặp,dup,%,1,1,gii\n", 10, "code", "twice"),
        ("c,indicator,G1,Chỉ số c,c,%,1,0,gii\n", 10, "weight", "greater than 0"),
        ("c,indicator,G1,Chỉ số c,c,%,2,1,gii\n", 10, "direction", "1 (higher is better) or -1"),
        ("c,indicator,G1,Chỉ số c,c,%,1,1,winsor\n", 10, "treatment", "gii or none"),
        ("c,indicatr,G1,Chỉ số c,c,%,1,1,gii\n", 10, "level", "block, pillar, group or indicator"),
        ("c,indicator,P1,Chỉ số c,c,%,1,1,gii\n", 10, "parent", "must hang under a group"),
        ("c,indicator,G1,Chỉ số c,c,%,1,abc,gii\n", 10, "weight", "not a number"),
    ])
    func aBadFrameworkLineIsNamed(line: String, number: Int, field: String, message: String) throws {
        let error = try #require(frameworkError(Self.header + Self.tree + line))
        #expect(error.file == "framework.csv")
        #expect(error.line == number)
        #expect(error.field == field)
        #expect(error.message.en.contains(message), "\(error)")
    }

    @Test func aCycleIsReportedAsACycle() throws {
        let text = Self.header + Self.tree + "X,group,Y,x,x,,,1,\nY,group,X,y,y,,,1,\n"
        let error = try #require(frameworkError(text))
        #expect(error.message.en.contains("cycle"))
        #expect(error.message.en.contains("X → Y → X") || error.message.en.contains("Y → X → Y"))
    }

    @Test func anUnknownColumnSuggestsTheRightOne() throws {
        let error = try #require(frameworkError(Self.header.replacingOccurrences(of: "\n", with: ",domian_min\n") + Self.tree))
        #expect(error.line == 1)
        #expect(error.message.en.contains("did you mean domain_min"))
    }

    @Test func aGroupWithoutIndicatorsIsAnError() throws {
        let error = try #require(frameworkError(Self.header + Self.tree + "G3,group,P1,Trống,Empty,,,1,\n"))
        #expect(error.message.en.contains("has no children"))
    }

    @Test func duplicateProvinceIdsAreAnError() {
        #expect(throws: InputError.self) {
            try ProvincesFile.load(text: "id,name\nha-noi,Hà Nội\nha-noi,Hà Nội 2\n", file: "provinces.csv")
        }
    }

    // MARK: Panels

    static let provinces = try! ProvinceSet([
        Province(id: "ha-noi", name: "Hà Nội"),
        Province(id: "ninh-binh", name: "Ninh Bình"),
        Province(id: "da-nang", name: "Đà Nẵng"),
        Province(id: "ho-chi-minh", name: "TP. Hồ Chí Minh"),
    ])

    func framework() throws -> Framework {
        var text = Self.header.replacingOccurrences(of: "\n", with: ",domain_min,domain_max\n")
        text += Self.tree.split(separator: "\n").map { $0 + ",," }.joined(separator: "\n")
        text = text.replacingOccurrences(of: "a,indicator,G1,Chỉ số a,Indicator a,%,1,1,gii,,", with: "a,indicator,G1,Chỉ số a,Indicator a,%,1,1,gii,0,100")
        return try FrameworkFile.load(text: text + "\n", file: "framework.csv")
    }

    func read(_ body: String) throws -> PanelReading {
        try PanelFile.read(text: "year,province,indicator,value\n" + body, file: "panel.csv",
                           framework: try framework(), provinces: Self.provinces)
    }

    @Test func namesWithOrWithoutDiacriticsAndIdsAllWork() throws {
        let reading = try read("""
            2025,Ninh Binh,a,1
            2025,ninh-binh,b,2
            2025,Da Nang,a,3
            2025,"TP. Hồ Chí Minh",a,4
            2025,Ho Chi Minh,b,5
            2025,hanoi,a,6
            """)
        #expect(reading.errors.isEmpty, "\(reading.errors.map(\.location))")
        let table = try #require(reading.panel[2025])
        #expect(table[1, 0] == 1 && table[1, 1] == 2 && table[2, 0] == 3 && table[3, 0] == 4 && table[3, 1] == 5 && table[0, 0] == 6)
    }

    @Test func excelExportsWithByteOrderMarkCRLFAndQuotedCommasRead() throws {
        let text = "\u{FEFF}year,province,indicator,value\r\n2025,\"Hà Nội\",a,\"1.5\"\r\n2025,\"Đà Nẵng, city\",a,2\r\n"
        let reading = try PanelFile.read(text: text, file: "export.csv", framework: try framework(), provinces: Self.provinces)
        #expect(reading.panel[2025]?[0, 0] == 1.5)
        // "Đà Nẵng, city" is not a province: the comma stayed inside the quoted field.
        #expect(reading.errors.count == 1)
        #expect(reading.errors.first?.location.line == 3)
        #expect(reading.errors.first?.kind == .unknownProvince)
    }

    @Test func anEmptyValueIsMissingButTextIsAnError() throws {
        let reading = try read("2025,ha-noi,a,\n2025,ha-noi,b,n/a\n2025,da-nang,b,nan\n2025,ninh-binh,b,\"1,5\"\n")
        #expect(reading.panel[2025]?[0, 0] == nil)
        #expect(reading.errors.map(\.location.line) == [3, 4, 5])
        #expect(reading.errors[0].location.message.en.contains("leave the cell empty"))
        #expect(reading.errors[2].location.message.en.contains("dot as the decimal separator"))
    }

    @Test func unknownProvincesAndIndicatorsSuggestTheNearestName() throws {
        let reading = try read("2025,Ninh Bihn,a,1\n2025,ha-noi,aa,1\n2025,ha-noi,G1,1\n")
        #expect(reading.errors.count == 3)
        #expect(reading.errors[0].location.message.en.contains("did you mean Ninh Bình?"))
        #expect(reading.errors[1].location.message.en.contains("did you mean a?"))
        #expect(reading.errors[2].location.message.en.contains("is a group"))
    }

    @Test func aDuplicatedRowNamesBothLines() throws {
        let reading = try read("2025,ha-noi,a,1\n2025,Hà Nội,a,2\n")
        #expect(reading.errors.count == 1)
        #expect(reading.errors[0].kind == .duplicateRow)
        #expect(reading.errors[0].location.line == 3)
        #expect(reading.errors[0].location.message.en.contains("line 2"))
    }

    @Test func aValueOutsideTheDomainIsAnError() throws {
        let reading = try read("2025,ha-noi,a,140\n2025,ha-noi,b,-3\n")
        #expect(reading.errors.count == 1)
        #expect(reading.errors[0].kind == .outsideDomain)
        #expect(reading.errors[0].location.message.en.contains("140 is outside 0–100"))
    }

    @Test func yearsOutOfRangeAreErrors() throws {
        let reading = try read("1925,ha-noi,a,1\n20x5,ha-noi,a,1\n")
        #expect(reading.errors.map(\.kind) == [.yearOutOfRange, .malformed])
    }

    @Test func aPanelWithErrorsDoesNotLoad() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pii-bad-\(UUID().uuidString).csv")
        try "year,province,indicator,value\n2025,ha-noi,a,x\n2025,ha-noi,b,y\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try PanelFile.load(url: url, file: "bad.csv", framework: try framework(), provinces: Self.provinces)
        } throws: { error in
            let errors = error as? InputErrors
            return errors?.errors.count == 2 && "\(error)".hasPrefix("bad.csv:2: value:")
        }
    }
}
