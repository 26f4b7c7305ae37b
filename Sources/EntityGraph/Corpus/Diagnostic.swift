/// A non-fatal finding about the input, printed by the CLI as `file:line: warning: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file (or other origin) concerned.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// What was found.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): warning: \(message)" }
        return "\(file): warning: \(message)"
    }
}
