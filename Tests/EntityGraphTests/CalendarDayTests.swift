import Testing
@testable import EntityGraph

@Suite struct CalendarDayTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-02-29", 11_016), ("2016-07-20", 17_002),
        ("2016-07-20T10:00:00Z", 17_002), ("2016-07-20 10:00", 17_002),
    ])
    func parsesISODates(text: String, days: Int32) throws {
        let day = try #require(CalendarDay(iso8601: text))
        #expect(day.daysSinceEpoch == days)
        #expect(day.description == String(text.prefix(10)))
    }

    @Test(arguments: ["", "2016-7-20", "2016/07/20", "2016-13-01", "2016-02-30", "2015-02-29", "1900-02-29", "20160720",
                      "2016-07-20X", "juillet 2016", "2016-07-2a"])
    func rejectsOtherText(text: String) {
        #expect(CalendarDay(iso8601: text) == nil)
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        for n in Int32(-200_000)...Int32(200_000) where n % 97 == 0 {
            let day = CalendarDay(daysSinceEpoch: n)
            #expect(CalendarDay(iso8601: day.description) == day)
        }
    }

    @Test func groupsConsecutiveDaysIntoRuns() {
        let days = [1, 2, 3, 5, 7, 8].map { CalendarDay(daysSinceEpoch: $0) }
        #expect(CalendarDay.runs(of: days).map { [$0.lowerBound.daysSinceEpoch, $0.upperBound.daysSinceEpoch] } == [[1, 3], [5, 5], [7, 8]])
        #expect(CalendarDay.runs(of: []).isEmpty)
    }
}
