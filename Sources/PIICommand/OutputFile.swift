import Foundation
import PIIIndex
import PIIData

// Every output a command writes goes through here, so that a failed write is always an error
// and never leaves half a file.
//
// What `--out` does with what is already there (README, "Where outputs go"):
// - a new or existing regular file: written to a temporary file beside it, then renamed over
//   it in one step, so an interrupted run leaves the old file;
// - a symbolic link: followed, and its target is written as above (the link stays a link);
// - a folder: refused ("is a folder, expected a file");
// - a file without write permission: refused, and left as it is (even for root);
// - a device or a pipe (`/dev/stdout`, `/dev/null`): written into directly, every error
//   reported (`/dev/full`: "no space left on device").

/// Writes `text` to `path`, or to standard output when `path` is nil; a failed write is an
/// error (a closed pipe or a full disk is not success).
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            throw UserError(.cannotWriteStandardOutput(reason(error)))
        }
        return
    }
    try writeAtomically(text, to: try outputURL(path))
}

/// Writes an HTML document and says where it went.
func writeDocument(_ text: String, to path: String) throws {
    try writeAtomically(text, to: try outputURL(path))
    FileHandle.standardError.write(Data("report: \(path)\n".utf8))
}

/// Writes files into `folder` (created if needed), each through a temporary file, and the
/// CSV files among them once more as the sheets of the workbook `workbook` (when named).
func writeFiles(_ files: [(name: String, text: String)], into folder: String, workbook: String?) throws {
    guard !folder.isEmpty else { throw UserError(.outNeedsFolder) }
    let directory = URL(fileURLWithPath: folder)
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
    if exists, !isFolder.boolValue {
        throw UserError(.outIsAFile(folder, files: files.map(\.name).joined(separator: ", ")))
    }
    // `--out run.json` meant a file: a new folder of that name would surprise everyone.
    let fileEndings = ["json", "csv", "xlsx", "html", "htm", "txt", "yaml", "yml"]
    if !exists, fileEndings.contains(directory.pathExtension.lowercased()) {
        throw UserError(.outLooksLikeAFile(folder, files: files.map(\.name).joined(separator: ", "), json: directory.lastPathComponent))
    }
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
        throw UserError(.cannotCreateFolder(folder, reason(error)))
    }
    for (name, text) in files {
        try writeAtomically(text, to: directory.appendingPathComponent(name))
    }
    guard let workbook else { return }
    let sheets = try files.filter { $0.name.hasSuffix(".csv") }.map {
        try workbookSheet(String($0.name.dropLast(4)), csv: $0.text)
    }
    if !sheets.isEmpty { try writeWorkbook(sheets, to: directory.appendingPathComponent(workbook).path) }
}

/// The file an output path names, with links followed.
private func outputURL(_ path: String) throws -> URL {
    guard !path.isEmpty else { throw UserError(.outNeedsFile) }
    return URL(fileURLWithPath: path).resolvingSymlinksInPath()
}

func writeAtomically(_ text: String, to url: URL) throws {
    try writeAtomically(Data(text.utf8), to: url)
}

/// Writes a workbook of `sheets` to `path` (through a temporary file) and says where it went.
func writeWorkbook(_ sheets: [WorkbookSheet], to path: String) throws {
    let data: Data
    do {
        data = try WorkbookWriter.data(sheets)
    } catch let error as InputError {
        throw UserError(.cannotWrite(path, error.message))
    }
    try writeAtomically(data, to: try outputURL(path))
}

func writeAtomically(_ data: Data, to url: URL) throws {
    var status = stat()
    if stat(url.path, &status) == 0 {
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw UserError(.outputIsAFolder(url.path))
        case S_IFREG:
            guard status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) != 0 else {
                throw UserError(.readOnly(url.path))
            }
        default:
            try writeDirectly(data, to: url)
            return
        }
    }
    let temporary = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
        try data.write(to: temporary)
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw UserError(.cannotWrite(url.path, Phrase(verbatim: reason(error))))
    }
    // rename(2) replaces an existing file in one step (Foundation's replaceItemAt lost the
    // file on Linux when it already existed).
    guard rename(temporary.path, url.path) == 0 else {
        let cause = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw UserError(.cannotWrite(url.path, Phrase(verbatim: cause)))
    }
}

/// Writes into a device or pipe, which cannot be replaced by a rename.
private func writeDirectly(_ data: Data, to url: URL) throws {
    do {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    } catch let error as NSError where error.domain == NSPOSIXErrorDomain && error.code == Int(EINVAL) {
        // Devices such as /dev/stdout cannot be synchronised; the write itself succeeded.
    } catch {
        throw UserError(.cannotWrite(url.path, Phrase(verbatim: reason(error))))
    }
}

/// A system error's reason in a few words ("no space left on device"), not Foundation's
/// "The operation could not be completed" wrapping.
private func reason(_ error: Error) -> String {
    let error = error as NSError
    if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(underlying.code)))
    }
    return error.localizedDescription
}
