/// Store URLs as partnerctl shows them: in messages, plans, history and reports, never with a
/// password. Every store and command redacts through here.
public enum StoreURL {
    /// The URL without its password: `postgres://ci:secret@db/x` becomes `postgres://ci@db/x`.
    ///
    /// Works on the text, since a password may hold characters that break URL parsing (`@`, `/`,
    /// `?`, `#`): the user information ends at the last `@` that is followed by a host name, an
    /// IPv4 or a bracketed IPv6 address, an optional port, and then `/`, `?` or the end. Failing
    /// that, at the last `@` of all. It loses what follows its first `:`. That may cut too much of
    /// a broken URL, never too little.
    public static func redacted(_ url: String) -> String {
        // A Partner Center store's URL carries its ledger's: each part is redacted on its own.
        if url.hasPrefix("partnercenter:"), let marker = url.range(of: "#ledger=") {
            return redacted(String(url[..<marker.lowerBound])) + "#ledger="
                + redacted(String(url[marker.upperBound...]))
        }
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let signs = rest.indices.filter { rest[$0] == "@" }
        guard let at = signs.last(where: { isHostAndPort(rest[rest.index(after: $0)...]) }) ?? signs.last else {
            return url
        }
        guard let colon = rest[..<at].firstIndex(of: ":") else { return url }
        return String(url[..<colon] + url[at...])
    }

    /// Whether text starts with `host[:port]` followed by `/`, `?`, `#` or its end.
    private static func isHostAndPort(_ text: Substring) -> Bool {
        var host = text.prefix { !"/?#".contains($0) }
        var port: Substring = ""
        let allowed: (Character) -> Bool
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            port = host[host.index(after: close)...]
            host = host[host.index(after: host.startIndex)..<close]
            allowed = { $0.isHexDigit || ":.%".contains($0) }
        } else {
            if let colon = host.firstIndex(of: ":") { (host, port) = (host[..<colon], host[colon...]) }
            allowed = { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }
        }
        let portIsValid = port.isEmpty || (port.count > 1 && port.dropFirst().allSatisfy { $0.isASCII && $0.isNumber })
        return !host.isEmpty && host.allSatisfy(allowed) && portIsValid
    }

    /// A command line recorded before passwords were redacted, with them removed: each
    /// space-separated word redacted as a URL. A URL whose password held a space is cut where its
    /// password starts, and the rest of the line replaced by `…`: the words that follow may be
    /// the rest of the password.
    public static func redactedCommandLine(_ line: String) -> String {
        var words: [String] = []
        for word in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let redacted = redacted(word)
            if redacted == word, let scheme = word.range(of: "://"),
                let colon = word[scheme.upperBound...].firstIndex(of: ":"), !word[colon...].contains("@"),
                !isHostAndPort(word[scheme.upperBound...])
            {
                words.append(String(word[..<colon]) + " …")
                break
            }
            words.append(redacted)
        }
        return words.joined(separator: " ")
    }
}
