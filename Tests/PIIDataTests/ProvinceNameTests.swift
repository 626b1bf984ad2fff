import Foundation
import PIIIndex
import Testing
@testable import PIIData

/// Province names as officials type them: the embedded provinces file's other names, the
/// provinces merged in 2025, and suggestions for near misses.
@Suite struct ProvinceNameTests {
    static let provinces = try! DataSet.defaultProvinces()

    func id(_ name: String) -> String? { Self.provinces.number(of: name).map { Self.provinces[$0].id } }

    @Test func commonFormsResolve() {
        for (name, expected) in [("Thừa Thiên Huế", "hue"), ("TP.HCM", "ho-chi-minh"), ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
                                 ("HCM", "ho-chi-minh"), ("tp hcm", "ho-chi-minh"), ("Sài Gòn", "ho-chi-minh"),
                                 ("Ho Chi Minh", "ho-chi-minh"), ("Tỉnh Cà Mau", "ca-mau"), ("thanh pho Da Nang", "da-nang"),
                                 ("Ninh Bình", "ninh-binh"), ("ninhbinh", "ninh-binh"), ("Đắc Lắc", "dak-lak")] {
            #expect(id(name) == expected, "\(name)")
        }
    }

    @Test func mergedProvincesAreFormerNamesNotProvinces() throws {
        #expect(id("Hà Nam") == nil)
        let former = try #require(Self.provinces.formerProvince(named: "ha nam"))
        #expect(Self.provinces[former.into].id == "ninh-binh" && former.year == "2025" && former.name == "Hà Nam")
        #expect(Self.provinces.merger(former).en == "Hà Nam merged into Ninh Bình in 2025")
        #expect(Self.provinces.merger(former).vi == "Hà Nam đã hợp nhất vào Ninh Bình năm 2025")
        #expect(Self.provinces.match("Bà Rịa - Vũng Tàu").map { Self.provinces[$0.number].id } == "ho-chi-minh")
        // A province that kept its name is not a former province of itself.
        #expect(Self.provinces.match("Ninh Bình")?.former == nil)
        #expect(Self.provinces.formerProvince(named: "Thừa Thiên Huế") == nil)
    }

    @Test func suggestionsAreVietnameseAware() {
        for (typed, expected) in [("Ninh Bihn", "Ninh Bình"), ("Binh Ninh", "Ninh Bình"), ("BRVT", "TP. Hồ Chí Minh"),
                                  ("Ha Nooi", "Hà Nội"), ("Hà Nộii", "Hà Nội")] {
            #expect(Self.provinces.suggestion(for: typed) == expected, "\(typed)")
        }
        // Short inputs are held to one edit: "HCX" is HCM mistyped, not two edits from "Huế".
        #expect(Self.provinces.suggestion(for: "HCX") == "TP. Hồ Chí Minh")
        // "HN" is the initials of both Hà Nội and Hà Nam (now Ninh Bình): no guess.
        for typed in ["HN", "Xyz", ""] { #expect(Self.provinces.suggestion(for: typed) == nil, "\(typed)") }
    }

    @Test func aFileGivingAMergedProvinceIsToldSo() throws {
        let reading = try PanelFile.read(
            text: "year,province,indicator,value\n2025,Hà Nam,1.1.1,3\n", file: "panel.csv",
            framework: DataSet.defaultFramework(), provinces: Self.provinces)
        let message = try #require(reading.errors.first).location.text(.en)
        #expect(message == "panel.csv:2: province: Hà Nam merged into Ninh Bình in 2025 (the provinces file's merged_from); give the values of the merged province, ninh-binh", "\(message)")
    }
}
