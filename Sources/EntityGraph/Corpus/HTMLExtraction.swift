import CLibXML2
import Foundation

/// One walk over a parsed page: finds the article, collects its paragraphs and the page's metadata.
struct HTMLExtraction {
    let root: xmlNodePtr
    var metadata: [String: String] = [:]
    private var output: [UInt8] = []
    private var paragraph: [UInt8] = []
    private var pendingSpace = false
    private var preformatted = 0

    init(root: xmlNodePtr) { self.root = root }

    /// The page's headline and article text.
    mutating func text() -> String {
        readMetadata()
        let (article, isArticle) = articleRoot()
        if let headline = metadata["title"], !contains(article, element: "h1") {
            append(headline)
            endParagraph()
        }
        walk(article, insideArticle: isArticle, depth: 0)
        endParagraph()
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: - Tree helpers

    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        let value = name.withCString { xmlGetProp(node, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        guard let value else { return nil }
        defer { eg_xmlFree(value) }
        return String(cString: value)
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// Calls `body` on every element below `node`, depth first, skipping the subtrees for which it returns false.
    static func visit(_ node: xmlNodePtr, depth: Int = 0, _ body: (xmlNodePtr) -> Bool) {
        guard depth < 1000 else { return }
        var child = node.pointee.children
        while let current = child {
            if isElement(current), body(current) { visit(current, depth: depth + 1, body) }
            child = current.pointee.next
        }
    }

    private func contains(_ node: xmlNodePtr, element: String) -> Bool {
        var found = false
        HTMLExtraction.visit(node) { child in
            if found { return false }
            if HTMLExtraction.name(child) == element { found = true; return false }
            return !HTMLExtraction.isDropped(child, insideArticle: true)
        }
        return found
    }

    // MARK: - What to drop

    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio",
        "source", "track", "nav", "aside", "form", "button", "input", "select", "textarea", "label", "footer", "dialog",
        "menu", "link", "meta", "head", "img", "picture", "map",
    ]

    /// Words of class and id attributes that name page chrome.
    static let chromeWords: Set<String> = [
        "cookie", "cookies", "consent", "gdpr", "rgpd", "newsletter", "share", "sharing", "social", "socials", "related",
        "recommended", "recommendations", "comment", "comments", "commentaires", "advert", "advertisement", "ads", "ad",
        "pub", "publicite", "promo", "sponsor", "sponsored", "subscribe", "subscription", "paywall", "breadcrumb",
        "breadcrumbs", "menu", "navbar", "nav", "navigation", "sidebar", "footer", "popup", "modal", "outbrain",
        "taboola", "tags", "toolbar", "partage", "abonnement", "read-more", "readmore", "most-read", "trending",
    ]

    /// ARIA roles of page chrome.
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    ]

    static func isDropped(_ node: xmlNodePtr, insideArticle: Bool) -> Bool {
        let name = self.name(node)
        if droppedElements.contains(name) { return true }
        if name == "header" && !insideArticle { return true }
        if attribute(node, "hidden") != nil { return true }
        if attribute(node, "aria-hidden") == "true" { return true }
        if let style = attribute(node, "style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let role = attribute(node, "role")?.lowercased(), chromeRoles.contains(role) { return true }
        for attributeName in ["class", "id"] {
            guard let value = attribute(node, attributeName)?.lowercased() else { continue }
            let words = value.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            if words.contains(where: { chromeWords.contains(String($0)) }) { return true }
            if value.split(separator: " ").contains(where: { chromeWords.contains(String($0)) }) { return true }
        }
        return false
    }

    // MARK: - Article

    /// The element holding the article: `itemprop="articleBody"`, else the largest `<article>`, else `<main>`, else `<body>`;
    /// and whether it is an article (inside which headers are kept).
    private func articleRoot() -> (xmlNodePtr, Bool) {
        var body: xmlNodePtr?
        var main: xmlNodePtr?
        var articleBody: xmlNodePtr?
        var articles: [xmlNodePtr] = []
        HTMLExtraction.visit(root) { node in
            let name = HTMLExtraction.name(node)
            if name == "body", body == nil { body = node }
            if HTMLExtraction.isDropped(node, insideArticle: false) && name != "header" { return false }
            if articleBody == nil, HTMLExtraction.attribute(node, "itemprop")?.lowercased() == "articlebody" { articleBody = node }
            if name == "article" { articles.append(node) }
            if main == nil, name == "main" || HTMLExtraction.attribute(node, "role")?.lowercased() == "main" { main = node }
            return true
        }
        if let articleBody { return (articleBody, true) }
        if let largest = articles.max(by: { textLength($0) < textLength($1) }) { return (largest, true) }
        if let main { return (main, true) }
        return (body ?? root, false)
    }

    /// Bytes of text below `node`, dropped elements left out.
    private func textLength(_ node: xmlNodePtr) -> Int {
        var length = 0
        func count(_ node: xmlNodePtr, _ depth: Int) {
            guard depth < 1000 else { return }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                    length += strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                } else if HTMLExtraction.isElement(current), !HTMLExtraction.isDropped(current, insideArticle: true) {
                    count(current, depth + 1)
                }
                child = current.pointee.next
            }
        }
        count(node, 0)
        return length
    }

