// Every module that knows the method also speaks both languages: `Language`, `Phrase` and the
// string table come with PIIIndex, as swift-numerics' `Numerics` brings its parts.
@_exported import PIIText
