import Foundation
import PartnerCLITesting
import PartnerModel
import PartnerSQLite
import PartnerTestSupport
import Testing

/// Values from the store (anyone can type them into the portal) and from saved files reach
/// people escaped: no escape sequence, line break or bidi control of theirs is ever printed.
@Suite struct OutputSafetyTests {
    static let tenantId = "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10"
    static let domain = "fabrikam.onmicrosoft.com"

    /// A display name that clears the screen, turns red, goes back to column 0, starts a line that
    /// looks like a plan line, reverses the text, breaks the line with U+2028, and ends with a
    /// backslash.
    static let displayName = "\u{1B}[2J\u{1B}[31mSam\r\n  + fake.user@fabrikam.onmicrosoft.com\u{202E}moc\u{2028}\\"
    static let shownDisplayName =
        #"\u{1B}[2J\u{1B}[31mSam\r\n  + fake.user@fabrikam.onmicrosoft.com\u{202E}moc\u{2028}\\"#
    /// An offer id that is a terminal hyperlink (OSC 8).
    static let offer = "MS-AZR-\u{1B}]8;;http://evil.example\u{7}0145P\u{1B}]8;;\u{7}"
    static let shownOffer = #"MS-AZR-\u{1B}]8;;http://evil.example\u{07}0145P\u{1B}]8;;\u{07}"#
    /// A lock holder whose command sets the terminal's title and fakes a line.
    static let holder = LockHolder(
        user: "mallory\u{1B}[8m", host: "ci\r\nrunner", pid: 1,
        command: "partnerctl apply\u{1B}]0;pwned\u{7}\n+ user.delete admin")
    static let shownHolder = #"mallory\u{1B}[8m@ci\r\nrunner"#
    static let shownCommand = #"partnerctl apply\u{1B}]0;pwned\u{07}\n+ user.delete admin"#

