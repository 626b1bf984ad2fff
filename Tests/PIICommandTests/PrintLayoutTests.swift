import Foundation
import Testing

/// The HTML reports as printed: each printed to PDF by headless Chromium, every page kept as a
/// PNG beside the test bundle (`print-<report>-page-<n>.png`) for a person to look at, and
/// checked for what makes a printed report hard to read — text that overflows the page or is
/// clipped by its chart or its box, a name shortened with "…", a page left half empty before
/// the last, a heading alone at a page's foot. `make test` installs Chromium and poppler-utils
/// and requires this suite (PII_REQUIRE_TEST_TOOLS=1); elsewhere it runs when both are there.
@Suite(.enabled(if: PrintTools.found != nil || ProcessInfo.processInfo.environment["PII_REQUIRE_TEST_TOOLS"] == "1"))
struct PrintLayoutTests {


    /// One report of each kind a user prints, in both languages for the plain one.
    enum Report: String, CaseIterable, CustomTestStringConvertible {
        case usualVi = "usual-vi", usualEn = "usual-en", plan = "plan-vi", caMau = "ca-mau-vi", optimiser = "optimiser-vi", pathway = "pathway-vi"
        case comparison = "compare-vi", backtest = "backtest-vi"

        var testDescription: String { rawValue }

        func arguments(_ file: URL) -> [String] {
            let run = ["--scenarios", "600", "--seed", "5"]
            switch self {
            case .usualVi: return ["report", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--out", file.path] + run
            case .usualEn: return ["report", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--out", file.path, "--lang", "en"] + run
            case .plan: return ["report", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--out", file.path] + run
            case .caMau: return ["report", RunCommandTests.scenarioPath("ca-mau-2026.yaml"), "--out", file.path] + run
            case .optimiser:
                return ["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "160", "--verify", "320", "--report", file.path]
            case .pathway:
                return ["gap", "--milestones", "--probability", "0.6", "--scenario", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"),
                        "--scenarios", "300", "--check", "500", "--report", file.path]
            case .comparison:
                return ["compare", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), RunCommandTests.scenarioPath("ninh-binh-plan.yaml"),
                        "--report", file.path] + run
            case .backtest: return BacktestCommandTests.arguments + ["--scenarios", "500", "--report", file.path]
            }
        }
    }

    /// Of the height between the top and bottom margins, how much a page before the last must
    /// fill: a report whose pages stop at half leaves a reader turning blank paper.
    static let fill = 0.6

    @Test(arguments: Report.allCases)
    func printsOnPagesThatFillWithNothingCutOrAlone(_ report: Report) throws {
        let tools = try #require(PrintTools.found, "Chromium or poppler-utils is not installed: make test installs them (Debian packages chromium, poppler-utils)")
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("\(report.rawValue).html")
        let made = try CommandRunner.runInVietnamese(report.arguments(file))
        try #require(made.status == 0, "\(made.error)")

        // Laid out at the printed width (A4 less the report's 12 mm side margins, 703 px at
        // 96 px per inch), every box and every chart label is measured in the browser.
        let problems = try layoutProblems(of: file, tools: tools, in: directory)
        #expect(problems.isEmpty, "\(report.rawValue): \(problems.joined(separator: "; "))")

        let pdf = directory.appendingPathComponent("\(report.rawValue).pdf")
        let printed = try CommandRunner.run(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                             "--print-to-pdf=\(pdf.path)", file.absoluteString], executable: tools.chromium)
        try #require(printed.status == 0 && FileManager.default.fileExists(atPath: pdf.path), "chromium did not print: \(printed.error)")
        let artefact = ReportCommandTests.screenshotFolder.appendingPathComponent("print-\(report.rawValue)-page").path
        for old in try FileManager.default.contentsOfDirectory(atPath: ReportCommandTests.screenshotFolder.path)
        where old.hasPrefix("print-\(report.rawValue)-page") {
            try FileManager.default.removeItem(at: ReportCommandTests.screenshotFolder.appendingPathComponent(old))
        }
        _ = try CommandRunner.run(["-r", "60", "-png", pdf.path, artefact], executable: tools.pdftoppm)
        let grey = directory.appendingPathComponent("page").path
        _ = try CommandRunner.run(["-r", "50", "-gray", pdf.path, grey], executable: tools.pdftoppm)
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("page-") && $0.hasSuffix(".pgm") }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        try #require(pages.count >= 2, "\(report.rawValue): \(pages.count) pages")

        let headings = try ReportCommandTests().parse(file).nodes
            .filter { ["h1", "h2", "h3", "h4"].contains($0.name) }
            .map { $0.text.split(whereSeparator: \.isWhitespace).prefix(4).joined(separator: " ") }
        for (n, page) in pages.enumerated() {
            let image = try GreyImage(directory.appendingPathComponent(page))
            let filled = image.filledShare(topMargin: 14 / 297, bottomMargin: 14 / 297)
            if n < pages.count - 1 {
                #expect(filled >= Self.fill, "\(report.rawValue): page \(n + 1) of \(pages.count) is only \(Int(filled * 100)) % filled")
            } else {
                #expect(filled > 0, "\(report.rawValue): the last page is blank")
            }
            let text = try CommandRunner.run(["-layout", "-f", String(n + 1), "-l", String(n + 1), pdf.path, "-"], executable: tools.pdftotext)
            let lines = text.output.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
            for heading in headings {
                if let line = lines.firstIndex(where: { $0.contains(heading) }), line >= lines.count - 2 {
                    Issue.record("\(report.rawValue): the heading \"\(heading)…\" is alone at the foot of page \(n + 1)")
                }
            }
        }
    }

