import Foundation
import Testing

@Suite struct LanguageChoiceTests {
    @Test func piiLangChoosesTheDefaultAndLangOverridesIt() throws {
        #expect(try CommandRunner.run(["score"], environment: ["PII_LANG": ""]).output.hasPrefix("Xếp hạng PII 2025"))
        #expect(try CommandRunner.run(["score"]).output.hasPrefix("PII ranking 2025"))
        #expect(try CommandRunner.runInVietnamese(["score", "--lang", "vi"], environment: ["PII_LANG": "en"]).output.hasPrefix("Xếp hạng PII 2025"))
        // A stray value is ignored, not fatal.
        #expect(try CommandRunner.runInVietnamese(["score"], environment: ["PII_LANG": "fr"]).output.hasPrefix("Xếp hạng PII 2025"))
    }
}
