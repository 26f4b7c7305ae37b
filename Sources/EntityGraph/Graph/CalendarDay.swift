/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01 so that runs of days are easy to find.
///
/// Documents give dates as ISO 8601 (`2016-07-20`, `2016-07-20T10:00:00Z`); only
/// the day is kept, as the timeline of a news graph is read in days.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int32

    /// Creates a day from its number.
    public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

    /// Parses the `YYYY-MM-DD` that starts an ISO 8601 date or date-time; nil for anything else.
    public init?(iso8601 text: String) {
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        // A date-time goes on with 'T' or a space; a bare date ends there.
        if bytes.count == 11, bytes[10] != 0x54, bytes[10] != 0x20 { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= CalendarDay.length(ofMonth: month, year: year) else { return nil }
        self.init(daysSinceEpoch: Int32(CalendarDay.days(year: year, month: month, day: day)))
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = CalendarDay.civil(Int(daysSinceEpoch))
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Runs of consecutive days as closed intervals (GEXF spells); `days` must be sorted and without repeats.
    public static func runs(of days: [CalendarDay]) -> [ClosedRange<CalendarDay>] {
        var runs: [ClosedRange<CalendarDay>] = []
        guard var start = days.first else { return runs }
        var previous = start
        for day in days.dropFirst() {
            if day.daysSinceEpoch == previous.daysSinceEpoch + 1 { previous = day; continue }
            runs.append(start...previous)
            start = day
            previous = day
        }
        runs.append(start...previous)
        return runs
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    private static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    private static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days (http://howardhinnant.github.io/date_algorithms.html).
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
