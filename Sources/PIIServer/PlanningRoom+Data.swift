import Foundation
import Hummingbird
import NIOCore
import PIIData
import PIIForecast
import PIIIndex
import PIIReports
import PIIText

/// The data page's uploads, and the pathway page's gap.
extension PlanningRoom {
    static let uploadKinds = ["panel", "provinces", "framework"]

    /// One file of the session's data (`?kind=panel|provinces|framework&name=…`, the bytes as
    /// the body), read in memory with the other uploads and the defaults for the rest, and
    /// validated as `pii validate` does; the data is the session's when it has no errors.
    func upload(_ request: Request, _ context: RoomContext) async throws -> Response {
        let language = request.language
        let kind = request.query("kind") ?? "panel"
        guard Self.uploadKinds.contains(kind) else { throw APIError(.badRequest, .unknownUploadKind(quoted(kind)), language) }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: settings.uploadLimit)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, .uploadTooLarge(settings.uploadLimit >> 20), language)
        }
        // The name only labels messages: its last component, never a path on this machine.
        let given = (request.query("name") ?? "\(kind).csv").split(separator: "/").last.map(String.init) ?? "\(kind).csv"
        let file = UploadedFile(name: String(given.prefix(120)), contents: Data(buffer: body))
        var uploads = await sessions.session(context.session).uploads
        uploads[kind] = file
        let files = uploads
        let reading = try await pool.run { () throws -> (DataSet, ValidationReport, ForecastFit?) in
            let data = try DataSet.read(framework: files["framework"], provinces: files["provinces"], panel: files["panel"])
            let report = DataValidation.check(data)
            let fit = report.isValid
                ? try ForecastFit(panel: data.panel, framework: data.framework, valuesAreNormalised: data.valuesAreNormalised)
                : nil
            return (data, report, fit)
        }
        guard let (data, report, fit) = reading else { throw APIError(.serviceUnavailable, .serverBusy, language) }
        await sessions.update(context.session) { session in
            session.uploads = uploads
            session.uploaded = fit.map { (data, $0) }
        }
        let output = ValidationOutput(data: data, report: report, language: language,
                                      settings: MethodSettings(valuesAreNormalised: data.valuesAreNormalised))
        return .json(.object([
            ("used", .bool(fit != nil)), ("text", .string(output.table())), ("validation", output.json()),
        ]))
    }

    /// What the indicators must reach for a rank on the last edition (`pii gap`), for
    /// `{"province": …, "rank": k, "year": optional}`.
    func gap(_ request: Request, _ context: RoomContext) async throws -> Response {
        let language = request.language
        let body = try await request.body.collect(upTo: settings.bodyLimit)
        guard let fields = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any],
              let name = fields["province"] as? String, let rank = fields["rank"] as? Int,
              fields["year"] == nil || fields["year"] is Int else {
            throw APIError(.badRequest, .gapBodyFields, language)
        }
        let (data, _) = await sessionData(context)
        let province = try data.provinces.lookUp(name).number
        let (year, table) = try data.table(year: fields["year"] as? Int)
        let settings = MethodSettings(valuesAreNormalised: data.valuesAreNormalised)
        let report = try GapReport.solve(data: data, table: table, province: province, targetRank: rank, basis: String(year),
                                         costs: nil, odds: nil, settings: settings, language: language)
        return .json(report.json())
    }
}
