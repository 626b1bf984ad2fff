/// A forward scanner over the XML parts of an `.xlsx` workbook: start and end tags with their
/// attributes, and the text between them, entities decoded.
///
/// Workbook parts are machine-written XML in a handful of shapes; a scanner of bytes reads a
/// 450,000-cell sheet several times faster than a general parser building nodes (see
/// docs/data-formats.md). What it leaves out — DTDs, processing instructions, comments,
/// CDATA — it skips; namespace prefixes (`x:row`) are dropped from names.
struct XMLScanner {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next tag, or nil at the end of the part. Text before it is skipped; read it with
    /// `text(until:)` right after the start tag that holds it.
    mutating func next() -> (name: ArraySlice<UInt8>, attributes: Range<Int>, isEnd: Bool, closes: Bool)? {
        while position < bytes.count {
            guard let open = bytes[position...].firstIndex(of: UInt8(ascii: "<")) else {
                position = bytes.count
                return nil
            }
            position = open + 1
            guard position < bytes.count else { return nil }
            let first = bytes[position]
            if first == UInt8(ascii: "?") || first == UInt8(ascii: "!") {
                skipDeclaration()
                continue
            }
            let isEnd = first == UInt8(ascii: "/")
            if isEnd { position += 1 }
            let nameStart = position
            while position < bytes.count, !Self.endsName(bytes[position]) { position += 1 }
            var name = bytes[nameStart..<position]
            if let colon = name.lastIndex(of: UInt8(ascii: ":")) { name = bytes[(colon + 1)..<position] }
            let attributesStart = position
            var quote: UInt8 = 0
            while position < bytes.count {
                let byte = bytes[position]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                position += 1
            }
            let closes = position > attributesStart && bytes[position - 1] == UInt8(ascii: "/")
            let attributes = attributesStart..<(closes ? position - 1 : position)
            position += 1
            return (name, attributes, isEnd, closes)
        }
        return nil
    }

    /// The value of attribute `name` (without prefix) in `range`, entities decoded.
    func attribute(_ name: String, in range: Range<Int>) -> String? {
        let wanted = Array(name.utf8)
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, Self.isSpace(bytes[i]) { i += 1 }
            let keyStart = i
            while i < range.upperBound, bytes[i] != UInt8(ascii: "="), !Self.isSpace(bytes[i]) { i += 1 }
            var key = bytes[keyStart..<i]
            if let colon = key.lastIndex(of: UInt8(ascii: ":")) { key = bytes[(colon + 1)..<i] }
            while i < range.upperBound, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < range.upperBound else { return nil }
            let quote = bytes[i]
            let valueStart = i + 1
            i = valueStart
            while i < range.upperBound, bytes[i] != quote { i += 1 }
            if key.elementsEqual(wanted) { return Self.decode(bytes[valueStart..<min(i, range.upperBound)]) }
            i += 1
        }
        return nil
    }

    /// The text up to the next tag (the content of an element without children), decoded.
    mutating func text() -> String {
        let start = position
        let end = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
        position = end
        return Self.decode(bytes[start..<end])
    }

    private mutating func skipDeclaration() {
        // Comments end at "-->", CDATA at "]]>", the rest at the first ">".
        let rest = bytes[position...]
        if rest.starts(with: Array("!--".utf8)) {
            position = Self.find(Array("-->".utf8), in: bytes, from: position) ?? bytes.count
        } else if rest.starts(with: Array("![CDATA[".utf8)) {
            position = Self.find(Array("]]>".utf8), in: bytes, from: position) ?? bytes.count
        } else {
            position = (bytes[position...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count) + 1
        }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// UTF-8 text with the five named entities and numeric references decoded.
    static func decode(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return slice.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var i = slice.startIndex
        while i < slice.endIndex {
            let byte = slice[i]
            guard byte == UInt8(ascii: "&"), let semicolon = slice[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                output.append(byte)
                i += 1
                continue
            }
            let entity = String(decoding: slice[(i + 1)..<semicolon], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch entity {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                }
            }
            guard let scalar else {
                output.append(byte)
                i += 1
                continue
            }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = semicolon + 1
        }
        return output.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
}
