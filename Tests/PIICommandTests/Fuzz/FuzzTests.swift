import Foundation
import PIITestSupport
import PIIText
import Testing

/// The fuzz suite (issue 14): seeded malformed inputs — damaged framework, provinces, panel,
/// cost and scenario files, and extreme option values — through every command. Each case must
/// end in a valid output (exit 0) or one message naming what to fix (non-zero exit): no
/// signal, no backtrace, no hang, no output file left behind. The cases run in the default
/// language, Vietnamese, and a message with an English sentence in it fails too.
///
/// `make test` runs 240 cases; `make fuzz` runs 10,000 (`PII_FUZZ_CASES`, `PII_FUZZ_SEED`).
@Suite struct FuzzTests {
    static let root = Repository.root

    static func resource(_ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    static let originals: [String: String] = [
        "framework.csv": resource("Sources/PIIData/Resources/framework.csv"),
        "provinces.csv": resource("Sources/PIIData/Resources/provinces.csv"),
        "panel.csv": resource("Sources/PIIData/Resources/panel.csv"),
        "costs.csv": "indicator,cost_per_unit,max_change\n7.1.3,0.05,\n2.2.1,30,20\n",
        "ca-mau.yaml": resource("Scenarios/ca-mau-2026.yaml"),
        "plan.yaml": resource("Scenarios/ninh-binh-plan.yaml"),
    ]

    /// A workbook of the embedded panel with its parts stored uncompressed (see the fixtures'
    /// script), so that damaged bytes reach the sheet XML.
    static let workbook = (try? Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/workbooks/panel-stored.xlsx"))) ?? Data()

    /// The embedded panel as Vietnamese-locale Excel saves it: `;` and decimal commas.
    static let vietnamesePanel = originals["panel.csv"]!.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if fields.count == 4, fields[0] != "year" { fields[3] = fields[3].replacingOccurrences(of: ".", with: ",") }
        return fields.joined(separator: ";")
    }.joined(separator: "\n")

    struct Case: CustomStringConvertible {
        var number: Int
        var arguments: [String]
        var files: [String: String]
        var binaryFiles: [String: Data] = [:]
        var mutation: String
        /// The file the command writes, if any.
        var output: String?

        var command: String { arguments[0] }
        var description: String { "case \(number) (\(mutation)): pii \(arguments.joined(separator: " "))" }
    }

    static let dataArguments = ["--framework", "framework.csv", "--provinces", "provinces.csv", "--data", "panel.csv"]

    /// The `number`-th case of the seeded sequence.
    static func makeCase(_ number: Int, seed: UInt64) -> Case {
        var random = InputMutator(seed: seed &+ UInt64(number) &* 0x1000_0001)
        var files = originals
        func damage(_ name: String) -> String {
            let (text, kind) = random.mutate(files[name]!)
            files[name] = text
            return "\(name): \(kind)"
        }
        let format = random.pick(["table", "json", "csv"])
        switch random.below(12) {
        case 10:
            // A damaged workbook: bytes changed, a range repeated, or the file cut short.
            var bytes = [UInt8](workbook)
            let kind: String
            switch random.below(3) {
            case 0:
                for _ in 0...random.below(8) {
                    bytes[random.below(bytes.count)] = random.pick(Array("<>\"/&=09AZ:#".utf8) + [0x00, 0xFF, 0x20])
                }
                kind = "bytes changed"
            case 1:
                let start = random.below(bytes.count), length = min(random.below(4_000), bytes.count - start)
                bytes.insert(contentsOf: bytes[start..<start + length], at: random.below(bytes.count))
                kind = "a range repeated"
            default:
                bytes = Array(bytes.prefix(random.below(bytes.count)))
                kind = "cut short"
            }
            let command = random.pick(["score", "validate"])
            return Case(number: number, arguments: [command, "--data", "panel.xlsx", "--format", command == "score" ? format : "json"],
                        files: files, binaryFiles: ["panel.xlsx": Data(bytes)], mutation: "panel.xlsx: \(kind)")
        case 11:
            files["panel.csv"] = vietnamesePanel
            let mutation = damage("panel.csv")
            return Case(number: number, arguments: [random.pick(["score", "validate"])] + dataArguments + ["--format", "json"],
                        files: files, mutation: "Vietnamese-locale " + mutation)
        case 0:
            let mutation = damage(random.pick(["framework.csv", "provinces.csv", "panel.csv"]))
            let out = random.below(2) == 0 ? "out.\(format)" : nil
            return Case(number: number, arguments: ["score"] + dataArguments + ["--format", format] + (out.map { ["--out", $0] } ?? []),
                        files: files, mutation: mutation, output: out)
        case 1:
            let mutation = damage(random.pick(["framework.csv", "provinces.csv", "panel.csv"]))
            return Case(number: number, arguments: ["validate"] + dataArguments + ["--format", random.pick(["json", "table"])],
                        files: files, mutation: mutation)
        case 2:
            let mutation = damage(random.pick(["costs.csv", "panel.csv"]))
            return Case(number: number, arguments: ["gap", "--province", "ninh-binh", "--rank", "10", "--costs", "costs.csv",
                                                    "--format", format] + dataArguments, files: files, mutation: mutation)
        case 3, 4:
            let mutation = damage(random.pick(["ca-mau.yaml", "plan.yaml"]))
            let file = mutation.hasPrefix("ca-mau") ? "ca-mau.yaml" : "plan.yaml"
            let out = random.below(3) == 0 ? "results" : nil
            return Case(number: number, arguments: ["run", file, "--scenarios", "16", "--format", random.pick(["json", "table"])]
                            + (out.map { ["--out", $0] } ?? []), files: files, mutation: mutation, output: out)
        case 5:
            let mutation = damage("ca-mau.yaml")
            return Case(number: number, arguments: ["report", "ca-mau.yaml", "--scenarios", "16", "--out", "r.html"],
                        files: files, mutation: mutation, output: "r.html")
        case 6:
            let mutation = damage("plan.yaml")
            return Case(number: number, arguments: ["optimize", "plan.yaml", "--scenarios", "16", "--verify", "16", "--format", "json"],
                        files: files, mutation: mutation)
        case 7:
            let mutation = damage("panel.csv")
            return Case(number: number, arguments: ["backtest"] + dataArguments
                            + ["--scenarios", "100", "--horizon", "1", "--models", "local-level,random-walk", "--shocks", "resample"],
                        files: files, mutation: mutation)
        case 8:
            let mutation = damage(random.pick(["ca-mau.yaml", "costs.csv"]))
            return Case(number: number, arguments: ["gap", "--scenario", "ca-mau.yaml", "--milestones", "--probability",
                                                    random.pick(["0.5", "0.8", "0.5,0.9"]), "--scenarios", "16", "--check", "16",
                                                    "--costs", "costs.csv", "--format", format],
                        files: files, mutation: mutation)
        default:
            // An extreme value for one option of one command.
            let options: [(command: [String], option: String)] = [
                (["run", "ca-mau.yaml"], "--scenarios"), (["run", "ca-mau.yaml"], "--seed"), (["run", "ca-mau.yaml"], "--batch"),
                (["run", "ca-mau.yaml"], "--threads"), (["run", "ca-mau.yaml"], "--lang"), (["score"], "--year"),
                (["score"], "--skewness-threshold"), (["score"], "--max-winsorisation-steps"), (["score"], "--province"),
                (["gap", "--province", "ninh-binh"], "--rank"), (["optimize", "plan.yaml"], "--budget"),
                (["optimize", "plan.yaml"], "--target-probability"), (["backtest"], "--origins"), (["backtest"], "--horizon"),
                (["backtest"], "--top"), (["score"], "--format"), (["score"], "--out"),
                (["gap", "--scenario", "ca-mau.yaml", "--milestones", "--check", "16"], "--probability"),
                (["gap", "--scenario", "ca-mau.yaml", "--milestones", "--probability", "0.5"], "--check"),
            ]
            let (command, option) = random.pick(options)
            let value = random.pick(InputMutator.extremes + ["0", "-1", "7", "1099511627776", "99", "2019-2030", "xx", "/", "."])
            var arguments = command + [option, value]
            if command[0] == "run" || command[0] == "optimize" { arguments += ["--scenarios", "16"] }
            if command[0] == "optimize" && option != "--scenarios" { arguments += ["--verify", "16"] }
            if command[0] == "backtest" { arguments += ["--scenarios", "100", "--models", "random-walk"] }
            if command.contains("--milestones") { arguments += ["--scenarios", "16"] }
            if command[0] == "run" && option == "--scenarios" { arguments = command + [option, value] }
            return Case(number: number, arguments: arguments, files: files, mutation: "\(option) \(value)",
                        output: option == "--out" ? value : nil)
        }
    }

    /// What went wrong with one case, if anything.
    static func check(_ test: Case) throws -> (outcome: String, failure: String?) {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in test.files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        for (name, bytes) in test.binaryFiles { try bytes.write(to: directory.appendingPathComponent(name)) }
        let result = try CommandRunner.runInVietnamese(test.arguments, in: directory, timeout: 120)
        let names = (Array(test.files.keys) + Array(test.binaryFiles.keys)).sorted()
        if result.timedOut { return ("hang", "no answer within 120 s") }
        if let signal = result.signal { return ("signal", "killed by signal \(signal)\n\(result.error.prefix(2_000))") }
        for trace in ["Fatal error", "Stack dump", "Current stack trace", "Crash", "SIGSEGV", "SIGILL", "SIGTRAP"]
        where result.error.contains(trace) {
            return ("trap", "a backtrace on standard error:\n\(result.error.prefix(2_000))")
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        if !leftovers.isEmpty { return ("leftover", "temporary files left behind: \(leftovers)") }
        if result.status == 0 {
            if test.arguments.contains("json"), test.output == nil, test.command != "report" {
                guard (try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) != nil else {
                    return ("invalid", "exit 0 but the JSON does not parse:\n\(result.output.prefix(500))")
                }
            }
            return ("ok", nil)
        }
        // `pii validate` reports the problems it finds on standard output, by design.
        let message = test.command == "validate" && result.error.isEmpty ? result.output : result.error
        let lines = message.split(separator: "\n")
        guard !lines.isEmpty else { return ("silent", "a non-zero exit (\(result.status)) without a message") }
        // One message: a line, the count of further problems, the usage of a bad option.
        if lines.count > 12, test.command != "validate" {
            return ("noisy", "\(lines.count) lines on standard error:\n\(result.error.prefix(1_500))")
        }
        let named = names.contains { message.contains($0) } || message.contains("--") || message.contains("Cách dùng:")
            || message.contains("đầu ra chuẩn") || message.contains(directory.path)
            || test.output.map { !$0.isEmpty && message.contains($0) } == true
        if !named { return ("unnamed", "the message names no file or option:\n\(message.prefix(500))") }
        let english = EnglishWords.found(in: message)
        if !english.isEmpty { return ("english", "English (\(english.joined(separator: ", "))) in the message:\n\(message.prefix(500))") }
        var isFolder: ObjCBool = false
        if let output = test.output, !output.isEmpty, output != "/", output != ".",
           FileManager.default.fileExists(atPath: directory.appendingPathComponent(output).path, isDirectory: &isFolder),
           !isFolder.boolValue {
            // `pii run --out DIR` may leave the files it wrote before a failure, never half of one.
            return ("written", "a failed run left its output file \(output)")
        }
        return ("refused", nil)
    }

    @Test func everyCommandAnswersMalformedInputsWithAMessageOrAResult() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["PII_FUZZ_CASES"].flatMap(Int.init) ?? 240
        let seed = environment["PII_FUZZ_SEED"].flatMap(UInt64.init) ?? 14
        let cases = (0..<count).map { Self.makeCase($0, seed: seed) }
        let results = Results(count: count)
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: count, by: 2) {
                let outcome = (try? Self.check(cases[index])) ?? ("error", "the test could not run the case")
                results.set(index, outcome)
            }
        }
        var tally: [String: [String: Int]] = [:]
        var failures: [String] = []
        for (test, outcome) in zip(cases, results.all) {
            tally[test.command, default: [:]][outcome.outcome, default: 0] += 1
            if let failure = outcome.failure { failures.append("\(test)\n  \(failure)") }
        }
        let summary = tally.keys.sorted().map { command in
            "\(command): " + tally[command]!.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }.joined(separator: "; ")
        print("fuzz: \(count) cases, seed \(seed): \(summary)")
        let report = "\(failures.count) of \(count) cases failed:\n" + failures.prefix(20).joined(separator: "\n")
        #expect(failures.isEmpty, "\(report)")
    }

    /// The cases' outcomes, written by two workers.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [(outcome: String, failure: String?)]

        init(count: Int) { outcomes = Array(repeating: ("", nil), count: count) }

        func set(_ index: Int, _ outcome: (outcome: String, failure: String?)) {
            lock.lock()
            outcomes[index] = outcome
            lock.unlock()
        }

        var all: [(outcome: String, failure: String?)] {
            lock.lock()
            defer { lock.unlock() }
            return outcomes
        }
    }
}
