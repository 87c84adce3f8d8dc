import PartnerYAML
import Testing

@Suite struct YAMLItemSinkTests {
    /// Keeps what it is given, as text, since nodes may not outlive the call.
    final class Recorder: YAMLItemSink {
        var items: [String] = []
        var before: [String]?
        /// How many items had come when ``before`` was set.
        var itemsBefore: Int?

        var key: String { "users" }

        func willReceiveItems(after entries: YAMLMapping) {
            before = entries.map { $0.key.scalar?.text ?? "?" }
            itemsBefore = items.count
        }

        func receive(_ item: YAMLNode, index: Int) {
            let name = item.mapping?.first { $0.key.scalar?.text == "name" }?.value.scalar?.text ?? "?"
            items.append("\(index):\(name)@\(item.mark)")
        }
    }

    func parse(_ text: String, into sink: Recorder) throws -> YAMLDocument {
        try YAMLParser.parse(SourceFile(path: "test.yaml", text: text), streaming: sink)
    }

    @Test func itemsGoToTheSinkInOrderAndTheTreeKeepsAnEmptyStreamedSequence() throws {
        let sink = Recorder()
        let document = try parse("account: x\nusers:\n  - name: a\n  - name: b\nafter: [1, 2]\n", into: sink)
        #expect(sink.items == ["0:a@3:5", "1:b@4:5"])
        #expect(sink.before == ["account"])
        #expect(sink.itemsBefore == 0)
        let pairs = try #require(document.root?.mapping)
        #expect(pairs.map { $0.key.scalar?.text } == ["account", "users", "after"])
        #expect(pairs[1].value.isStreamed)
        #expect(pairs[1].value.sequence?.count == 0)
        #expect(pairs[1].value.mark == Mark(line: 3, column: 3))
        #expect(pairs[2].value.sequence?.map { $0.scalar?.text } == ["1", "2"])
        #expect(!pairs[2].value.isStreamed)
    }

    @Test func anAnchorInAnItemStaysForALaterAlias() throws {
        let sink = Recorder()
        let text = "users:\n  - name: &first a\n  - name: b\ncopy: *first\nitem: [*first]\n"
        let document = try parse(text, into: sink)
        #expect(sink.items == ["0:a@2:5", "1:b@3:5"])
        let pairs = try #require(document.root?.mapping)
        #expect(pairs[1].value.scalar?.text == "a")
        #expect(pairs[2].value.sequence?.first?.scalar?.text == "a")
    }

    @Test func onlyTheRootsFirstUsersKeyIsStreamed() throws {
        let sink = Recorder()
        let document = try parse(
            "nested:\n  users:\n    - name: n\nusers:\n  - name: a\nusers:\n  - name: z\n", into: sink)
        #expect(sink.items == ["0:a@5:5"])
        #expect(sink.before == ["nested"])
        #expect(document.problems.map(\.message.description) == ["duplicate key 'users'"])
        let nested = try #require(document.root?.mapping?.first?.value.mapping?.first?.value)
        #expect(!nested.isStreamed)
        #expect(nested.sequence?.count == 1)
    }

    @Test func aSequenceAtTheRootOrUnderAnotherKeyIsNotStreamed() throws {
        let sink = Recorder()
        let document = try parse("- name: a\n- name: b\n", into: sink)
        #expect(sink.items == [])
        #expect(document.root?.sequence?.count == 2)
        let mapping = try parse("users: none\n", into: sink)
        #expect(sink.items == [])
        #expect(mapping.root?.mapping?.first?.value.scalar?.text == "none")
    }

    @Test func aSyntaxErrorAfterSomeItemsStillStopsTheParse() {
        let sink = Recorder()
        #expect(throws: YAMLError.self) {
            _ = try parse("users:\n  - name: a\n  - name: [b\n", into: sink)
        }
        #expect(sink.items == ["0:a@2:5"])
    }

    @Test func aLongListGoesOutInBatchesInOrderAndAnItemWithAnAnchorOrAliasAfterThemToo() throws {
        let sink = Recorder()
        var text = "shared: &role admin\nusers:\n"
        for n in 0..<1_000 {
            switch n {
            case 600: text += "  - name: &kept n600\n"
            case 700: text += "  - name: *role\n"
            default: text += "  - name: n\(n)\n"
            }
        }
        text += "again: *kept\n"
        let document = try parse(text, into: sink)
        #expect(sink.items.count == 1_000)
        #expect(sink.items.enumerated().allSatisfy { $0.element.hasPrefix("\($0.offset):") })
        #expect(sink.items[599] == "599:n599@602:5")
        #expect(sink.items[600] == "600:n600@603:5")
        #expect(sink.items[700] == "700:admin@703:5")
        #expect(sink.items[999] == "999:n999@1002:5")
        #expect(document.root?.mapping?.last?.value.scalar?.text == "n600")
    }

    /// Scalars share one run of bytes per batch: each keeps exactly its own text, whatever its
    /// length, characters and style, on both sides of a batch boundary.
    @Test func everyScalarKeepsItsTextAcrossBatches() throws {
        func name(_ n: Int) -> (written: String, text: String) {
            let stem = String(repeating: "李", count: n % 7) + String(n)
            switch n % 4 {
            case 0: return (stem, stem)
            case 1: return ("\"\\t\(stem)\\u00e9\"", "\t\(stem)é")
            case 2: return ("''", "")
            default: return ("'it''s \(stem)'", "it's \(stem)")
            }
        }
        let sink = Recorder()
        let text = "users:\n" + (0..<700).map { "  - name: \(name($0).written)\n" }.joined()
        _ = try parse(text, into: sink)
        #expect(sink.items == (0..<700).map { "\($0):\(name($0).text)@\($0 + 2):5" })
    }

}
