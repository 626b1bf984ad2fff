import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import PIIText

/// What every request passes through: the token when the server has one, the session
/// cookie, the headers that keep the pages to the server's own assets, and every error turned
/// into a JSON answer with a 4xx status (a 500 says nothing of the server's insides).
struct FrontDoor: RouterMiddleware {
    typealias Context = RoomContext
    let token: String?

    /// The server's own scripts, styles and images only; no frame, no inline code, no other
    /// origin (a department network may have no internet, and an uploaded name is never code).
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: RoomContext, next: (Request, RoomContext) async throws -> Response) async throws -> Response {
        var context = context
        var cookies: [String] = []
        if let token {
            if let given = request.query("token"), Self.same(given, token) {
                cookies.append("pii_token=\(token); Path=/; HttpOnly; SameSite=Strict")
            } else if !Self.presents(token, request) {
                return secured(APIError(.unauthorized, .tokenNeeded, request.language).response(), cookies: [])
            }
        }
        if let id = request.cookies["pii_session"]?.value, Self.isSessionID(id) {
            context.session = id
        } else {
            context.session = ServerSettings.generatedToken()
            cookies.append("pii_session=\(context.session); Path=/; HttpOnly; SameSite=Strict")
        }
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = error.response()
        } catch let error as HTTPError {
            response = APIError(error.status, error.body ?? error.status.reasonPhrase).response()
        } catch is NIOTooManyBytesError {
            response = APIError(.contentTooLarge, .bodyTooLarge, request.language).response()
        } catch let error as any LocalisedError {
            response = APIError(.badRequest, error.text(request.language)).response()
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(error)")
            response = APIError(.internalServerError, .serverFault, request.language).response()
        }
        return secured(response, cookies: cookies)
    }

    private func secured(_ response: Response, cookies: [String]) -> Response {
        var response = response
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        for cookie in cookies { response.headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return response
    }

    /// The token as a bearer header or the cookie the first visit set.
    private static func presents(_ token: String, _ request: Request) -> Bool {
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "), same(String(header.dropFirst(7)), token) {
            return true
        }
        return request.cookies["pii_token"].map { same($0.value, token) } ?? false
    }

    /// Compares in time that does not depend on where the texts differ.
    private static func same(_ given: String, _ token: String) -> Bool {
        let a = Array(given.utf8), b = Array(token.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func isSessionID(_ id: String) -> Bool {
        id.utf8.count == 32 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}

extension APIError {
    func response() -> Response {
        .json(.object([("error", .string(message))]), status: status)
    }
}
