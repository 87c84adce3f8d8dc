import Foundation
import PartnerTestSupport

/// Reads message templates out of the Swift sources, the way ``Message`` makes them: each
/// `Message("…")` literal, with each `\(…)` replaced by `{0}`, `{1}` … in order and escapes
/// (`\n`, `\"`, `\\`) resolved. Comment lines are skipped.
enum MessageSources {
    /// A literal found in a source file.
    struct Literal: Hashable {
        let file: String
        let template: String
    }

    /// Every `.swift` file under a folder of the repository, relative to the repository root.
    static func swiftFiles(under folder: String) -> [String] {
        let root = Repository.path(folder)
        let enumerator = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".swift") { files.append(folder + "/" + name) }
        }
        return files.sorted()
    }

    /// The templates of the literals that follow one of the given call openings (`Message(`),
    /// after spaces and line breaks, in every Swift file under `folder`. An opening followed by
    /// anything but a one-line literal (a variable, `verbatim:`) is not a template and is ignored.
    static func literals(after openings: [String], under folder: String) throws -> [Literal] {
        var found: [Literal] = []
        for file in swiftFiles(under: folder) {
            let text = try String(contentsOfFile: Repository.path(file), encoding: .utf8)
            let code = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.drop { $0 == " " }.hasPrefix("//") ? "" : $0 }
                .joined(separator: "\n")
            for opening in openings {
                var rest = Substring(code)
                while let range = rest.range(of: opening) {
                    rest = rest[range.upperBound...]
                    let literal = rest.drop { $0 == " " || $0 == "\n" }
                    guard literal.hasPrefix("\""), !literal.hasPrefix("\"\"\""),
                        let (template, _) = template(of: literal.dropFirst())
                    else { continue }
                    // On from inside the literal: a message may be interpolated in another.
                    found.append(Literal(file: file, template: template))
                }
            }
        }
        return found
    }

    /// The template of a literal's body (what follows its opening quote), and where it ends;
    /// nil when the literal does not end on the line.
    private static func template(of body: Substring) -> (String, Substring.Index)? {
        var template = ""
        var count = 0
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            if character == "\"" { return (template, body.index(after: index)) }
            if character == "\n" { return nil }
            if character == "\\" {
                let next = body.index(after: index)
                guard next < body.endIndex else { return nil }
                if body[next] == "(" {
                    guard let close = interpolationEnd(body, from: body.index(after: next)) else { return nil }
                    template += "{\(count)}"
                    count += 1
                    index = close
                    continue
                }
                switch body[next] {
                case "n": template += "\n"
                case "t": template += "\t"
                default: template.append(body[next])
                }
                index = body.index(after: next)
                continue
            }
            template.append(character)
            index = body.index(after: index)
        }
        return nil
    }

    /// The index after the `)` closing an interpolation, skipping nested parentheses and literals.
    private static func interpolationEnd(_ text: Substring, from start: Substring.Index) -> Substring.Index? {
        var depth = 1
        var index = start
        while index < text.endIndex {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return text.index(after: index) }
            case "\"":
                // A literal inside the interpolation: skip to its end.
                guard let (_, end) = template(of: text[text.index(after: index)...]) else { return nil }
                index = end
                continue
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }
}
