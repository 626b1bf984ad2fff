import Foundation
import Hummingbird
import PIIReports
import PIIText

/// A refused request: its status and the message a file with the same problem would get, in
/// the page's language. Sent as `{"error": "…"}`.
struct APIError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    init(_ status: HTTPResponse.Status, _ phrase: Phrase, _ language: Language) {
        self.init(status, phrase.text(language))
    }

    var headers: HTTPFields { [:] }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        response()
    }
}

extension Response {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        text(value.serialised(), type: "application/json; charset=utf-8", status: status)
    }

    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok, download: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
