import Foundation

extension GazetteerFile {
    /// Windows-1252 characters that appear after "Ã" or "Â" when UTF-8 was decoded as Latin-1 or Windows-1252.
    static let windows1252Extras: Set<UInt32> = [
        0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E, 0x192, 0x2C6, 0x2DC, 0x2013, 0x2014, 0x2018, 0x2019,
        0x201A, 0x201C, 0x201D, 0x201E, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122,
    ]

    /// What is wrong with one written form, as warning messages (empty when it is fine).
    ///
    /// Only forms with a byte >= 0x80 or two spaces in a row can have a problem,
    /// so the ~100k ASCII forms of the shipped lists cost one scan.
    static func problems(inForm form: String) -> [String] {
        var problems: [String] = []
        var previous: Unicode.Scalar = " "
        var nonASCII = false
        var doubleSpace = false
        for scalar in form.unicodeScalars {
            let v = scalar.value
            if v >= 0x80 { nonASCII = true }
            if scalar == " " && previous == " " { doubleSpace = true }
            previous = scalar
        }
        if doubleSpace { problems.append("stray whitespace: two spaces in a row in '\(form)' [whitespace]") }
        guard nonASCII || form.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return problems }
        var last: Unicode.Scalar?
        var mojibake = false, invisible: Unicode.Scalar?, replacement = false, combining = false
        for scalar in form.unicodeScalars {
            let v = scalar.value
            if let p = last {
                // "Ã©" is "é" (C3 A9) read as Latin-1; "â€™" is "’" read as Windows-1252.
                if (p == "Ã" || p == "Â") && ((0x80...0xBF).contains(v) || windows1252Extras.contains(v)) { mojibake = true }
                if p == "â" && (v == 0x20AC || v == 0x201A) { mojibake = true }
            }
            if v == 0xFFFD { replacement = true }
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xAD || (0x200B...0x200F).contains(v)
                || v == 0x2060 || v == 0xFEFF { invisible = scalar }
            if (0x300...0x36F).contains(v) { combining = true }
            last = scalar
        }
        if mojibake { problems.append("'\(form)' looks like mojibake (UTF-8 read as Latin-1): retype the accented letters [mojibake]") }
        if replacement { problems.append("'\(form)' holds U+FFFD, a character lost in a wrong decoding [mojibake]") }
        if let invisible {
            let code = String(invisible.value, radix: 16, uppercase: true)
            problems.append("'\(form)' holds the invisible character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code); "
                + "it matches only text with the same character [never-matches]")
        }
        if combining, !form.precomposedStringWithCanonicalMapping.utf8.elementsEqual(form.utf8) {
            problems.append("'\(form)' is not in NFC (an accent is a separate combining character): save it composed [not-nfc]")
        }
        return problems
    }
}
