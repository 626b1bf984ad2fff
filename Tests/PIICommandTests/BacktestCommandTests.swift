import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PIITestSupport
import Testing

/// `pii backtest` on a real panel (VCCI's PCI sub-indices, 63 provinces, 2006–2016): the
/// figures `docs/forecasting.md` and the README claim, and what the forecast must achieve.
@Suite struct BacktestCommandTests {
    static let pci = Repository.fixtures.appendingPathComponent("pci-2006-2016")

    static func data(_ file: String) -> String { pci.appendingPathComponent(file).path }

    static let arguments = [
        "backtest", "--data", data("panel.csv"), "--framework", data("framework.csv"), "--provinces", data("provinces.csv"),
        "--origins", "2006-2010,2006-2011,2006-2013,2009-2011",
    ]

    /// The JSON of a backtest of local-level and random-walk with resampled shocks (the
    /// defaults otherwise: horizons 1–5, 2,000 scenarios, seed 2026), run once for the suite.
    static let output: String = {
        let run = try! CommandRunner.run(arguments + ["--models", "local-level,random-walk", "--shocks", "resample", "--format", "json"])
        precondition(run.status == 0, run.error)
        return run.output
    }()

    static func forecaster(_ name: String) -> [String: Any] {
        let document = try! JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
        return (document["forecasters"] as! [[String: Any]]).first { $0["name"] as? String == name }!
    }

    static func horizons(_ name: String) -> [[String: Any]] { forecaster(name)["horizons"] as! [[String: Any]] }

    /// The README's table (docs/forecasting.md): local-level's rank CRPS over the better
    /// naive rule, and its 90 % coverage beside the probability its intervals held.
    @Test func theFiguresTheDocumentationClaims() {
        let claimed: [(ratio: Double, coverage: Double, mass: Double)] = [
            (0.938, 0.897, 0.921), (0.964, 0.901, 0.921), (0.965, 0.944, 0.921), (0.955, 0.952, 0.920), (0.968, 0.947, 0.920),
        ]
        for (h, (entry, figures)) in zip(Self.horizons("local-level"), claimed).enumerated() {
            #expect(abs(entry["crps_ratio"] as! Double - figures.ratio) < 0.002, "h = \(h + 1)")
            #expect(abs(entry["coverage_90"] as! Double - figures.coverage) < 0.005, "h = \(h + 1)")
            #expect(abs(entry["mass_90"] as! Double - figures.mass) < 0.005, "h = \(h + 1)")
        }
        let randomWalk = Self.horizons("random-walk").map { $0["crps_ratio"] as! Double }
        #expect(randomWalk.allSatisfy { $0 > 1.05 }, "\(randomWalk)")
    }

    /// The bar: at every horizon the default model's rank CRPS is at most 0.97 times
    /// the better naive rule's, and its 90 % intervals cover within 0.05 of what they hold.
    @Test func theDefaultBeatsTheNaiveRulesWithHonestIntervals() {
        let horizons = Self.horizons("local-level")
        #expect(horizons.count == 5)
        for entry in horizons {
            #expect((entry["crps_ratio"] as! Double) <= 0.97, "\(entry)")
            #expect(abs((entry["coverage_90"] as! Double) - (entry["mass_90"] as! Double)) <= 0.05, "\(entry)")
        }
    }

    /// P(rank ≤ 10) one and two years ahead: in every bin with at least 20 cases, the share
    /// that came true is within 0.10 of the forecast.
    @Test func shortHorizonTopTenOddsAreCalibrated() {
        let bins = Self.forecaster("local-level")["reliability_1_2"] as! [[String: Any]]
        let checked = bins.filter { ($0["cases"] as! Int) >= 20 }
        #expect(checked.count >= 4)
        for bin in checked {
            #expect(abs((bin["forecast"] as! Double) - (bin["observed"] as! Double)) <= 0.10, "\(bin)")
        }
    }

    @Test func theTableAndTheReportShowTheSameRun() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let report = folder.appendingPathComponent("backtest.html").path
        let run = try CommandRunner.run(Self.arguments + ["--models", "local-level", "--shocks", "resample", "--scenarios", "300",
                                                          "--lang", "en", "--report", report])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Rank CRPS"))
        #expect(run.output.contains("history-mean"))
        #expect(run.output.contains("2009–2011: three editions cannot tell"))
        #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("id=\"backtest-crps\"") && html.contains("id=\"backtest-reliability\""))
        #expect(html.contains("data-forecaster=\"local-level\""))
        #expect(XMLParser(data: Data(html.utf8)).parse(), "the page is well-formed XHTML")
    }

    @Test func theEmbeddedDataBacktestsItsOneTransition() throws {
        let run = try CommandRunner.run(["backtest", "--scenarios", "200", "--lang", "en", "--models", "local-level,mean-reversion"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Origins 2023–2024"))
        #expect(run.output.contains("two editions cannot tell lasting change from noise"))
    }

    @Test func aWindowOutsideThePanelIsRefusedWithWhatToType() throws {
        for (origins, expected) in [("2006-2020", "no data for 2017"), ("2006-2016", "leaves no later edition"), ("2010", "FIRST-LAST")] {
            let run = try CommandRunner.run(["backtest", "--data", Self.data("panel.csv"), "--framework", Self.data("framework.csv"),
                                             "--provinces", Self.data("provinces.csv"), "--origins", origins])
            #expect(run.status != 0)
            #expect(run.error.contains(expected), "\(origins): \(run.error)")
            // Found by the 10,000-case fuzz run: the message names the option.
            #expect(run.error.contains("--origins"), "\(origins): \(run.error)")
            #expect(!run.error.contains("Fatal error") && run.output.isEmpty)
        }
    }
}
