/// Reads the dates found in inputs (JSONL `date`, HTML meta and `<time>`) as ISO 8601 calendar dates, yyyy-mm-dd.
///
/// Understands ISO 8601 (with or without a time), yyyy/mm/dd, dd/mm/yyyy and
/// dd.mm.yyyy (day first, as in French and most of the world), RFC 2822 ("Tue,
/// 25 Oct 2016 10:00:00 +0000"), and written dates in French and English
/// ("mardi 25 octobre 2016", "1er mars 2015", "October 25, 2016", "25 Oct. 2016").
/// A time zone never moves the date: the date written is the date kept.
public enum DocumentDate {
    /// The yyyy-mm-dd form of `text`, or nil when it is not a date this reader understands.
    public static func iso(from text: String) -> String? {
        let words = tokens(text)
        guard !words.isEmpty else { return nil }
        // Numeric forms: 2016-10-25[T...], 2016/10/25, 20161025, 25/10/2016, 25.10.2016, 25-10-2016.
        for index in words.indices {
            guard case .number(let first, let digits) = words[index] else { continue }
            if digits == 8, index + 1 == words.count || !isNumber(words, index + 1) {
                if let date = make(first / 10000, first / 100 % 100, first % 100) { return date }
            }
            guard index + 2 < words.count, case .number(let second, let secondDigits) = words[index + 1], secondDigits <= 2,
                  case .number(let third, let thirdDigits) = words[index + 2] else { continue }
            if digits == 4, thirdDigits <= 2, let date = make(first, second, third) { return date }
            if digits <= 2, thirdDigits == 4, let date = make(third, second, first) { return date }
        }
        // Written forms: find a month name, a day before or after it, a year after it.
        for (index, word) in words.enumerated() {
            guard case .word(let name) = word, let month = months[name] else { continue }
            var day: Int?
            var year: Int?
            if index > 0, case .number(let d, let n) = words[index - 1], n <= 2 { day = d }
            var k = index + 1
            if day == nil, k < words.count, case .number(let d, let n) = words[k], n <= 2 { day = d; k += 1 }
            if k < words.count, case .number(let y, let n) = words[k], n == 4 { year = y }
            if let day, let year { return make(year, month, day) }
        }
        return nil
    }

    private enum Word { case number(Int, digits: Int), word(String) }

    private static func isNumber(_ words: [Word], _ index: Int) -> Bool {
        if case .number = words[index] { return true }
        return false
    }

    /// Numbers and lower-cased ASCII words; "1er" is 1, accents are folded ("février" -> "fevrier").
    private static func tokens(_ text: String) -> [Word] {
        var result: [Word] = []
        let folded = Normalizer.shared.key(text)
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            if current.allSatisfy({ $0 &- 0x30 < 10 }) {
                if current.count <= 9 { result.append(.number(Int(String(decoding: current, as: UTF8.self))!, digits: current.count)) }
            } else if current.first! &- 0x30 < 10 {
                // Ordinals: "1er", "2nd", "25th".
                let digits = current.prefix { $0 &- 0x30 < 10 }
                if digits.count <= 2 { result.append(.number(Int(String(decoding: digits, as: UTF8.self))!, digits: digits.count)) }
            } else {
                result.append(.word(String(decoding: current, as: UTF8.self)))
            }
            current.removeAll()
        }
        for b in folded.utf8 {
            let isDigit = b &- 0x30 < 10
            let isLetter = b &- 0x61 < 26
            if !isDigit && !isLetter { flush(); continue }
            // "2016T10" and "25octobre": a switch between digits and letters splits, except ordinals.
            if let last = current.last, (last &- 0x30 < 10) != isDigit, !(isLetter && current.first! &- 0x30 < 10 && current.count <= 2) {
                flush()
            }
            current.append(b)
        }
        flush()
        return result
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1800...2200).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Month names and abbreviations, French and English, folded.
    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = [
            ["janvier", "janv", "january", "jan"], ["fevrier", "fevr", "fev", "february", "feb"], ["mars", "march", "mar"],
            ["avril", "avr", "april", "apr"], ["mai", "may"], ["juin", "june", "jun"], ["juillet", "juil", "july", "jul"],
            ["aout", "august", "aug"], ["septembre", "sept", "september", "sep"], ["octobre", "oct", "october"],
            ["novembre", "nov", "november"], ["decembre", "dec", "december"],
        ]
        for (index, forms) in names.enumerated() { for form in forms { table[form] = index + 1 } }
        return table
    }()
}