    /// The quickstart account, applied, with `catalog.default: visible`; then someone renames
    /// Sam in the portal and an odd hidden offer turns up in the catalog.
    func taintedWorkspace(displayName: String = displayName) async throws -> (
        Workspace, config: String, store: SQLiteStore
    ) {
        let workspace = try Workspace()
        let example = try String(contentsOfFile: Repository.path("examples/quickstart/partner.yaml"), encoding: .utf8)
        let config = try workspace.write("partner.yaml", example + "\ncatalog:\n  default: visible\n")
        let applied = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("pw.tsv"))
        #expect(applied.exitCode == 0)
        let store = try SQLiteStore(path: workspace.path("account.db"), mode: .readWrite)
        var state = try #require(try await store.snapshot(tenantId: Self.tenantId)).state
        state.users["sam.sales@fabrikam.onmicrosoft.com"]?.displayName = displayName
        state.offers.append(Offer(id: Self.offer, name: "Azure plan", category: "azure"))
        state.hiddenOffers.insert(Self.offer)
        try await store.replaceState(state)
        return (workspace, config, store)
    }

    /// The plan for the tainted account, as `plan`, `show` and `drift` print it.
    static let plan = """
        Users:
          ~ sam.sales@fabrikam.onmicrosoft.com
              displayName  \(shownDisplayName) → Sam Sales

        Catalog:
          ~ \(shownOffer)  hidden  → visible  (catalog.default is visible)

        Plan: 0 to add, 2 to change, 0 to remove.

        """

    @Test func planEscapesStoreValues() async throws {
        let (workspace, config, _) = try await taintedWorkspace()
        defer { workspace.remove() }
        let result = await partnerctl("plan", config, "--store", workspace.storeURL)
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == Self.plan)
        #expect(result.standardError == "")
    }

    @Test func onATerminalTheOnlyEscapeSequencesAreOurColours() async throws {
        let (workspace, config, _) = try await taintedWorkspace()
        defer { workspace.remove() }
        let result = await partnerctl("plan", config, "--store", workspace.storeURL, terminal: true)
        #expect(result.standardOutput.contains("\u{1B}[1mUsers:\u{1B}[0m\n"))
        #expect(result.standardOutput.contains("displayName  \(Self.shownDisplayName) → Sam Sales\n"))
        let colours = try Regex(#"\x1B\[(0|1|2|32|36|1;31|1;33)m"#)
        #expect(!result.standardOutput.replacing(colours, with: "").contains("\u{1B}"))
    }

    @Test func showEscapesTheSavedPlanAndItsOrigin() async throws {
        let (workspace, config, _) = try await taintedWorkspace()
        defer { workspace.remove() }
        let saved = workspace.path("plan.json")
        #expect(await partnerctl("plan", config, "--store", workspace.storeURL, "--out", saved).exitCode == 0)
        // Anyone who can edit the file can put anything in it.
        var document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: saved))) as? [String: Any])
        document["store"] = "sqlite:\u{1B}[2Jdb\nPlan: 0 to add"
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: saved))
        let result = await partnerctl("show", saved)
        #expect(result.exitCode == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2].hasPrefix(#"against sqlite:\u{1B}[2Jdb\nPlan: 0 to add at state "#))
        #expect(lines.dropFirst(4).joined(separator: "\n") == Self.plan)
    }

    @Test func driftTextEscapesStoreValues() async throws {
        let (workspace, config, _) = try await taintedWorkspace()
        defer { workspace.remove() }
        let result = await partnerctl("drift", config, "--store", workspace.storeURL)
        #expect(result.exitCode == 2)
        let header = "CONFIG".padding(toLength: config.count, withPad: " ", startingAt: 0)
        #expect(
            result.standardOutput == """
                \(config) (fabrikam.onmicrosoft.com):
                \(Self.plan)
                \(header)  ACCOUNT                   RESULT
                \(config)  fabrikam.onmicrosoft.com  drift: 0 to add, 2 to change, 0 to remove

                1 of 1 account drifted.

                """)
    }

    @Test func driftMarkdownEscapesStoreValues() async throws {
        let (workspace, config, _) = try await taintedWorkspace()
        defer { workspace.remove() }
        let result = await partnerctl("drift", config, "--store", workspace.storeURL, "--format", "markdown")
        #expect(result.exitCode == 2)
        #expect(
            result.standardOutput == """
                ## partnerctl drift

                1 of 1 account drifted.

                | Config | Account | Result |
                | --- | --- | --- |
                | `\(config)` | fabrikam.onmicrosoft.com | ⚠️ drift: 0 to add, 2 to change, 0 to remove |

                <details><summary><code>\(config)</code>: 2 changes</summary>

                ```
                \(Self.plan)```

                </details>

                """)
    }

    /// A value written to break out of the job summary: close the fence, add a heading, a link
    /// and a table row. The config's own name is just as hostile.
    @Test func aValueCannotAddHeadingsLinksOrRowsToTheMarkdownReport() async throws {
        let name = "x```\n# Heading\n[link](http://x) | <b>y</b>"
        let (workspace, _, _) = try await taintedWorkspace(displayName: name)
        defer { workspace.remove() }
        let example = try String(contentsOfFile: Repository.path("examples/quickstart/partner.yaml"), encoding: .utf8)
        let config = try workspace.write("a`b|<i>&.yaml", example)
        let result = await partnerctl("drift", config, "--store", workspace.storeURL, "--format", "markdown")
        #expect(result.exitCode == 2)
        let path = workspace.path("")
        #expect(
            result.standardOutput == """
                ## partnerctl drift

                1 of 1 account drifted.

                | Config | Account | Result |
                | --- | --- | --- |
                | ``\(path)a`b\\|<i>&.yaml`` | fabrikam.onmicrosoft.com | ⚠️ drift: 0 to add, 1 to change, 0 to remove |

                <details><summary><code>\(path)a`b|&lt;i&gt;&amp;.yaml</code>: 1 change</summary>

                ````
                Users:
                  ~ sam.sales@fabrikam.onmicrosoft.com
                      displayName  x```\\n# Heading\\n[link](http://x) | <b>y</b> → Sam Sales

                Plan: 0 to add, 1 to change, 0 to remove.
                ````

                </details>

                """)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("#") } == ["## partnerctl drift"])
        #expect(lines.filter { $0.hasPrefix("|") }.count == 3)
        #expect(lines.filter { $0.hasPrefix("```") } == ["````", "````"])
    }

    @Test func aHeldLockNamesItsHolderEscapedAndUnlockToo() async throws {
        let (workspace, config, store) = try await taintedWorkspace()
        defer { workspace.remove() }
        let lock = try await store.acquireLock(tenantId: Self.tenantId, holder: Self.holder)
        let since = lock.acquiredAt.formatted(.iso8601)
        let refused = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve", "--lock-timeout", "0")
        #expect(refused.exitCode == 4)
        #expect(
            refused.standardError == """
                error: the account is locked by \(Self.shownHolder) (pid 1, '\(Self.shownCommand)') since \(since); lock id \(lock.id)
                hint: if that apply is no longer running, break its lock with 'partnerctl unlock \(lock.id)'

                """)
        let unlocked = await partnerctl("unlock", lock.id, "--store", workspace.storeURL)
        #expect(unlocked.exitCode == 0)
        #expect(
            unlocked.standardOutput == """
                Broke lock \(lock.id) on tenant \(Self.tenantId), held by \(Self.shownHolder) (pid 1, '\(Self.shownCommand)') since \(since).

                """)
    }

    @Test func historyEscapesHoldersStepsAndErrors() async throws {
        let (workspace, _, store) = try await taintedWorkspace()
        defer { workspace.remove() }
        // A failed apply as partnerctl records it: the error as the store said it, unescaped; history
        // escapes it exactly once (one backslash before `n`, not two).
        let applyId = try await store.beginApply(tenantId: Self.tenantId, holder: Self.holder, stepCount: 2)
        let step = PlanStep(kind: .catalogShow, target: Self.offer, reason: "catalog.default is visible")
        try await store.recordFailure(
            applyId: applyId, index: 1, step: step, error: "offer '\(Self.offer)' is frozen\n# Heading")
        try await store.finishApply(id: applyId, status: .failed)
        let record = try #require(try await store.history(tenantId: Self.tenantId, limit: 1).first)
        let result = await partnerctl("history", "--store", workspace.storeURL, "--steps")
        #expect(result.exitCode == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let id = String(applyId.prefix(8))
        #expect(
            lines.contains("\(id)  \(record.startedAt.formatted(.iso8601))  failed     0/2         \(Self.shownHolder)")
        )
        #expect(
            result.standardOutput.contains(
                """

                \(id):
                  1. catalog.show \(Self.shownOffer)  failed: offer '\(Self.shownOffer)' is frozen\\n# Heading
                  (1 not started)

                """))
    }

    /// The source line `validate` echoes is the file itself: its controls are escaped, and the
    /// caret still points at the offending character (after `\u{202E}`, `\t` and a wide 李).
    @Test func validateEscapesTheEchoedLineAndKeepsTheCaretInPlace() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let example = try String(contentsOfFile: Repository.path("examples/quickstart/partner.yaml"), encoding: .utf8)
        let raw = try workspace.write(
            "raw.yaml",
            example.replacingOccurrences(
                of: "    displayName: Sam Sales", with: "    displayName: \"\u{202E}\t李\u{1B}[31m\""))
        let rawResult = await partnerctl("validate", raw)
        #expect(rawResult.exitCode == 3)
        #expect(
            rawResult.standardError == #"""
                \#(raw): 1 error
                \#(raw):24:22: error: control character U+001B is not allowed
                 24 |     displayName: "\u{202E}\t李\u{1B}[31m"
                    |                               ^
                  hint: remove it, or write it as an escape inside double quotes

                """#)
        let quoted = try workspace.write(
            "quoted.yaml",
            example.replacingOccurrences(
                of: "    displayName: Sam Sales", with: #"    displayName: "\e[31mSam\u202E"  # \#u{202E}"#))
        let quotedResult = await partnerctl("validate", quoted)
        #expect(quotedResult.exitCode == 3)
        #expect(
            quotedResult.standardError == #"""
                \#(quoted): 1 error
                \#(quoted):24:18: error: 'users[1].displayName' is not text with control characters: '\u{1B}[31mSam\u{202E}'
                 24 |     displayName: "\\e[31mSam\\u202E"  # \u{202E}
                    |                  ^~~~~~~~~~~~~~~~~~~

                """#)
    }
}
