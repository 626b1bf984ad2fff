// What pii serve refuses, and what it prints when it starts.

extension Phrase {
    public static func queryNotAnInteger(_ name: String, _ value: String) -> Phrase {
        Phrase(vi: "\(name) phải là một số nguyên, không phải \(value)", en: "\(name) must be a whole number, not \(value)")
    }
    public static let tokenNeeded = Phrase(
        vi: "cần mã truy cập: mở địa chỉ có ?token=… mà lệnh pii serve đã in ra, hoặc gửi tiêu đề Authorization: Bearer …",
        en: "a token is needed: open the address with ?token=… that pii serve printed, or send Authorization: Bearer …")
    public static let bodyTooLarge = Phrase(
        vi: "nội dung gửi lên quá lớn", en: "the request body is too large")
    public static func uploadTooLarge(_ megabytes: Int) -> Phrase {
        Phrase(vi: "tệp tải lên quá lớn: tối đa \(megabytes) MB", en: "the upload is too large: at most \(megabytes) MB")
    }
    public static let serverFault = Phrase(
        vi: "lỗi bên trong máy chủ; thông tin chi tiết nằm trong nhật ký của pii serve",
        en: "the server failed; the details are in pii serve's log")
    public static let serverBusy = Phrase(
        vi: "máy chủ đang bận với quá nhiều yêu cầu; hãy thử lại sau ít giây",
        en: "the server is busy with too many requests; try again in a few seconds")
    public static let superseded = Phrase(
        vi: "đã thay bằng một yêu cầu mới hơn của cùng phiên", en: "replaced by a newer request of the same session")
    public static func fileOutsideScenarios(_ field: String) -> Phrase {
        Phrase(vi: "\(field): qua trang web chỉ dùng được tệp trong thư mục kịch bản của máy chủ; hãy tải dữ liệu lên ở trang Dữ liệu",
               en: "\(field): over the web only files in the server's scenarios folder can be used; upload data on the Data page")
    }
    public static func unknownScenarioFile(_ name: String) -> Phrase {
        Phrase(vi: "không có kịch bản \(name) trong thư mục kịch bản", en: "no scenario \(name) in the scenarios folder")
    }
    public static func unknownUploadKind(_ kind: String) -> Phrase {
        Phrase(vi: "kind phải là panel, provinces hoặc framework, không phải \(kind)",
               en: "kind must be panel, provinces or framework, not \(kind)")
    }
    public static func tooManyScenarios(_ count: Int, limit: Int) -> Phrase {
        Phrase(vi: "scenarios: \(count) kịch bản vượt giới hạn \(limit) của máy chủ", en: "scenarios: \(count) is above the server's limit of \(limit)")
    }
    public static let gapBodyFields = Phrase(
        vi: "cần một đối tượng JSON có province (tên hoặc mã tỉnh), rank (số nguyên) và có thể có year",
        en: "expected a JSON object with province (a name or id), rank (a whole number) and optionally year")
    public static func serveListening(_ address: String) -> Phrase {
        Phrase(vi: "pii serve đang chạy: mở \(address) trong trình duyệt (Ctrl-C để dừng)",
               en: "pii serve is running: open \(address) in a browser (Ctrl-C to stop)")
    }
    public static let serveTokenGenerated = Phrase(
        vi: "máy chủ nghe trên mạng nên cần mã truy cập; mã được tạo ngẫu nhiên (đặt --token để chọn mã)",
        en: "the server listens on the network, so it needs a token; this one was generated (--token sets one)")
    public static let tokenShape = Phrase(
        vi: "--token phải có ít nhất 8 ký tự, chỉ gồm chữ, số, - và _",
        en: "--token must be at least 8 characters of letters, digits, - and _")
    public static func queryNotANumber(_ name: String, _ value: String) -> Phrase {
        Phrase(vi: "\(name) phải là một số, không phải \(value)", en: "\(name) must be a number, not \(value)")
    }
    public static func queryRange(_ name: String, _ low: Int, _ high: Int) -> Phrase {
        Phrase(vi: "\(name) phải từ \(low) đến \(high)", en: "\(name) must be between \(low) and \(high)")
    }
    public static func unknownObjective(_ name: String, _ names: String) -> Phrase {
        Phrase(vi: "objective phải là một trong \(names), không phải \(name)", en: "objective must be one of \(names), not \(name)")
    }
    public static let budgetOrProbabilityQuery = Phrase(
        vi: "hãy cho budget (xác suất cao nhất trong ngân sách) hoặc target_probability (chi phí thấp nhất), không cả hai; budget ≥ 0, target_probability trong (0, 1]",
        en: "give budget (best odds within it) or target_probability (least cost), not both; budget ≥ 0, target_probability in (0, 1]")
    public static let savedFromPage = Phrase(
        vi: "Lưu từ trang Kịch bản của pii serve: pii run với tệp này cho đúng các con số của trang (cùng hạt giống, cùng số kịch bản).",
        en: "Saved from pii serve's what-if page: pii run on this file gives the page's numbers (same seed, same scenario count).")
}
