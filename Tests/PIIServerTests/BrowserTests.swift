import Foundation
@testable import PIIServer
import PIITestSupport
import Testing

/// The planning room in a real Chromium over WebDriver: the what-if page answers a new
/// measure and a changed size, the optimiser answers with its progress, an uploaded
/// `<script>` shows as text, and every page in both
/// languages at 1366×768 has no text beyond the window, clipped or overlapping. Screenshots
/// (`browser-<page>-<lang>.png`) and the timings (`browser-timings.txt`) are kept beside the
/// test bundle. `make test` installs chromium and chromium-driver and requires this suite.
@Suite(.serialized, .enabled(if: (WebDriver.chromium != nil && WebDriver.chromedriver != nil)
    || ProcessInfo.processInfo.environment["PII_REQUIRE_TEST_TOOLS"] == "1"))
struct BrowserTests {
    static let layoutProbe = """
        const problems = [];
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > width + 1) problems.push("page wider than the window");
        const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
        const texts = [...document.querySelectorAll("header *, main section:not([hidden]) *")].filter((e) =>
          visible(e) && !e.closest("svg") && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
        const name = (e) => e.tagName + " '" + e.textContent.trim().slice(0, 40) + "'";
        for (const e of texts) {
          const r = e.getBoundingClientRect();
          if (r.right > width + 1 || r.left < -1) problems.push("beyond the window: " + name(e));
          if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible") problems.push("clipped: " + name(e));
        }
        const boxes = texts.map((e) => [e, e.getBoundingClientRect()]);
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const [a, ra] = boxes[i], [b, rb] = boxes[j];
          if (a.contains(b) || b.contains(a)) continue;
          const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left), y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (x > 2 && y > 2) problems.push("overlap: " + name(a) + " and " + name(b));
        }
        return problems;
        """

    @Test func thePlanningRoomInABrowser() async throws {
        // PII_BROWSER_ADDRESS points the test at a running server (`make serve`, a release build)
        // instead of one of its own.
        let room = try Harness.room(port: 0)
        let (ports, announce) = AsyncStream<Int>.makeStream()
        let application = room.application { announce.yield($0) }
        let server = Task { try await application.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        var next = ports.makeAsyncIterator()
        let port = try #require(await next.next())
        let address = ProcessInfo.processInfo.environment["PII_BROWSER_ADDRESS"] ?? "http://127.0.0.1:\(port)/"
        let browser = try await WebDriver.start()
        var timings: [String] = []
        do {
            try await whatIf(browser, address, &timings)
            try await upload(browser, address)
            for language in ["vi", "en"] {
                if language == "en" {
                    try await browser.open(address + "#overview")
                    try await browser.click("#language")
                    #expect(try await browser.wait { try await browser.text("nav a[data-tab=overview]") == "Overview" })
                }
                try await everyPage(browser, address, language)
            }
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
        try (timings.joined(separator: "\n") + "\n").write(to: Harness.artefacts.appendingPathComponent("browser-timings.txt"),
                                                           atomically: true, encoding: .utf8)
        print(timings.joined(separator: "\n"))
    }

    /// Opens the what-if page, adds a measure and changes its size: the odds change each time.
    private func whatIf(_ browser: WebDriver, _ address: String, _ timings: inout [String]) async throws {
        try await browser.open(address + "#whatif")
        let refined = { try await browser.script("return document.getElementById('odds').dataset.scenarios") as? String == "20000" }
        #expect(try await browser.wait(refined))
        let before = try await browser.text("#odds tbody")
        // The page measures from the change to the quick estimate on screen (`data-quick-ms`).
        let shown = { try await browser.script("return document.getElementById('odds').dataset.quickMs || null") as? String }
        try await browser.click("#add-measure")
        #expect(try await browser.wait { try await browser.text("#odds tbody") != before })
        timings.append("a measure added: quick estimate on screen \(try await shown() ?? "?") ms after the click")
        #expect(try await browser.wait(refined))
        let withMeasure = try await browser.text("#odds tbody")
        try await browser.type("#measures .measure label:nth-child(3) input", "+200%")
        #expect(try await browser.wait { try await browser.text("#odds tbody") != withMeasure })
        timings.append("its size changed: quick estimate on screen \(try await shown() ?? "?") ms after the change")
        #expect(try await browser.wait(refined))
        #expect(try await browser.text("#fan").contains("2030"))
    }

    /// Uploads a provinces file whose first name is markup: it reads as text everywhere.
    private func upload(_ browser: WebDriver, _ address: String) async throws {
        let markup = "<img src=x onerror=\"document.body.dataset.injected=1\"><script>document.body.dataset.injected=1</script>"
        let source = Repository.sources.appendingPathComponent("PIIData/Resources/provinces.csv")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("provinces-\(UUID().uuidString).csv")
        let text = try String(contentsOf: source, encoding: .utf8).replacingOccurrences(
            of: "ha-noi,Hà Nội,city", with: "ha-noi,\"\(markup.replacingOccurrences(of: "\"", with: "\"\""))\",city")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try await browser.open(address + "#data")
        #expect(try await browser.wait { try await browser.text("#data-in-use") != "" })
        let field = try await browser.element("#upload-provinces")
        try await browser.command("POST", "element/\(field)/value", ["text": file.path])
        try await browser.click("#upload-form button[type=submit]")
        #expect(try await browser.wait { try await browser.text("#validation").contains("34") })
        try await browser.open(address + "#overview")
        #expect(try await browser.wait { try await browser.text("#ranking tbody").contains(markup) })
        let injected = try await browser.script("return document.body.dataset.injected || null")
        #expect(injected == nil || injected is NSNull)
        try await browser.open(address + "#data")
        try await browser.click("#default-data")
        #expect(try await browser.wait { try await browser.text("#ranking tbody").contains("Hà Nội") })
    }

    private func everyPage(_ browser: WebDriver, _ address: String, _ language: String) async throws {
        for page in ["overview", "whatif", "pathway", "optimise", "data"] {
            try await browser.open(address + "#" + page)
            switch page {
            case "overview": #expect(try await browser.wait { try await browser.text("#ranking tbody").contains("Ninh Bình") })
            case "whatif":
                #expect(try await browser.wait { try await browser.script("return document.getElementById('odds').dataset.scenarios") as? String == "20000" })
            case "pathway":
                try await browser.click("#gap-form button[type=submit]")
                #expect(try await browser.wait { try await browser.text("#gap-summary") != "" })
                try await browser.click("#pathway-form button[type=submit]")
                #expect(try await browser.wait(seconds: 180) { try await browser.text("#pathway-result") != "" })
            case "optimise":
                try await browser.click("#optimise-form button[type=submit]")
                #expect(try await browser.wait(seconds: 120) { try await browser.text("#optimise-summary tbody") != "" })
                #expect(try await browser.text("#optimise-result").contains("2030"))
            default: #expect(try await browser.wait { try await browser.text("#data-in-use") != "" })
            }
            _ = try await browser.script("window.scrollTo(0, 0)")
            let png = try await browser.screenshot()
            try png.write(to: Harness.artefacts.appendingPathComponent("browser-\(page)-\(language).png"))
            let problems = try await browser.script(Self.layoutProbe) as? [String] ?? ["the probe did not run"]
            #expect(problems.isEmpty, "\(page) (\(language)): \(problems.prefix(8))")
        }
    }
}
