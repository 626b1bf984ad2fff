import Foundation
import Hummingbird
import PIIData
import PIIForecast
import PIIIndex
import PIIReports
import PIIText

/// The overview page: what the data holds, the ranking of a year, a province's profile.
extension PlanningRoom {
    func meta(_ request: Request, _ context: RoomContext) async throws -> Response {
        let language = request.language
        let (data, _) = await sessionData(context)
        let session = await sessions.session(context.session)
        let framework = data.framework
        return .json(.object([
            ("provinces", .array(data.provinces.provinces.map {
                .object([("id", .string($0.id)), ("name", .string($0.name))])
            })),
            ("indicators", .array(framework.indicators.map {
                .object([("code", .string($0.code)), ("name", .string($0.name(in: language))),
                         ("unit", .string($0.unit)), ("owner", .string($0.owner))])
            })),
            ("years", .array(data.panel.years.map { .integer($0) })),
            ("models", .array(ForecastModel.allCases.map { .string($0.rawValue) })),
            ("data", .object([
                ("panel", .string(data.panelDescription)),
                ("illustrative", .bool(data.panelIsIllustrative)),
                ("uploaded", .array(session.uploads.keys.sorted().map { .string($0) })),
            ])),
            ("limits", .object([
                ("maximum_scenarios", .integer(settings.maximumScenarios)),
                ("upload_bytes", .integer(settings.uploadLimit)),
            ])),
        ]))
    }

    func ranking(_ request: Request, _ context: RoomContext) async throws -> Response {
        .json(try await scores(request, context).json())
    }

    func profile(_ request: Request, _ context: RoomContext) async throws -> Response {
        let report = try await scores(request, context)
        let name = request.query("province") ?? ""
        let province = try report.data.provinces.lookUp(name).number
        return .json(ProfileReport(score: report, province: province).json())
    }

    /// The scores of `?year=` (by default the latest edition), as `pii score` gives them.
    private func scores(_ request: Request, _ context: RoomContext) async throws -> ScoreReport {
        let (data, _) = await sessionData(context)
        let (year, table) = try data.table(year: try request.integer("year"))
        let settings = MethodSettings(valuesAreNormalised: data.valuesAreNormalised)
        let scores = BatchScorer(framework: data.framework, settings: settings).score(table)
        return ScoreReport(data: data, year: year, scores: scores, settings: settings, language: request.language)
    }
}
