import Foundation
import Testing

/// Where outputs go (issue 14, cases 8 and 14–16): a failed write is an error, the old file
/// stays, links are followed but never replaced, folders and read-only files are refused.
@Suite struct OutputFileTests {
    func pii(_ arguments: [String], in directory: URL) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments, in: directory)
        #expect(!result.error.contains("Fatal error"), "\(result.error)")
        return result
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDeviceIsAFailedWrite() throws {
        let directory = try CommandRunner.temporaryDirectory()
        for arguments in [["score", "--out", "/dev/full"], ["gap", "--province", "ninh-binh", "--rank", "10", "--out", "/dev/full"],
                          ["report", RunCommandTests.scenarioPath("ca-mau-2026.yaml"), "--scenarios", "32", "--out", "/dev/full"]] {
            let result = try pii(arguments, in: directory)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.error.contains("cannot write /dev/full: No space left on device"), "\(result.error)")
            #expect(!result.error.contains("report: "))
        }
        // Standard output too: `pii score > /dev/full`.
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["score"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
    }

    @Test func aReadOnlyFileIsLeftAsItIs() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("kept.txt")
        try "old".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        let result = try pii(["score", "--out", "kept.txt"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("is read-only; it was left as it is"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
    }

    @Test func linksAreFollowedAndFoldersRefused() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("folder"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("to-folder").path, withDestinationPath: "folder")
        try "x".write(to: directory.appendingPathComponent("target.csv"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("to-file").path, withDestinationPath: "target.csv")
        for name in ["folder", "to-folder"] {
            let result = try pii(["score", "--out", name], in: directory)
            #expect(result.status != 0)
            #expect(result.error.contains("is a folder, expected a file"), "\(result.error)")
        }
        #expect(try manager.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("to-folder").path) == "folder")
        let written = try pii(["score", "--format", "csv", "--out", "to-file"], in: directory)
        #expect(written.status == 0, "\(written.error)")
        #expect(try manager.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("to-file").path) == "target.csv")
        #expect(try String(contentsOf: directory.appendingPathComponent("target.csv"), encoding: .utf8).contains("rank,id,name"))
        let empty = try pii(["score", "--out", ""], in: directory)
        #expect(empty.status != 0 && empty.error.contains("--out needs a file name"))
        let leftovers = try manager.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFolderGivenAsAnInputFileIsNamedAsOne() throws {
        let directory = try CommandRunner.temporaryDirectory()
        for arguments in [["score", "--data", directory.path], ["run", directory.path]] {
            let result = try pii(arguments, in: directory)
            #expect(result.status != 0)
            #expect(result.error.contains("is a folder, expected a"), "\(result.error)")
            #expect(!result.error.contains("NSCocoaErrorDomain"))
        }
    }
}
