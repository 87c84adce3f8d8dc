import PartnerConfig
import PartnerEngine
import PartnerModel
import PartnerPlanner
import PartnerTestSupport
import PartnerYAML
import PropertyBased
import Testing

/// Any account state, whatever Unicode its values hold, survives export → validate → plan as
/// an empty plan: export writes what a configuration can hold, quoted so every YAML reader reads
/// it back, and leaves out (with a comment) what validate would reject.
@Suite struct ExportRoundTripPropertyTests {
    /// A small seeded generator (SplitMix64), so a failing seed reproduces.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// Characters that have broken round trips or checks: YAML indicators, line breaks YAML
    /// knows and Swift does not treat alike, controls, the byte order mark, invisible and
    /// bidirectional characters, combining marks, wide text, emoji, noncharacters.
    static let awkward: [Unicode.Scalar] = [
        " ", ":", "#", "-", "?", "'", "\"", "\\", "&", "*", "!", "|", ">", "%", "@", "`", "[", "]", "{", "}", ",",
        "\n", "\r", "\t", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{2028}", "\u{2029}",
        "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{202E}", "\u{2066}",
        "\u{301}", "\u{3000}", "e", "0", "1", ".", "李", "北", "京", "ｱ", "é", "ß", "😀", "\u{1F469}", "\u{E000}",
        "\u{10FFFF}", "y", "n", "~",
    ]

    static func text(_ random: inout Random) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.below(12) {
            if random.chance(60) {
                scalars.append(awkward[random.below(awkward.count)])
            } else if let scalar = Unicode.Scalar(UInt32(random.below(0x3_0000))) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static let words = [
        "true", "no", "Null", "~", "010000", "1e3", "- x", "a: b", "CN", "BJ", "100022", "zh-CHS",
        "北京市", "li.wei@contoso.cn", "+86 10 5555 0100", "https://contoso.cn", "",
    ]

    static func value(_ random: inout Random) -> String {
        random.chance(30) ? words[random.below(words.count)] : text(&random)
    }

    static let states = Gen.int(in: 0..<Int.max).map { seed -> AccountState in
        var random = Random(state: UInt64(seed))
        let cloud: Cloud = random.chance(50) ? .china : .global
        let account = AccountIdentity(
            tenantId: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", cloud: cloud, domain: "contoso.partner.onmschina.cn")
        var state = AccountState(account: account)
        for field in ProfileSchema.allFields where random.chance(40) {
            state.profile[field] = value(&random)
        }
        let roles = Role.available(in: cloud)
        for index in 0..<(1 + random.below(4)) {
            var user = UserState(
                userPrincipalName: index == 0 || random.chance(80)
                    ? "user\(index)@contoso.partner.onmschina.cn" : "\(value(&random))\(index)@example.com",
                enabled: index == 0 || random.chance(70),
                roles: Set(roles.filter { _ in random.chance(30) }))
            if index == 0 { user.roles.insert(.globalAdmin) }
            for field in UserField.allCases where random.chance(60) {
                field.set(random.chance(20) ? ["CN", "US", "cn", "NO"][random.below(4)] : value(&random), in: &user)
            }
            state.users[user.key] = user
        }
        return state
    }

    @Test func exportValidatesAndPlansEmpty() async {
        await propertyCheck(count: 1000, input: Self.states) { state in
            let yaml = ConfigExporter.yaml(for: state)
            let loaded = ConfigLoader.load(SourceFile(path: "export.yaml", text: yaml))
            #expect(loaded.diagnostics.map { "\($0.mark): \($0.message)" } == [], "\(yaml)")
            guard let config = loaded.config else { return }
            let plan = Planner.plan(desired: config, current: state)
            #expect(plan.steps.map(\.summary) == [], "\(yaml)")
        }
    }

    @Test func breaksAndControlsAreEscapedNotWrittenRaw() {
        for scalar: Unicode.Scalar in ["\u{85}", "\u{2028}", "\u{2029}", "\u{0}", "\u{9F}", "\u{FEFF}", "\u{FFFF}"] {
            let written = YAMLEmitter.scalar("a\(scalar)b")
            #expect(written.hasPrefix("\""))
            #expect(!written.unicodeScalars.contains(scalar))
            let document = try? YAMLParser.parse(SourceFile(path: "x", text: "k: \(written)\n"))
            #expect(document?.root?.mapping?.first?.value.scalar?.text == "a\(scalar)b")
        }
    }
}

/// Cases the property found, kept as examples.
@Suite struct ExportQuotingTests {
    @Test(arguments: ["a: \u{301}b", "a \u{301}#b", "x :\u{301}", "a\t#b"])
    func indicatorsHiddenInCombiningSequencesAreQuoted(text: String) throws {
        let written = YAMLEmitter.scalar(text)
        let document = try YAMLParser.parse(SourceFile(path: "x", text: "k: \(written)\n"))
        #expect(document.root?.mapping?.first?.value.scalar?.text == text)
    }
}
