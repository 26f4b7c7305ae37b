/// The one escaping layer every writer shares: what each format cannot carry is decided here.
public enum Escaping {
    /// Whether XML 1.0 allows the scalar at all (§2.2, production [2]); forbidden ones cannot even be escaped.
    @inline(__always)
    public static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Appends `string` as XML character data or a double-quoted attribute value.
    ///
    /// Forbidden characters become U+FFFD; TAB, CR and LF are written as character
    /// references in attributes (§3.3.3 would turn them into spaces) and CR in text
    /// (§2.11 would turn it into LF).
    public static func appendXML(_ string: String, attribute: Bool, to out: inout String) {
        for s in string.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                if isXMLChar(s) { out.unicodeScalars.append(s) } else { out += "\u{FFFD}" }
            }
        }
    }

    /// `string` escaped for XML text content.
    public static func xmlText(_ string: String) -> String {
        var out = ""
        appendXML(string, attribute: false, to: &out)
        return out
    }

    /// `string` escaped for a double-quoted XML attribute value.
    public static func xmlAttribute(_ string: String) -> String {
        var out = ""
        appendXML(string, attribute: true, to: &out)
        return out
    }

    /// Graphviz 2.43 rejects quoted strings longer than 16,384 bytes; labels stay well below.
    public static let dotMaximumBytes = 16_000

    /// `string` as a double-quoted DOT escString: `\` and `"` escaped, line breaks as `\n`, controls dropped.
    public static func dotQuoted(_ string: String) -> String {
        var out = "\""
        var bytes = 0
        for s in string.unicodeScalars {
            let piece: String
            switch s {
            case "\\": piece = "\\\\"
            case "\"": piece = "\\\""
            case "\n", "\r": piece = "\\n"
            default:
                // A NUL breaks Graphviz's scanner; other C0 controls and non-characters carry nothing.
                if s.value < 0x20 || s.value == 0x7F || s.value == 0xFFFE || s.value == 0xFFFF { continue }
                piece = String(s)
            }
            bytes += piece.utf8.count
            if bytes > dotMaximumBytes { out += "…"; break }
            out += piece
        }
        return out + "\""
    }

    /// `string` as a JSON string literal (RFC 8259): quotes, backslashes and controls escaped.
    public static func json(_ string: String) -> String {
        var out = "\""
        for s in string.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if s.value < 0x20 || s.value == 0x2028 || s.value == 0x2029 {
                    let hex = String(s.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    /// A finite number in the shortest form that reads back exactly, with `.` as decimal point.
    public static func number(_ value: Double) -> String {
        precondition(value.isFinite, "non-finite value written to an export")
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
