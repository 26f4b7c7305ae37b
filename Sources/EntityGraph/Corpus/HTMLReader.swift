import CLibXML2
import Foundation

/// Reduces a news page to its title and article text with libxml2's HTML parser.
///
/// - Charset: from a byte order mark, `<meta charset>`, `<meta http-equiv>` or an
///   XML declaration, else UTF-8; always passed to libxml2, which otherwise falls
///   back to Latin-1 after the first bad byte and garbles the rest. Latin-1 labels
///   are read as Windows-1252, as browsers do. Malformed UTF-8 becomes U+FFFD with a warning.
/// - Article: the `itemprop="articleBody"` element, else the largest `<article>`,
///   else `<main>`, else `<body>`. Dropped wherever they are: scripts, styles,
///   comments, navigation, asides, forms, footers, hidden elements, and elements
///   whose class, id or role names page chrome (cookie banners, share buttons,
///   related links, comments, ads). Headers are dropped outside the article.
/// - Text: block elements become paragraphs separated by an empty line, `<br>`
///   a line break, runs of HTML whitespace one space; the headline (`<h1>`, else
///   `og:title`, else `<title>`) opens the text when the article does not hold it.
/// - Metadata: `title`, `date` (article meta tags, JSON-LD `datePublished`,
///   `<time datetime>`) as yyyy-mm-dd, `lang` (`<html lang>`, `og:locale`), `url` (canonical link, `og:url`).
public struct HTMLReader: Sendable {
    /// The text and metadata of one page.
    public struct Page: Sendable, Equatable {
        /// Headline and article text, paragraphs separated by empty lines.
        public var text: String
        /// `title`, `date`, `lang`, `url` when the page gives them.
        public var metadata: [String: String]
        /// Warnings: malformed bytes, unknown charset.
        public var diagnostics: [Diagnostic]
    }

    /// Creates a reader.
    public init() {}

    /// `xmlInitParser()` must run once, before any parsing and on one thread (../NOTES-swift.md).
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Reads one page; `origin` names it in warnings.
    public func read(_ bytes: [UInt8], origin: String) -> Page {
        _ = HTMLReader.initialized
        var diagnostics: [Diagnostic] = []
        var charset = HTMLReader.declaredCharset(bytes) ?? "UTF-8"
        var input = bytes
        if charset != "UTF-8", !HTMLReader.isKnown(charset) {
            diagnostics.append(Diagnostic(file: origin, message: "unknown charset '\(charset)', read as UTF-8"))
            charset = "UTF-8"
        }
        if charset == "UTF-8" {
            let (text, repairs) = CorpusReader.decode(bytes, origin: origin)
            diagnostics.append(contentsOf: repairs)
            if !repairs.isEmpty { input = Array(text.utf8) }
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue)
        // libxml2's last error is per thread (../NOTES-swift.md), so reading it after the parse is safe in parallel.
        xmlResetLastError()
        let document: htmlDocPtr? = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, charset, options)
            }
        }
        if let stop = HTMLReader.depthLimitLine() {
            diagnostics.append(Diagnostic(file: origin, line: stop, message: "HTML nested deeper than \(HTMLReader.maximumDepth) "
                + "elements: libxml2 stopped reading the page there, the text after it is left out"))
        }
        guard let document else {
            diagnostics.append(Diagnostic(file: origin, message: "libxml2 could not parse the page"))
            return Page(text: "", metadata: [:], diagnostics: diagnostics)
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return Page(text: "", metadata: [:], diagnostics: diagnostics) }
        var extraction = HTMLExtraction(root: root)
        return Page(text: extraction.text(), metadata: extraction.metadata, diagnostics: diagnostics)
    }

    /// libxml2 stops parsing at this element depth (`xmlParserMaxDepth`); `HTML_PARSE_HUGE` would raise it, and every
    /// other limit with it, so it stays off: a page nested this deep is adversarial, not news.
    static let maximumDepth = 256

    /// The line where libxml2 gave up because the page nests too deep, if it did.
    private static func depthLimitLine() -> Int? {
        guard let error = xmlGetLastError(), let message = error.pointee.message,
              String(cString: message).contains("Excessive depth") else { return nil }
        return Int(error.pointee.line)
    }

    // MARK: - Charset

    /// Whether libxml2 (or the iconv behind it) can convert from `charset`.
    static func isKnown(_ charset: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(charset) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// The charset a page declares (BOM, meta tag or XML declaration), as a name libxml2 knows.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 | ($0 &- 0x41 < 26 ? 0x20 : 0) : 0x20 },
                          as: UTF8.self)
        var label: Substring?
        if head.hasPrefix("<?xml"), let range = head.range(of: "encoding=") {
            label = value(after: range.upperBound, in: head)
        }
        var searchStart = head.startIndex
        while label == nil, let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            if let range = head.range(of: "charset=", range: meta.upperBound..<tagEnd) {
                label = value(after: range.upperBound, in: head)
            }
            searchStart = tagEnd
        }
        guard let label, !label.isEmpty else { return nil }
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        // WHATWG Encoding: these labels all mean windows-1252, whose 0x80-0x9F are the curly quotes and dashes.
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252",
             "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
            return "windows-1252"
        default: return label.uppercased()
        }
    }

    private static func value(after index: String.Index, in head: String) -> Substring {
        var start = index
        while start < head.endIndex, head[start] == "\"" || head[start] == "'" || head[start] == " " { start = head.index(after: start) }
        var end = start
        while end < head.endIndex, head[end].isLetter || head[end].isNumber || "-_:.".contains(head[end]) {
            end = head.index(after: end)
        }
        return head[start..<end]
    }
}
