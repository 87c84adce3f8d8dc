import PartnerText

/// "Did you mean …?" for names typed slightly wrong.
enum Suggestion {
    /// The work one file's suggestions may do, in units of one candidate looked at or one cell
    /// of an edit-distance table: a few milliseconds. Past it, problems are still reported, only
    /// without a "did you mean"; so 20,000 unknown roles against 20,000 bundles cost no more
    /// than a handful.
    static let defaultBudget = 1_000_000

    /// Suggests within a budget shared by every call, remembering the answer for each word.
    struct Suggester {
        /// Work left, in candidates looked at plus edit-distance cells computed.
        private(set) var remaining: Int
        private var answers: [String: String?] = [:]

        /// Creates a suggester with `budget` units of work.
        init(budget: Int = Suggestion.defaultBudget) {
            remaining = budget
        }

        /// The hint for a word: `did you mean 'x'?`, or nil when nothing is close or the budget
        /// is spent.
        ///
        /// `candidates` is only evaluated when there is budget left and the word is new.
        mutating func hint<S: Sequence<String>>(for word: String, in candidates: @autoclosure () -> S) -> Message? {
            if let known = answers[word] { return known.map { Message("did you mean '\($0)'?") } }
            guard remaining > 0 else { return nil }
            let answer = Suggestion.closest(to: word, in: candidates(), budget: &remaining)
            if answers.count < 10_000 { answers[word] = .some(answer) }
            return answer.map { Message("did you mean '\($0)'?") }
        }
    }

    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely
    /// typo; spends at most `budget` units and gives up (nil) when they run out.
    static func closest<S: Sequence<String>>(to word: String, in candidates: S, budget: inout Int) -> String? {
        let lowered = Array(word.lowercased().unicodeScalars)
        // Long words are not typos of role or key names; comparing them would only cost.
        guard lowered.count <= 64 else { return nil }
        let limit = max(2, lowered.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            budget -= 1
            guard budget > 0 else { return nil }
            // Length first: a distance is at least the difference in length (counted in UTF-8
            // bytes here, a cheap lower bound's stand-in that never rules out a real match of
            // ASCII names, and only loosely bounds others).
            let bytes = candidate.utf8.count
            guard bytes <= 4 * (lowered.count + limit), bytes + limit >= lowered.count else { continue }
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - lowered.count) <= limit else { continue }
            budget -= lowered.count * other.count
            guard budget > 0 else { return nil }
            let distance = editDistance(lowered, other)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The hint text for a suggestion with the default budget: `did you mean 'x'?`.
    static func hint<S: Sequence<String>>(for word: String, in candidates: S) -> Message? {
        var budget = defaultBudget
        return closest(to: word, in: candidates, budget: &budget).map { Message("did you mean '\($0)'?") }
    }

    /// Levenshtein distance, counting a swap of two neighbours as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
