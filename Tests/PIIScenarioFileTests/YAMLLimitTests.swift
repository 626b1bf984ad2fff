import Foundation
import PIIData
import PIIForecast
import PIISimulation
import PIITestSupport
import Testing
@testable import PIIScenarioFile

/// Issue 14, case 6: what the parser must never be given — anchors and aliases (an alias bomb
/// used as a mapping key took minutes) and nesting deeper than any scenario — is refused on
/// the text, with its line; text that only looks like one is not.
@Suite struct YAMLLimitTests {
    func message(_ text: String) -> String? {
        refusal { _ = try ScenarioDocument.parse(text: text, file: "test.yaml") }?.text(.en)
    }

    @Test func anAliasBombUsedAsAKeyIsRefusedAtOnce() {
        var text = "province: ninh-binh\na0: &a0 [x, x, x, x, x, x]\n"
        for level in 1...8 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 6).joined(separator: ", ") + "]\n"
        }
        text += "name:\n  ? *a8\n  : x\n"
        #expect(message(text)?.contains("test.yaml:2: anchors and aliases (&name) are not supported") == true)
    }

    @Test(arguments: [
        ("province: ninh-binh\nname: *x\n", "test.yaml:2: anchors and aliases (*name)"),
        ("province: ninh-binh\nmilestones:\n  - &m {year: 2027, rank_at_most: 13}\n", "test.yaml:3: anchors and aliases (&name)"),
        ("province: ninh-binh\nname: [*x]\n", "test.yaml:2: anchors and aliases (*name)"),
        ("province: ninh-binh\nname: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n",
         "test.yaml:2: the brackets nest deeper than 32 levels"),
        ("province: ninh-binh\nname:\n" + String(repeating: " ", count: 300) + "x\n", "test.yaml:3: the line is indented more than 200 spaces"),
    ])
    func dangerousStructuresAreNamedWithTheirLine(text: String, expected: String) {
        #expect(message(text)?.contains(expected) == true, "\(message(text) ?? "accepted")")
    }

    @Test(arguments: [
        "province: ninh-binh\nname: Hỗ trợ R&D và *đổi mới* sáng tạo\n",
        "province: ninh-binh\nname: \"*quoted* & fine\"\n",
        "province: ninh-binh # a comment with &anchor and *alias\nname: 'it''s *fine*'\n",
    ])
    func textThatOnlyLooksLikeAnAliasIsText(text: String) {
        #expect(message(text) == nil, "\(message(text) ?? "")")
    }
}
