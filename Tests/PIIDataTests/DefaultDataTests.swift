import PIIIndex
import Testing
@testable import PIIData

/// The embedded framework, provinces and illustrative panel.
@Suite struct DefaultDataTests {
    @Test func theDefaultsLoadWithoutErrors() throws {
        let data = try DataSet.load()
        #expect(data.framework.pillars.count == 7)
        #expect(data.framework.groups.count == 18)
        #expect(data.framework.indicators.count == 52)
        #expect(data.provinces.count == 34)
        #expect(data.panel.years == [2023, 2024, 2025])
        for year in data.panel.years {
            #expect(data.panel[year]?.missingCount == 0)
        }
        #expect(data.panelIsIllustrative)
        #expect(data.issues.isEmpty)
    }

    @Test func everyIndicatorHasAnOwnerAndAStatus() throws {
        let framework = try DataSet.defaultFramework()
        for indicator in framework.indicators {
            #expect(!indicator.owner.isEmpty, "\(indicator.code) has no owner")
            #expect(["known", "assumed"].contains(indicator.status), "\(indicator.code)")
        }
    }

    @Test func everyValueLiesInsideItsDomain() throws {
        let data = try DataSet.load()
        for year in data.panel.years {
            let table = data.panel[year]!
            for (i, indicator) in data.framework.indicators.enumerated() {
                for p in 0..<data.provinces.count {
                    #expect(indicator.domain.contains(table[p, i]!), "\(year) \(indicator.code)")
                }
            }
        }
    }

    @Test func diacriticsFoldIncludingDStroke() {
        #expect(foldedKey("Đồng Tháp") == "dong-thap")
        #expect(foldedKey("  Ninh   Bình ") == "ninh-binh")
        #expect(foldedKey("TP. Hồ Chí Minh") == "tp-ho-chi-minh")
        #expect(foldedKey("Đắk Lắk") == "dak-lak")
    }
}
