import Testing
@testable import EntityGraph

@Suite struct WindowTests {
    @Test(arguments: [
        ("sentence", Window.sentence), ("paragraph", .paragraph), ("document", .document),
        ("20", .tokens(20)), ("tokens:20", .tokens(20)), ("1", .tokens(1)),
    ])
    func parsesArguments(text: String, expected: Window) {
        #expect(Window(argument: text) == expected)
        #expect(Window(argument: expected.description) == expected)
    }

    @Test(arguments: ["", "0", "-3", "tokens:", "tokens:0", "Sentence", "words:5", "2.5"])
    func rejectsBadArguments(text: String) {
        #expect(Window(argument: text) == nil)
    }
}
