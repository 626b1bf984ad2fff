import PIIData
import PIIIndex

/// What a year's missing values do to the ranks: for every province with a gap, how many
/// values it misses and the rank it would have if each counted as the lowest score.
///
/// Under the default rule (`renormalise`) a gap in a weak indicator lifts a province, and
/// nothing in the ranking shows it; every output that ranks provinces carries this note so
/// that the lift is seen beside the rank (the plan asks that no indicator go unreported).
public struct MissingValueNote: Sendable {
    public struct Entry: Sendable, Equatable {
        public var province: Int
        /// Values missing among the indicators some province reports that year.
        public var missing: Int
        /// The rank under the rule in force, and under `lowest`.
        public var rank: Int?
        public var rankIfLowest: Int?
    }

    public let year: Int
    public let rule: MissingValueRule
    public let entries: [Entry]

    /// - Parameter ranks: the year's ranks under `settings` (already computed by the caller).
    public init(framework: Framework, table: IndicatorTable, year: Int, settings: MethodSettings, ranks: [Int?]) {
        self.year = year
        rule = settings.missingValues
        let reported = (0..<table.indicatorCount).filter { i in
            (0..<table.provinceCount).contains { !table.rawValue(province: $0, indicator: i).isNaN }
        }
        // A province with no value at all has no rank under any rule; validation says so.
        let missing = (0..<table.provinceCount).map { p in
            let gaps = reported.reduce(0) { $0 + (table.rawValue(province: p, indicator: $1).isNaN ? 1 : 0) }
            return gaps == reported.count ? 0 : gaps
        }
        guard missing.contains(where: { $0 > 0 }) else {
            entries = []
            return
        }
        var lowest = settings
        lowest.missingValues = .lowest
        let ranksIfLowest = settings.missingValues == .lowest
            ? ranks : BatchScorer(framework: framework, settings: lowest).score(table).ranks
        entries = missing.indices.filter { missing[$0] > 0 }.map {
            Entry(province: $0, missing: missing[$0], rank: ranks[$0], rankIfLowest: ranksIfLowest[$0])
        }
    }

    /// One line per province with a gap, such as "Ninh Bình thiếu 8 giá trị năm 2025 (bỏ qua,
    /// trọng số chia lại); nếu tính ở mức thấp nhất: hạng 22 thay vì 7".
    public func lines(_ provinces: ProvinceSet, language: Language) -> [String] {
        return entries.map { entry in
            let name = provinces[entry.province].name
            let rank = entry.rank.map(String.init) ?? "–", lowest = entry.rankIfLowest.map(String.init) ?? "–"
            let head = Phrase.missesValues(name, entry.missing, year: year).text(language)
            if rule == .lowest {
                return head + (Phrase.countedAsLowest(rank).text(language))
            }
            let ruleName = (rule == .zero ? Phrase.takenAsZero : Phrase.leftOutRenormalised).text(language)
            if entry.rank == entry.rankIfLowest {
                return head + (Phrase.lowestSameRank(ruleName, rank).text(language))
            }
            return head + (Phrase.lowestOtherRank(ruleName, lowest, rank).text(language))
        }
    }

    public func json(_ provinces: ProvinceSet) -> JSONValue {
        .array(entries.map { entry in
            .object([
                ("id", .string(provinces[entry.province].id)),
                ("year", .integer(year)),
                ("missing", .integer(entry.missing)),
                ("rank", .integer(entry.rank)),
                ("rank_if_lowest", .integer(entry.rankIfLowest)),
            ])
        })
    }
}
