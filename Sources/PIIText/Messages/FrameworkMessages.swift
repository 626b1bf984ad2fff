// What a framework or a provinces list that cannot be used says. A level arrives as the
// framework file writes it (`block`, `pillar`, `group`, `indicator`).

extension Phrase {
    private static func level(_ level: String) -> Phrase {
        switch level {
        case "block": Phrase(vi: "khối", en: "block")
        case "pillar": Phrase(vi: "trụ cột", en: "pillar")
        case "group": Phrase(vi: "nhóm", en: "group")
        case "indicator": Phrase(vi: "chỉ số", en: "indicator")
        default: Phrase(verbatim: level)
        }
    }

    public static let emptyNodeCode = Phrase(vi: "có một nút mang mã trống", en: "a node has an empty code")
    public static func reservedCode(_ root: String) -> Phrase {
        Phrase(vi: "mã \(root) dành cho chính chỉ số tổng hợp; hãy đặt cho nút một mã khác",
               en: "the code \(root) is reserved for the index itself; give the node another code")
    }
    public static func codeTwice(_ code: String) -> Phrase {
        Phrase(vi: "mã \(code) xuất hiện hai lần; mỗi nút cần một mã riêng", en: "the code \(code) appears twice; every node needs its own code")
    }
    public static func unknownParent(_ code: String, parent: String) -> Phrase {
        Phrase(vi: "\(code) có nút cha \(parent.isEmpty ? "(trống)" : parent), không phải một mã của khung chỉ số",
               en: "\(code) has the parent \(parent.isEmpty ? "(empty)" : parent), which is not a code of the framework")
    }
    public static func noChildren(level: String, code: String) -> Phrase {
        Phrase(vi: "\(Self.level(level).vi) \(code) không có nút con; hãy bỏ nó hoặc gắn các nút vào dưới nó",
               en: "the \(level) \(code) has no children; remove it or hang nodes under it")
    }
    public static func noBlock(_ root: String) -> Phrase {
        Phrase(vi: "khung chỉ số không có khối nào (một nút có level block và parent \(root))",
               en: "the framework has no block (a node with level block and parent \(root))")
    }
    public static func parentCycle(_ cycle: String, root: String) -> Phrase {
        Phrase(vi: "các nút cha tạo thành vòng (\(cycle)); mọi chuỗi nút cha phải kết thúc ở \(root)",
               en: "the parents form a cycle (\(cycle)); every chain of parents must end at \(root)")
    }
    public static func blockUnderIndex(_ code: String, root: String, parent: String) -> Phrase {
        Phrase(vi: "khối \(code) phải nằm ngay dưới chỉ số tổng hợp (parent \(root)), không phải dưới \(parent)",
               en: "the block \(code) must hang under the index (parent \(root)), not under \(parent)")
    }
    /// `actual` is the parent's level, or nil for the index itself.
    public static func wrongParentLevel(level: String, code: String, parent: String, actual: String?, expected: String) -> Phrase {
        let actualVI = actual.map { "một \(Self.level($0).vi)" } ?? "chỉ số tổng hợp"
        let actualEN = actual.map { "a \($0)" } ?? "the index"
        return Phrase(
            vi: "\(Self.level(level).vi) \(code) nằm dưới \(parent), là \(actualVI); một \(Self.level(level).vi) phải nằm dưới một \(Self.level(expected).vi)",
            en: "the \(level) \(code) hangs under \(parent), which is \(actualEN); a \(level) must hang under a \(expected)")
    }
    public static func badWeight(_ code: String, _ weight: String) -> Phrase {
        Phrase(vi: "\(code) có trọng số \(weight); trọng số phải là một số lớn hơn 0",
               en: "\(code) has the weight \(weight); a weight must be a number greater than 0")
    }
    public static func badDirection(_ code: String, _ direction: String) -> Phrase {
        Phrase(vi: "\(code) có chiều \(direction); chiều là 1 (càng cao càng tốt) hoặc -1 (càng thấp càng tốt)",
               en: "\(code) has the direction \(direction); a direction is 1 (higher is better) or -1 (lower is better)")
    }
    public static func badGoalposts(_ code: String, _ goalposts: String) -> Phrase {
        Phrase(vi: "\(code) có các mốc chặn \(goalposts); goalpost_low phải nhỏ hơn goalpost_high",
               en: "\(code) has the goalposts \(goalposts); goalpost_low must be below goalpost_high")
    }
    public static func badDomain(_ code: String, _ domain: String) -> Phrase {
        Phrase(vi: "\(code) có miền giá trị \(domain); domain_min không được lớn hơn domain_max",
               en: "\(code) has the domain \(domain); domain_min must not exceed domain_max")
    }

    // Provinces.
    public static func provincesAlike(_ first: String, _ second: String, key: String) -> Phrase {
        Phrase(vi: "không phân biệt được \(first) với \(second): cả hai đều được gọi là '\(key)'",
               en: "\(first) cannot be told apart from \(second): both are called '\(key)'")
    }
    public static func merger(_ former: String, into: String, year: String?) -> Phrase {
        Phrase(vi: "\(former) đã hợp nhất vào \(into)" + (year.map { " năm \($0)" } ?? ""),
               en: "\(former) merged into \(into)" + (year.map { " in \($0)" } ?? ""))
    }
}
