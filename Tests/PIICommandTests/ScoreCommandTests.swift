import Foundation
import Testing

/// `pii score` end to end, through the built executable.
@Suite struct ScoreCommandTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.error)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    /// The published 2025 ranks and totals, printed by `pii score --year 2025`.
    @Test func theDefaultDataPrintsThePublished2025Figures() throws {
        let document = try json(["score", "--year", "2025", "--format", "json"])
        #expect(document["year"] as? Int == 2025)
        let provinces = try #require(document["provinces"] as? [[String: Any]])
        #expect(provinces.count == 34)
        let byID = Dictionary(uniqueKeysWithValues: provinces.map { ($0["id"] as! String, $0) })
        let published: [(String, Int, Double?)] = [
            ("ha-noi", 1, 65.68), ("ho-chi-minh", 2, 59.33), ("quang-ninh", 3, 58.41), ("hai-phong", 4, 58.09),
            ("hue", 5, 49.37), ("bac-ninh", 6, 48.76), ("da-nang", 8, nil), ("dong-nai", 12, 44.92),
            ("vinh-long", 17, 38.93), ("gia-lai", 21, 37.66), ("ninh-binh", 14, nil),
        ]
        for (id, rank, total) in published {
            let province = try #require(byID[id])
            #expect(province["rank"] as? Int == rank, "\(id)")
            if let total { #expect(abs((province["score"] as! Double) - total) <= 0.005, "\(id)") }
        }
        // Listed by rank; every node present.
        #expect(provinces.map { $0["rank"] as! Int } == Array(1...34))
        let nodes = try #require(provinces[0]["nodes"] as? [String: Any])
        #expect(nodes.count == 2 + 7 + 18 + 52)
        #expect((document["treatments"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func theTableIsReadableInAHundredColumnsAndSaysTheDataIsIllustrative() throws {
        for language in ["vi", "en"] {
            let result = try CommandRunner.run(["score", "--lang", language])
            #expect(result.status == 0)
            let table = result.output.split(separator: "\n").prefix(40)
            #expect(table.allSatisfy { $0.count <= 100 }, "\(table.map(\.count).max()!)")
            #expect(result.output.contains(language == "vi" ? "Dữ liệu minh họa" : "Illustrative data"))
        }
        #expect(try CommandRunner.run(["score"]).output.contains("Ninh Bình"))
    }

    @Test(arguments: ["ninh-binh", "Ninh Binh", "Ninh Bình", "ninhbinh"])
    func aProfileAcceptsTheNameWithOrWithoutDiacritics(name: String) throws {
        let document = try json(["score", "--province", name, "--format", "json"])
        let province = try #require(document["province"] as? [String: Any])
        #expect(province["name"] as? String == "Ninh Bình")
        #expect(province["rank"] as? Int == 14)
        #expect((document["strengths"] as? [String])?.count == 5)
        #expect((document["weaknesses"] as? [String])?.count == 5)
        let indicators = try #require(document["indicators"] as? [[String: Any]])
        #expect(indicators.count == 52)
        #expect(indicators.allSatisfy { $0["status"] is String && $0["effective_weight"] is Double })
    }

    @Test func theProfileTableShowsStatusStrengthsAndWeaknesses() throws {
        let result = try CommandRunner.run(["score", "--province", "Ninh Bình", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.output.contains("Strengths"))
        #expect(result.output.contains("Weaknesses"))
        #expect(result.output.contains("assumed"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func csvHasAHeaderAndOneLinePerProvince() throws {
        let result = try CommandRunner.run(["score", "--format", "csv"])
        let lines = result.output.split(separator: "\r\n")
        #expect(lines.count == 35)
        #expect(lines[0].hasPrefix("\u{FEFF}rank,id,name,score,input,output,efficiency,I,O,P1"))
    }

    @Test func outputToAFileIsWrittenWhole() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("scores.json").path
        let result = try CommandRunner.run(["score", "--format", "json", "--out", file])
        #expect(result.status == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(try JSONSerialization.jsonObject(with: written) is [String: Any])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["scores.json"])
        // Writing again replaces the file (and leaves no temporary file behind).
        let again = try CommandRunner.run(["score", "--format", "csv", "--out", file])
        #expect(again.status == 0, "\(again.error)")
        #expect(try String(decoding: Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self).contains("rank,id,name"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["scores.json"])
    }

    @Test func alreadyNormalisedScoresAreAcceptedWithTheFlag() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let panel = directory.appendingPathComponent("scores.csv")
        // Two provinces' published-style 0–100 scores on every indicator; the rest missing.
        let codes = try json(["score", "--format", "json"])["provinces"].flatMap { ($0 as? [[String: Any]])?.first?["nodes"] as? [String: Any] }!.keys.filter { $0.contains(".") && !$0.hasPrefix("G") }
        var text = "year,province,indicator,value\n"
        for code in codes.sorted() {
            text += "2025,ha-noi,\(code),100\n2025,lai-chau,\(code),0\n2025,hue,\(code),40\n"
        }
        try text.write(to: panel, atomically: true, encoding: .utf8)
        let document = try json(["score", "--data", panel.path, "--normalised", "--format", "json"])
        let provinces = try #require(document["provinces"] as? [[String: Any]])
        let hue = try #require(provinces.first { $0["id"] as? String == "hue" })
        #expect(abs((hue["score"] as! Double) - 40) < 1e-9)
        #expect((document["data"] as? [String: Any])?["illustrative"] as? Bool == false)
    }
}
