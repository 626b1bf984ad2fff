import Foundation
import Hummingbird
import PIIReports

/// The page, its script and styles, and the API's description, read once from the module's
/// resources: the browser needs nothing from another origin. `report.css` is the HTML
/// report's own style sheet, so that the charts look as they do in a report.
struct Site: Sendable {
    private let files: [String: (type: String, bytes: Data)]

    init() throws {
        var files: [String: (String, Data)] = ["report.css": ("text/css; charset=utf-8", Data(HTMLReport.style.utf8))]
        let types = ["html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8",
                     "css": "text/css; charset=utf-8", "json": "application/json; charset=utf-8"]
        guard let folder = Bundle.module.url(forResource: "Site", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            guard let type = types[(name as NSString).pathExtension] else { continue }
            files[name] = (type, try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        self.files = files
    }

    /// The file `name`, or 404; nothing but the names read at start is ever looked up.
    func page(_ name: String) -> Response {
        guard let file = files[name] else {
            return APIError(.notFound, "\(name): no such page").response()
        }
        return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}
