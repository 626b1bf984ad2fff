import Testing
@testable import PIIText

/// The string table: every entry has both texts, and the Vietnamese one is not the English
/// one left untranslated.
@Suite struct StringTableTests {
    @Test func everyHelpLineHasBothTexts() {
        for help in Help.allCases {
            let vi = help.text(.vi), en = help.text(.en)
            #expect(!vi.isEmpty && !en.isEmpty, "\(help)")
            #expect(vi != en, "\(help) is not translated")
            #expect(EnglishWords.found(in: vi).isEmpty, "\(help): \(EnglishWords.found(in: vi))")
        }
    }

    @Test func everyLabelHasBothTexts() {
        for label in Label.allCases {
            #expect(!label.text(.vi).isEmpty && !label.text(.en).isEmpty, "\(label)")
        }
    }

    @Test func aPhraseIsShownInTheLanguageAskedFor() {
        let phrase = Phrase.notANumber("'x'")
        #expect(phrase.text(.vi) == "'x' không phải là số")
        #expect(phrase.text(.en) == "'x' is not a number")
        #expect((phrase + Phrase(verbatim: "!")).text(.en) == "'x' is not a number!")
    }

    @Test func theParsersOwnWordsAreTranslated() {
        let english = """
            Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'table', 'json' or 'csv'.
            Usage: pii score <options>
              See 'pii score --help' for more information.
            """
        let vi = ParserText.text(english, in: .vi)
        #expect(vi.contains("Lỗi: Giá trị 'xml' không hợp lệ cho '--format <định-dạng>'. Hãy dùng một trong các giá trị 'table', 'json' hoặc 'csv'."), "\(vi)")
        #expect(vi.contains("Cách dùng: pii score <tuỳ-chọn>"))
        #expect(vi.contains("Xem 'pii score --help' để biết thêm."))
        #expect(ParserText.text(english, in: .en) == english)
    }

    @Test func theDetectorFindsEnglishAndSparesCodesAndQuotes() {
        #expect(EnglishWords.found(in: "the value is not a number") == ["the", "is", "not"])
        #expect(EnglishWords.found(in: "Lỗi: panel.csv:2: value: 'the x' không phải là số; dùng `--lang en` hoặc every_indicator").isEmpty)
    }
}
