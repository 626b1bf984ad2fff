import Foundation

// What the forecast models say about the data they were fitted to: the notes and warnings a
// run, a report and a backtest show beside their figures. Numbers are written with the
// language's decimal mark.

extension Phrase {
    public static func driftPartial(trends: Int, of indicators: Int) -> Phrase {
        Phrase(vi: "drift tìm thấy xu hướng bền vững của các tỉnh ở \(trends)/\(indicators) chỉ số; ở các chỉ số còn lại (biến động tự tương quan âm) nó là bước ngẫu nhiên",
               en: "drift finds lasting province trends on \(trends) of \(indicators) indicators; on the others (changes negatively autocorrelated) it is a random walk")
    }
    public static let driftNone = Phrase(
        vi: "không ước lượng được drift trên bộ số liệu này: ở mọi chỉ số các biến động liên tiếp tự tương quan âm (nhiễu, không phải xu hướng bền vững); các lần chạy với drift dùng random-walk thay thế",
        en: "drift cannot be fitted to this panel: on every indicator consecutive changes are negatively autocorrelated (noise, not lasting trends); runs with drift use random-walk instead")
    public static func driftTooShort(_ transitions: Int) -> Phrase {
        Phrase(vi: "drift cần ít nhất hai biến động năm-sau-năm (ba kỳ); bộ số liệu có \(transitions): các lần chạy với drift dùng random-walk thay thế",
               en: "drift needs at least two year-on-year changes (three editions); the panel has \(transitions): runs with drift use random-walk instead")
    }
    public static func historyOnBounds(_ count: Int, codes: String) -> Phrase {
        Phrase(vi: "\(count) giá trị lịch sử nằm đúng trên biên miền giá trị (chỉ số (số lượng): \(codes)); dự báo coi mỗi giá trị đó là cách biên nửa độ phân giải của số liệu",
               en: (count == 1 ? "1 value of the history sits" : "\(count) values of the history sit")
                   + " on a bound of its domain (indicator (count): \(codes)); the forecast takes "
                   + (count == 1 ? "it" : "each") + " as half the data's resolution inside the bound")
    }
    public static func modelNotFitted(_ model: String) -> Phrase {
        Phrase(vi: "không ước lượng được mô hình \(model) trên bộ số liệu này; lần chạy dùng random-walk",
               en: "the model \(model) cannot be fitted to this panel; the run uses random-walk")
    }
    public static let twoEditionsLocalLevel = Phrase(
        vi: "hai kỳ không đủ để phân biệt thay đổi bền vững với nhiễu: local-level coi mọi thay đổi là bền vững (bước ngẫu nhiên)",
        en: "two editions cannot tell lasting change from noise: local-level takes every change as lasting (a random walk)")
    /// "0.5 (40 %), 1.0 (60 %)": each persistence ρ with its weight.
    private static func persistences(_ weights: [(rho: Double, weight: Double)]) -> Phrase {
        decimals(weights.map { String(format: "%.1f (%.0f\u{00A0}%%)", $0.rho, $0.weight * 100) })
    }

    /// A list of numbers written with a point: in Vietnamese with a decimal comma, and so
    /// separated by semicolons.
    private static func decimals(_ items: [String]) -> Phrase {
        Phrase(vi: items.map { $0.replacingOccurrences(of: ".", with: ",") }.joined(separator: "; "), en: items.joined(separator: ", "))
    }

    public static func threeEditionsLocalLevel(_ weights: [(rho: Double, weight: Double)]) -> Phrase {
        let weights = persistences(weights)
        return Phrase(vi: "ba kỳ không đủ để biết độ lệch của một tỉnh khỏi mức của nó kéo dài bao lâu: các kịch bản trải trên ρ = \(weights.vi) (ρ = 1: bền vững)",
                      en: "three editions cannot tell how long a province's departures from its level last: the scenarios spread over ρ = \(weights.en) (ρ = 1: lasting)")
    }
    public static func departuresFromVariogram(_ editions: Int, weights: [(rho: Double, weight: Double)]) -> Phrase {
        let weights = persistences(weights)
        return Phrase(vi: "độ lệch kéo dài bao lâu, ước lượng từ variogram của \(editions) kỳ: ρ = \(weights.vi) (ρ = 1: bền vững)",
                      en: "how long departures last, from the variogram of \(editions) editions: ρ = \(weights.en) (ρ = 1: lasting)")
    }
    public static func editionNoiseScales(_ scales: [Double]) -> Phrase {
        let scales = decimals(scales.map { String(format: "%.2f", $0) })
        return Phrase(vi: "mức nhiễu của từng kỳ (1 = trung bình): \(scales.vi)", en: "noise scale of each edition (1 = average): \(scales.en)")
    }
}

// Names of the methods' choices, as the tables show them: the identifier a user types, with
// its meaning in Vietnamese.
extension Phrase {
    /// A forecast model by its identifier (`local-level`, `mixture`, …).
    public static func model(_ identifier: String) -> Phrase {
        let vietnamese = switch identifier {
        case "local-level": "mức cục bộ"
        case "random-walk": "bước ngẫu nhiên"
        case "drift": "xu hướng"
        case "mean-reversion": "hồi quy về trung bình"
        case "mixture": "hỗn hợp"
        default: ""
        }
        return Phrase(vi: vietnamese.isEmpty ? identifier : "\(vietnamese) (\(identifier))", en: identifier)
    }

    /// An outlier treatment as the scorer reports it (`winsorised`, `log`).
    public static func treatment(_ method: String) -> Phrase {
        switch method {
        case "winsorised": Phrase(vi: "cắt đuôi", en: "winsorised")
        case "log": Phrase(vi: "log co giãn", en: "log")
        default: Phrase(verbatim: method)
        }
    }

    public static func steps(_ count: Int) -> Phrase {
        Phrase(vi: "\(count) bước", en: "\(count) step\(count == 1 ? "" : "s")")
    }

    /// The method's settings, below a score table; the numbers arrive written in the language.
    public static func methodSettings(skewness: String, kurtosis: String, steps: Int, normalised: Bool, missingValues: String) -> Phrase {
        Phrase(vi: "độ lệch > \(skewness), độ nhọn > \(kurtosis), ≤ \(steps) bước cắt đuôi\(normalised ? ", giá trị đã chuẩn hoá" : ""), giá trị thiếu: \(missingValues)",
               en: "skewness > \(skewness), kurtosis > \(kurtosis), ≤ \(steps) winsorisation steps\(normalised ? ", values already normalised" : ""), missing values: \(missingValues)")
    }
}
