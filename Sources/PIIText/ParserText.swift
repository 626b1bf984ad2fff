import Foundation

/// The words swift-argument-parser writes itself — the headings of a help page, its standard
/// option lines and its own parse errors — and their Vietnamese. The parser has no hook for
/// them, so its finished text is rewritten; each rule is a regular expression and a template
/// (`$1` … for what it captured), tried in order.
public enum ParserText {
    private static let rules: [(pattern: String, vietnamese: String)] = [
        // Help pages.
        (#"(?m)^OVERVIEW: "#, "TỔNG QUAN: "),
        (#"(?m)^USAGE: "#, "CÁCH DÙNG: "),
        (#"(?m)^ARGUMENTS:$"#, "ĐỐI SỐ:"),
        (#"(?m)^OPTIONS:$"#, "TUỲ CHỌN:"),
        (#"(?m)^SUBCOMMANDS:$"#, "LỆNH CON:"),
        (#"Show subcommand help information\."#, "Hiện trợ giúp của một lệnh con."),
        (#"Show help information\."#, "Hiện trang trợ giúp này."),
        (#"Show the version\."#, "Hiện số phiên bản."),
        (#"See '([^']+)' for detailed help\."#, "Xem '$1' để có trợ giúp chi tiết."),
        (#"See '([^']+)' for more information\."#, "Xem '$1' để biết thêm."),
        (#"\(values:(\s+)"#, "(giá trị:$1"),
        (#"([(;]\s*)default:"#, "$1mặc định:"),
        (#"<options>"#, "<tuỳ-chọn>"),
        (#"<subcommand>"#, "<lệnh-con>"),
        // Value names: those the options give and those the parser takes from a property.
        (#"<(?:scenario|scenarioFile)>"#, "<kịch-bản>"),
        (#"<scenarios>"#, "<số-kịch-bản>"),
        (#"<file(?:\.yaml|\.html)?>"#, "<tệp>"),
        (#"<folder>"#, "<thư-mục>"),
        (#"<path>"#, "<đường-dẫn>"),
        (#"<seed>"#, "<hạt-giống>"),
        (#"<threads>"#, "<số-luồng>"),
        (#"<batch>"#, "<lô>"),
        (#"<format>"#, "<định-dạng>"),
        (#"<lang>"#, "<ngôn-ngữ>"),
        (#"<name>"#, "<tên>"),
        (#"<year>"#, "<năm>"),
        (#"<amount>"#, "<số-tiền>"),
        (#"<rule>"#, "<quy-tắc>"),
        (#"<windows>"#, "<các-khoảng>"),
        (#"<models>"#, "<mô-hình>"),
        (#"<kinds>"#, "<loại>"),
        (#"<horizon>"#, "<số-kỳ>"),
        (#"<kernel>"#, "<cách>"),
        (#"<(?:skewness|kurtosis)-threshold>"#, "<ngưỡng>"),
        (#"<max-winsorisation-steps>"#, "<số-bước>"),
        (#"<model>"#, "<mô-hình>"),
        (#"<objective>"#, "<mục-tiêu>"),
        (#"<only>"#, "<phần>"),
        (#"<runs>"#, "<số-lần>"),
        (#"<top>"#, "<hạng>"),
        (#"<verify>"#, "<số-kịch-bản>"),
        (#"<width>"#, "<độ-rộng>"),
        (#"<layout>"#, "<dạng>"),
        // A default's decimal point, as Vietnamese writes it.
        (#"(mặc định: -?\d+)\.(\d+)"#, "$1,$2"),
        // Parse errors.
        (#"(?m)^Error: "#, "Lỗi: "),
        (#"(?m)^Usage: "#, "Cách dùng: "),
        (#"(?m)^Help: "#, "Trợ giúp: "),
        (#"Missing expected argument '([^']*)'"#, "Thiếu đối số bắt buộc '$1'"),
        (#"Missing one of: "#, "Cần một trong các đối số: "),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "Không có tuỳ chọn '$1'. Có phải là '$2'?"),
        (#"Unknown option '([^']*)'"#, "Không có tuỳ chọn '$1'"),
        (#"Missing value for '([^']*)'"#, "Thiếu giá trị cho '$1'"),
        (#"(\d+) unexpected arguments: "#, "$1 đối số thừa: "),
        (#"Unexpected argument '([^']*)'"#, "Đối số thừa '$1'"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Giá trị '$1' không hợp lệ cho '$2'"),
        (#"The value '([^']*)' is invalid\."#, "Giá trị '$1' không hợp lệ."),
        (#"Please provide one of the following:"#, "Hãy dùng một trong các giá trị sau:"),
        (#"Please provide one of ('[^']*'(?:, '[^']*')*) (?:and|or) ('[^']*')\."#, "Hãy dùng một trong các giá trị $1 hoặc $2."),
        (#"Please provide one of ('[^']*')\."#, "Hãy dùng giá trị $1."),
        (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#,
         "Tuỳ chọn '$1' không nhận giá trị, nhưng lại được cho '$2'."),
        (#"Missing required subcommand\."#, "Thiếu lệnh con."),
        (#"Value to be set with (.*) had already been set with (.*)"#, "Giá trị cho $1 đã được đặt bằng $2"),
        (#"(?<=[ (])flag '"#, "cờ '"),
        (#"position (\d+)"#, "vị trí $1"),
        (#"Invalid option: "#, "Tuỳ chọn không hợp lệ: "),
    ]

    private static let compiled: [(NSRegularExpression, String)] = rules.map { rule in
        // The patterns are constants of this file; one that does not compile is a bug here.
        (try! NSRegularExpression(pattern: rule.pattern), rule.vietnamese)
    }

    /// `text`, written by the argument parser in English, in `language`.
    public static func text(_ text: String, in language: Language) -> String {
        guard language == .vi else { return text }
        var result = markingLabelColumn(text)
        for (expression, template) in compiled {
            let range = NSRange(result.startIndex..., in: result)
            result = expression.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return aligningLabelColumn(result)
    }

    // A help page sets each option's text in a column after its label ("  --seed <seed>", padded
    // to `labelColumn`): the label's placeholders change length in Vietnamese, so the padding
    // is replaced by a mark before the rules run and laid out again after, as the parser would.
    private static let labelColumn = 26
    private static let mark: Character = "\u{1F}"

    private static func markingLabelColumn(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let characters = Array(line)
            guard characters.count > labelColumn, characters[0] == " ", characters[1] == " ",
                  characters[2] == "-" || characters[2] == "<", characters[labelColumn - 1] == " ", characters[labelColumn] != " "
            else { return String(line) }
            let label = String(characters[..<labelColumn]).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            return label + String(mark) + String(characters[labelColumn...])
        }.joined(separator: "\n")
    }

    private static func aligningLabelColumn(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let at = line.firstIndex(of: mark) else { return String(line) }
            let label = String(line[..<at]), rest = String(line[line.index(after: at)...])
            let padding = String(repeating: " ", count: labelColumn)
            if label.count < labelColumn { return label + String(padding.prefix(labelColumn - label.count)) + rest }
            return label + "\n" + padding + rest
        }.joined(separator: "\n")
    }
}