    // MARK: - Text

    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "blockquote", "figure", "figcaption", "pre",
        "address", "hr", "header", "details", "summary", "fieldset", "center", "body", "html", "hgroup", "legend",
    ]

    private mutating func walk(_ node: xmlNodePtr, insideArticle: Bool, depth: Int) {
        guard depth < 1000 else { return }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { appendText(content) }
            case XML_ELEMENT_NODE:
                let name = HTMLExtraction.name(current)
                if HTMLExtraction.isDropped(current, insideArticle: insideArticle) { break }
                if name == "br" { lineBreak(); break }
                let block = HTMLExtraction.blockElements.contains(name)
                if block { endParagraph() }
                if name == "pre" { preformatted += 1 }
                walk(current, insideArticle: insideArticle, depth: depth + 1)
                if name == "pre" { preformatted -= 1 }
                if block { endParagraph() }
            default:
                break  // comments, processing instructions
            }
            child = current.pointee.next
        }
    }

    /// Appends a text node, collapsing HTML whitespace (not U+00A0) outside `<pre>`.
    private mutating func appendText(_ content: UnsafePointer<xmlChar>) {
        var p = content
        while p.pointee != 0 {
            let b = p.pointee
            p += 1
            if preformatted > 0 {
                if b == 0x0A { lineBreak() } else if b != 0x0D { paragraph.append(b) }
                continue
            }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = true
                continue
            }
            if pendingSpace, !paragraph.isEmpty, paragraph.last != 0x0A { paragraph.append(0x20) }
            pendingSpace = false
            paragraph.append(b)
        }
    }

    /// Appends a string as text.
    private mutating func append(_ string: String) {
        var copy = string
        copy.withUTF8 { buffer in
            var bytes = Array(buffer)
            bytes.append(0)
            bytes.withUnsafeBufferPointer { appendText($0.baseAddress!) }
        }
    }

    private mutating func lineBreak() {
        while paragraph.last == 0x20 { paragraph.removeLast() }
        paragraph.append(0x0A)
        pendingSpace = false
    }

    /// Ends the current paragraph: trimmed, then separated from the previous one by an empty line.
    private mutating func endParagraph() {
        pendingSpace = false
        // Drop empty lines at both ends and spaces ending lines; collapsing never leaves spaces starting
        // a line, so those come from <pre> and stay.
        var lines: [ArraySlice<UInt8>] = paragraph.split(separator: 0x0A, omittingEmptySubsequences: false)
        lines = lines.map { line in
            var line = line
            while line.last == 0x20 { line = line.dropLast() }
            return line
        }
        paragraph.removeAll(keepingCapacity: true)
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard !lines.isEmpty else { return }
        if !output.isEmpty { output.append(contentsOf: [0x0A, 0x0A]) }
        for (index, line) in lines.enumerated() {
            if index > 0 { output.append(0x0A) }
            output.append(contentsOf: line)
        }
    }

    // MARK: - Metadata

    private mutating func readMetadata() {
        if let lang = HTMLExtraction.attribute(root, "lang") ?? HTMLExtraction.attribute(root, "xml:lang"), !lang.isEmpty {
            metadata["lang"] = lang
        }
        var titleElement: String?
        var headline: String?
        var metas: [String: String] = [:]
        var canonical: String?
        var timeDate: String?
        var jsonLD: [String] = []
        HTMLExtraction.visit(root) { node in
            let name = HTMLExtraction.name(node)
            switch name {
            case "title" where titleElement == nil:
                titleElement = HTMLExtraction.content(node)
            case "meta":
                let key = (HTMLExtraction.attribute(node, "property") ?? HTMLExtraction.attribute(node, "name")
                           ?? HTMLExtraction.attribute(node, "itemprop") ?? HTMLExtraction.attribute(node, "http-equiv"))?.lowercased()
                if let key, let content = HTMLExtraction.attribute(node, "content"), metas[key] == nil { metas[key] = content }
            case "link":
                if HTMLExtraction.attribute(node, "rel")?.lowercased() == "canonical" { canonical = HTMLExtraction.attribute(node, "href") }
            case "script":
                if HTMLExtraction.attribute(node, "type")?.lowercased() == "application/ld+json" {
                    jsonLD.append(HTMLExtraction.content(node))
                }
                return false
            case "time" where timeDate == nil:
                timeDate = HTMLExtraction.attribute(node, "datetime") ?? HTMLExtraction.content(node)
            case "h1" where headline == nil:
                let text = HTMLExtraction.content(node)
                if !text.isEmpty { headline = text }
            case "head":
                return true
            default:
                break
            }
            return !HTMLExtraction.isDropped(node, insideArticle: true)
        }
        let ld = HTMLExtraction.jsonLDFields(jsonLD)
        let title = headline ?? metas["og:title"] ?? ld["headline"] ?? titleElement
        if let title, !title.isEmpty { metadata["title"] = title }
        let dateKeys = ["article:published_time", "datepublished", "og:published_time", "date", "pubdate", "publishdate",
                        "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"]
        let candidates = dateKeys.compactMap { metas[$0] } + [ld["datePublished"], timeDate].compactMap { $0 }
        if let date = candidates.lazy.compactMap({ DocumentDate.iso(from: $0) }).first { metadata["date"] = date }
        if metadata["lang"] == nil, let locale = metas["og:locale"] ?? metas["content-language"] { metadata["lang"] = locale }
        if let url = canonical ?? metas["og:url"], !url.isEmpty { metadata["url"] = url }
    }

    /// The text below a node, whitespace collapsed.
    static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { eg_xmlFree(value) }
        return String(cString: value).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// `headline` and `datePublished` from JSON-LD blocks (objects, arrays, or `@graph`).
    static func jsonLDFields(_ blocks: [String]) -> [String: String] {
        var fields: [String: String] = [:]
        func visit(_ value: Any) {
            if let array = value as? [Any] { array.forEach(visit); return }
            guard let object = value as? [String: Any] else { return }
            for key in ["headline", "datePublished"] where fields[key] == nil {
                if let string = object[key] as? String { fields[key] = string }
            }
            if let graph = object["@graph"] { visit(graph) }
        }
        for block in blocks {
            if let value = try? JSONSerialization.jsonObject(with: Data(block.utf8)) { visit(value) }
        }
        return fields
    }
}
