/// A libpq password file (`~/.pgpass`): lines of `hostname:port:database:username:password`.
///
/// The first line whose first four fields match wins; `*` matches anything; `\:` and `\\` stand
/// for a colon and a backslash; blank lines and lines starting with `#` are skipped. Unlike libpq,
/// the file's permissions are not checked.
struct PostgresPasswordFile: Sendable {
    /// The entries, in file order.
    let entries: [[String]]

    /// Parses the file's text; lines with fewer than five fields are skipped.
    init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.fields(of: line)
            return fields.count == 5 ? fields : nil
        }
    }

    /// The password of the first entry that matches a connection.
    func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        return entries.first { entry in
            zip(entry, wanted).allSatisfy { $0 == "*" || $0 == $1 }
        }?[4]
    }

    /// Splits a line at unescaped colons into at most five fields (the password keeps any further
    /// colons), removing the escapes.
    private static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
