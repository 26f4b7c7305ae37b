/// A compiled word list (`#! list=NAME`): membership of single tokens by token key, and multi-token phrases.
///
/// Keys are the lexicon ids of `AnalyzedText.keys`, so rules ask "is token i a
/// stop word / a first name / a title?" with one bit test.
public struct WordList: Sendable {
    /// The list's name (`stopwords`, `firstnames`, `place-triggers`, ...).
    public let name: String
    /// Bit `k` is set when the single-token word with key `k` is in the list.
    private let bits: [UInt64]
    /// Multi-token phrases, as token keys.
    public let phrases: [[Int32]]
    /// Phrase indices by their last key, for "does a phrase end just before token i?".
    private let phrasesByLastKey: [Int32: [Int]]
    /// Phrase indices by their first key, for "does a phrase start at token i?".
    private let phrasesByFirstKey: [Int32: [Int]]

    /// Builds a list from the keys of its single-token words and its phrases.
    init(name: String, singles: [Int32], phrases: [[Int32]], keyCount: Int) {
        self.name = name
        var bits = [UInt64](repeating: 0, count: (keyCount + 63) / 64)
        for key in singles where key >= 0 && Int(key) < keyCount { bits[Int(key) >> 6] |= 1 << UInt64(key & 63) }
        self.bits = bits
        self.phrases = phrases
        var byLast: [Int32: [Int]] = [:], byFirst: [Int32: [Int]] = [:]
        for (index, phrase) in phrases.enumerated() {
            byLast[phrase[phrase.count - 1], default: []].append(index)
            byFirst[phrase[0], default: []].append(index)
        }
        phrasesByLastKey = byLast
        phrasesByFirstKey = byFirst
    }

    /// The keys of the single-token words, in key order.
    var singles: [Int32] {
        var result: [Int32] = []
        for (word, value) in bits.enumerated() where value != 0 {
            for bit in 0..<64 where value & (1 << UInt64(bit)) != 0 { result.append(Int32(word * 64 + bit)) }
        }
        return result
    }

    /// Whether the single token with key `key` is in the list.
    @inline(__always)
    public func contains(_ key: Int32) -> Bool {
        key >= 0 && Int(key >> 6) < bits.count && bits[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0
    }

    /// The length in tokens of the longest word or phrase of the list that ends just before token `index`, or 0.
    public func lengthOfEntry(endingBefore index: Int, keys: [Int32]) -> Int {
        guard index > 0 else { return 0 }
        var best = contains(keys[index - 1]) ? 1 : 0
        for p in phrasesByLastKey[keys[index - 1]] ?? [] {
            let phrase = phrases[p]
            guard phrase.count > best, phrase.count <= index else { continue }
            if zip(phrase, keys[(index - phrase.count)..<index]).allSatisfy({ $0 == $1 }) { best = phrase.count }
        }
        return best
    }

    /// The length in tokens of the longest word or phrase of the list that starts at token `index`, or 0.
    public func lengthOfEntry(startingAt index: Int, keys: [Int32]) -> Int {
        guard index < keys.count else { return 0 }
        var best = contains(keys[index]) ? 1 : 0
        for p in phrasesByFirstKey[keys[index]] ?? [] {
            let phrase = phrases[p]
            guard phrase.count > best, index + phrase.count <= keys.count else { continue }
            if zip(phrase, keys[index..<(index + phrase.count)]).allSatisfy({ $0 == $1 }) { best = phrase.count }
        }
        return best
    }
}