    /// The script the browser runs on a copy of the report: every box wider than the page or
    /// clipping its content, every chart label outside its chart or shortened with "…".
    static let probe = #"""
        (function () {
          const problems = [];
          const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().slice(0, 50) + '"';
          const width = document.documentElement.clientWidth;
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.right > width + 0.5 || r.left < -0.5) problems.push('wider than the page: ' + describe(el));
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') problems.push('clipped: ' + describe(el));
          }
          for (const svg of document.querySelectorAll('svg')) {
            const box = svg.getBoundingClientRect();
            for (const t of svg.querySelectorAll('text')) {
              const r = t.getBoundingClientRect();
              if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                problems.push('outside its chart: ' + describe(t));
              if ((t.textContent || '').includes('\u2026')) problems.push('shortened: ' + describe(t));
            }
          }
          document.body.setAttribute('data-layout', JSON.stringify({ width: width, problems: problems }));
        })();
        """#

    func layoutProblems(of file: URL, tools: PrintTools, in directory: URL) throws -> [String] {
        let html = try String(contentsOf: file, encoding: .utf8)
        let probed = directory.appendingPathComponent("probed.html")
        try html.replacingOccurrences(of: "</body>", with: "<script>//<![CDATA[\n\(Self.probe)\n//]]></script></body>")
            .write(to: probed, atomically: true, encoding: .utf8)
        let dom = try CommandRunner.run(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=703,1000",
                                         "--dump-dom", probed.absoluteString], executable: tools.chromium)
        let attribute = try #require(dom.output.firstMatch(of: #/data-layout="([^"]*)"/#)?.output.1, "the probe did not run: \(dom.error.suffix(300))")
        let json = String(attribute).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(result["width"] as? Int == 703, "laid out at \(result["width"] ?? "?") px instead of the printed 703")
        return result["problems"] as? [String] ?? ["the probe's answer was not read: \(json.prefix(200))"]
    }
}

/// The browser that prints and the tools that read its pages back.
struct PrintTools {
    let chromium: URL, pdftoppm: URL, pdftotext: URL

    static let found: PrintTools? = {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        let poppler = ["/usr/bin/pdftoppm", "/usr/bin/pdftotext"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
        guard let chromium, poppler else { return nil }
        return PrintTools(chromium: URL(fileURLWithPath: chromium), pdftoppm: URL(fileURLWithPath: "/usr/bin/pdftoppm"),
                          pdftotext: URL(fileURLWithPath: "/usr/bin/pdftotext"))
    }()
}

/// A page as pdftoppm writes it in grey (binary PGM, "P5").
struct GreyImage {
    let width: Int, height: Int
    let pixels: [UInt8]

    init(_ file: URL) throws {
        let data = try Data(contentsOf: file)
        // The header: "P5", width, height, maximum, each followed by one whitespace byte.
        var fields: [String] = [], field = "", offset = 0
        while fields.count < 4, offset < data.count {
            let byte = data[data.startIndex + offset]
            offset += 1
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if !field.isEmpty { fields.append(field); field = "" }
            } else {
                field.append(Character(UnicodeScalar(byte)))
            }
        }
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]), fields[3] == "255",
              data.count - offset >= width * height else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file.path])
        }
        self.width = width
        self.height = height
        pixels = [UInt8](data.suffix(from: data.startIndex + offset).prefix(width * height))
    }

    /// How far down the printable height the lowest ink reaches (0 for a blank page): text,
    /// lines and bars, not the palest fills.
    func filledShare(topMargin: Double, bottomMargin: Double) -> Double {
        let top = Double(height) * topMargin, bottom = Double(height) * (1 - bottomMargin)
        guard let lowest = (0..<height).last(where: { row in pixels[row * width..<(row + 1) * width].contains { $0 < 200 } }) else { return 0 }
        return max(0, min(1, (Double(lowest) - top) / (bottom - top)))
    }
}
