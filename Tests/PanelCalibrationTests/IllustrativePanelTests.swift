import Foundation
import PIIData
import PIIIndex
import Testing
@testable import PanelCalibration

/// The illustrative panel: regenerated exactly from its anchors, and reproducing every
/// published 2025 figure (`../shared/reference/pii-2025-results.csv`, `pii-2025-pillars.csv`).
@Suite struct IllustrativePanelTests {
    /// Published 2025 ranks and totals (a total of nil: rank published without one).
    static let published: [(id: String, rank: Int, total: Double?)] = [
        ("ha-noi", 1, 65.68), ("ho-chi-minh", 2, 59.33), ("quang-ninh", 3, 58.41),
        ("hai-phong", 4, 58.09), ("hue", 5, 49.37), ("bac-ninh", 6, 48.76), ("da-nang", 8, nil),
        ("dong-nai", 12, 44.92), ("vinh-long", 17, 38.93), ("gia-lai", 21, 37.66),
    ]

    static func scores2025() throws -> (DataSet, YearScores) {
        let data = try DataSet.load()
        return (data, BatchScorer(framework: data.framework).score(data.panel[2025]!))
    }

    @Test func regeneratingReproducesTheEmbeddedPanelByteForByte() throws {
        let panel = IllustrativePanel(
            framework: try DataSet.defaultFramework(), provinces: try DataSet.defaultProvinces(),
            anchors: try PanelAnchors.bundled())
        let embedded = try DataSet.embeddedPanelText()
        let regenerated = try panel.csv()
        #expect(regenerated == embedded, "run `make panel` and commit Sources/PIIData/Resources/panel.csv")
    }

    @Test func publishedRanksAndTotals() throws {
        let (data, scores) = try Self.scores2025()
        for entry in Self.published {
            let p = try #require(data.provinces.number(of: entry.id))
            #expect(scores.ranks[p] == entry.rank, "\(entry.id)")
            if let total = entry.total {
                #expect(abs(scores.index[p] - total) <= 0.005, "\(entry.id): \(scores.index[p])")
            }
        }
    }

    @Test func publishedInputsOutputsAndBacNinhsPillars() throws {
        let (data, scores) = try Self.scores2025()
        let hue = data.provinces.number(of: "hue")!, bacNinh = data.provinces.number(of: "bac-ninh")!
        let blocks = scores.scores[.block]!
        for (p, input, output) in [(hue, 51.50, 47.23), (bacNinh, 53.06, 44.47)] {
            #expect(abs(blocks[0][p] - input) <= 0.005)
            #expect(abs(blocks[1][p] - output) <= 0.005)
        }
        let pillars = [59.17, 39.99, 62.30, 47.43, 56.40, 28.74, 60.20]
        for (k, published) in pillars.enumerated() {
            #expect(abs(scores.scores[.pillar]![k][bacNinh] - published) <= 0.005, "P\(k + 1)")
        }
    }

    @Test func otherPublishedFactsAndTheNinhBinhPlan() throws {
        let (data, scores) = try Self.scores2025()
        let number = { (id: String) in data.provinces.number(of: id)! }
        let pillars = scores.scores[.pillar]!
        // TP. Hồ Chí Minh leads infrastructure (P3); Hải Phòng leads institutions (P1).
        #expect(pillars[2].indices.max { pillars[2][$0] < pillars[2][$1] } == number("ho-chi-minh"))
        #expect(pillars[0].indices.max { pillars[0][$0] < pillars[0][$1] } == number("hai-phong"))
        // Hà Nội leads 18 indicators, TP. Hồ Chí Minh 13, Quảng Ninh 7.
        let leads = { (p: Int) in scores.scores[.indicator]!.filter { abs($0[p] - 100) < 1e-9 }.count }
        #expect(leads(number("ha-noi")) >= 18)
        #expect(leads(number("ho-chi-minh")) >= 13)
        #expect(leads(number("quang-ninh")) >= 7)
        // Ninh Bình: 14th, strong in infrastructure, weak in knowledge outputs.
        let ninhBinh = number("ninh-binh")
        #expect(scores.ranks[ninhBinh] == 14)
        let own = pillars.map { $0[ninhBinh] }
        #expect(own.firstIndex(of: own.max()!) == 2)
        #expect(own.firstIndex(of: own.min()!) == 5)
        // The outlier rule really fires on the far-ahead indicators.
        #expect(scores.treatments.filter { $0 != .none }.count >= 5)
    }
}
