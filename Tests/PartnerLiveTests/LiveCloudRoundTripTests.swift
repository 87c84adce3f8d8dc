import Foundation
import PartnerCLITesting
import PartnerLive
import PartnerModel
import PartnerSQLite
import PartnerServe
import PartnerTestSupport
import PartnerWire
import Testing

/// plan, apply, drift and export against `serve` over real HTTP, for an account in each cloud;
/// planning before the first apply; catalog rules said plainly.
@Suite struct LiveCloudRoundTripTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let path: String
        let account: AccountIdentity
        /// A user to rename "in the portal", and the name the file gives it.
        let user: String
        let name: String
        var testDescription: String { account.cloud.rawValue }
    }

    static let examples = [
        Example(
            path: "examples/quickstart/partner.yaml", account: LiveCommandTests.account,
            user: "sam.sales@fabrikam.onmicrosoft.com", name: "Sam Sales"),
        Example(
            path: "examples/21vianet-contoso/partner.yaml",
            account: AccountIdentity(
                tenantId: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", cloud: .china, domain: "contoso.partner.onmschina.cn"),
            user: "li.wei@contoso.partner.onmschina.cn", name: "李伟"),
    ]

    struct Setup {
        let harness: LiveHarness
        let config: String
        let arguments: [String]
        let ledgerPath: String
        let environment: [String: String]
        let graphToken: String
    }

    static func setup(_ example: Example, _ prepare: (SQLiteStore) async throws -> Void = { _ in }) async throws
        -> Setup
    {
        let harness = try await LiveHarness(accounts: [example.account])
        try await prepare(harness.backing)
        let config = harness.directory.file("partner.yaml")
        try String(contentsOfFile: Repository.path(example.path), encoding: .utf8)
            .write(toFile: config, atomically: true, encoding: .utf8)
        let ledgerPath = harness.directory.file("ledger.db")
        let tokens = try await harness.userTokens(example.account)
        return Setup(
            harness: harness, config: config,
            arguments: ["--store", "partnercenter:" + harness.root, "--ledger", "sqlite:" + ledgerPath],
            ledgerPath: ledgerPath,
            environment: ["PARTNERCTL_CLIENT_ID": LiveHarness.clientId, "PARTNERCTL_REFRESH_TOKEN": tokens.refresh],
            graphToken: tokens.graph)
    }

    @Test(arguments: examples) func applyDriftExportRoundTrip(_ example: Example) async throws {
        let setup = try await Self.setup(example)
        let harness = setup.harness
        func run(_ arguments: [String]) async -> CommandResult {
            await partnerctl(arguments, environment: setup.environment)
        }
        let passwords = harness.directory.file("passwords.tsv")
        let apply = await run(
            ["apply", setup.config] + setup.arguments + ["--auto-approve", "--passwords-out", passwords])
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        let state = try #require(try await harness.backing.snapshot(tenantId: example.account.tenantId)?.state)
        #expect(state.users[example.user]?.displayName == example.name)
        #expect(!state.users.isEmpty && !state.profile.values.isEmpty)

        let clean = await run(["drift", setup.config] + setup.arguments)
        #expect(clean.exitCode == 0, "\(clean.standardOutput)\(clean.standardError)")
        #expect(!clean.standardOutput.contains("atalog"))

        // Renamed in the portal: drift says so, and history does not list it.
        let status = try await harness.send(
            .PATCH, "/v1.0/users/\(example.user)", token: setup.graphToken,
            json: GraphUserUpdate(displayName: "Renamed"))
        #expect(status == 204)
        let drifted = await run(["drift", setup.config] + setup.arguments)
        #expect(drifted.exitCode == 2, "\(drifted.standardOutput)\(drifted.standardError)")
        #expect(drifted.standardOutput.contains("displayName  Renamed → \(example.name)"), "\(drifted.standardOutput)")

        let exported = harness.directory.file("exported.yaml")
        let export = await run(["export", "-o", exported] + setup.arguments)
        #expect(export.exitCode == 0, "\(export.standardError)")
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(text.contains("cloud: \(example.account.cloud.rawValue)"))
        #expect(text.contains("displayName: Renamed"))
        let plan = await run(["plan", exported, "--detailed-exitcode"] + setup.arguments)
        #expect(plan.exitCode == 0, "\(plan.standardOutput)\(plan.standardError)")
        #expect(plan.standardOutput == "No changes. The account matches the configuration.\n")
        await harness.stop()
    }

    @Test func planAndDriftBeforeTheFirstApplyReadTheLiveAccountAndWriteNothing() async throws {
        let example = Self.examples[0]
        let account = example.account
        let setup = try await Self.setup(example) { backing in
            // The account as it already is at Microsoft: its admin and support profile in place.
            try await backing.replaceState(
                AccountState(
                    account: account,
                    profile: Profile(values: [
                        "support.email": "support@fabrikam.com", "support.telephone": "+1 425 555 0100",
                        "support.website": "https://fabrikam.com/support",
                    ]),
                    users: [
                        "admin@fabrikam.onmicrosoft.com": UserState(
                            userPrincipalName: "admin@fabrikam.onmicrosoft.com", displayName: "Fabrikam Admin",
                            firstName: "Alex", lastName: "Admin", usageLocation: "US", roles: [.globalAdmin])
                    ],
                    offers: OfferCatalog.builtIn(for: account.cloud).offers))
        }
        let plan = await partnerctl(
            ["plan", setup.config, "--detailed-exitcode"] + setup.arguments, environment: setup.environment)
        #expect(plan.exitCode == 2, "\(plan.standardError)")
        #expect(
            plan.standardOutput == """
                Users:
                  + sam.sales@fabrikam.onmicrosoft.com
                      displayName    Sam Sales
                      usageLocation  US
                      enabled        true
                      + role admin-agent
                      + role sales-agent

                Plan: 3 to add, 0 to change, 0 to remove.

                """)
        #expect(
            plan.standardError
                == "The ledger has no record of account \(account.tenantId) yet: planned against the account as "
                + "Partner Center holds it; 'partnerctl apply' registers it with the ledger.\n")
        let drift = await partnerctl(["drift", setup.config] + setup.arguments, environment: setup.environment)
        #expect(drift.exitCode == 2, "\(drift.standardOutput)\(drift.standardError)")
        #expect(drift.standardOutput.contains("+ sam.sales@fabrikam.onmicrosoft.com"))
        #expect(!drift.standardOutput.contains("admin@fabrikam"))
        let export = await partnerctl(
            ["export", "--config", setup.config] + setup.arguments, environment: setup.environment)
        #expect(export.exitCode == 0, "\(export.standardError)")
        #expect(export.standardOutput.contains("  - userPrincipalName: admin@fabrikam.onmicrosoft.com\n"))
        #expect(!export.standardOutput.contains("sam.sales"))
        // Commands about the ledger itself find none.
        let history = await partnerctl(["history"] + setup.arguments, environment: setup.environment)
        #expect(history.exitCode == 1)
        #expect(history.standardError.hasPrefix("error: no store at partnercenter:"), "\(history.standardError)")
        #expect(!FileManager.default.fileExists(atPath: setup.ledgerPath), "a read-only command created the ledger")
        #expect(!FileManager.default.fileExists(atPath: setup.harness.directory.file(".partnerctl")))
        await setup.harness.stop()
    }

    @Test func catalogRulesAreListedAsNotManagedAndNeitherPlannedNorRefusedNorDrift() async throws {
        let example = Self.examples[0]
        let setup = try await Self.setup(example)
        let harness = setup.harness
        let text = try String(contentsOfFile: setup.config, encoding: .utf8)
        try (text + "\ncatalog:\n  default: visible\n  hide:\n    - MS-AZR-0145P\n    - category:dynamics-365\n")
            .write(toFile: setup.config, atomically: true, encoding: .utf8)
        let notManaged = """
            Not managed by this store:
              catalog.hide  MS-AZR-0145P
              catalog.hide  category:dynamics-365
              Partner Center has no API for catalog visibility: not planned, applied or checked for drift.
              Portal: Sell > Catalog in the Partner Center portal; it only pins up to five offers to the top of the list (hiding an offer is not a documented feature).


            """
        let passwords = harness.directory.file("passwords.tsv")
        let apply = await partnerctl(
            ["apply", setup.config] + setup.arguments + ["--auto-approve", "--passwords-out", passwords],
            environment: setup.environment)
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        #expect(apply.standardOutput.contains("\n\n" + notManaged + "Plan: "), "\(apply.standardOutput)")
        #expect(!apply.standardOutput.contains("~ MS-AZR-0145P"))
        LiveCommandTests.expectQuickstart(try await harness.backing.snapshot(tenantId: example.account.tenantId)?.state)

        let plan = await partnerctl(
            ["plan", setup.config, "--detailed-exitcode"] + setup.arguments, environment: setup.environment)
        #expect(plan.exitCode == 0, "\(plan.standardOutput)\(plan.standardError)")
        #expect(plan.standardOutput == notManaged + "No changes. The account matches the configuration.\n")
        #expect(plan.standardError == "")
        let json = await partnerctl(
            ["plan", setup.config, "--format", "json"] + setup.arguments, environment: setup.environment)
        #expect(json.exitCode == 0)
        let document = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let unmanaged = document?["unmanaged"] as? [[String: String]]
        #expect(unmanaged?.map { $0["setting"] ?? "" } == ["catalog.hide", "catalog.hide"])
        #expect(unmanaged?.map { $0["value"] ?? "" } == ["MS-AZR-0145P", "category:dynamics-365"])
        #expect((document?["steps"] as? [Any])?.isEmpty == true)
        if ExternalTool("check-jsonschema").isInstalled {
            let path = harness.directory.file("plan-output.json")
            try json.standardOutput.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try await ExternalTool("check-jsonschema").run([
                "--schemafile", Repository.path("schemas/plan.schema.json"), path,
            ])
            #expect(result.status == 0, "\(result.output)")
        }
        let markdown = await partnerctl(
            ["plan", setup.config, "--format", "markdown"] + setup.arguments, environment: setup.environment)
        #expect(markdown.standardOutput.contains("**Not managed by this store:**\n\n- catalog.hide MS-AZR-0145P\n"))
        let drift = await partnerctl(["drift", setup.config] + setup.arguments, environment: setup.environment)
        #expect(drift.exitCode == 0, "\(drift.standardOutput)\(drift.standardError)")
        #expect(!drift.standardOutput.contains("atalog"))
        await harness.stop()
    }

    @Test func profileFieldsTheServiceSetsStayReadOnly() async throws {
        let setup = try await Self.setup(Self.examples[1])
        let text = try String(contentsOfFile: setup.config, encoding: .utf8)
        try text.replacingOccurrences(
            of: "    companyApproverEmail: legal@contoso.cn\n",
            with: "    companyApproverEmail: legal@contoso.cn\n    vettingStatus: Authorized\n"
        )
        .write(toFile: setup.config, atomically: true, encoding: .utf8)
        let plan = await partnerctl(["plan", setup.config] + setup.arguments, environment: setup.environment)
        #expect(plan.exitCode == 3)
        #expect(plan.standardError.contains("'vettingStatus' in '"), "\(plan.standardError)")
        #expect(plan.standardError.contains("is read-only"), "\(plan.standardError)")
        #expect(plan.standardError.contains("Microsoft sets the vetting status when it verifies the business"))
        #expect(plan.standardOutput == "")
        await setup.harness.stop()
    }

    @Test func theChinaPlanNamesThe21VianetPortalPage() async throws {
        let setup = try await Self.setup(Self.examples[1])
        let plan = await partnerctl(["plan", setup.config] + setup.arguments, environment: setup.environment)
        #expect(plan.exitCode == 0, "\(plan.standardError)")
        #expect(
            plan.standardOutput.contains(
                """
                Not managed by this store:
                  catalog.hide  category:dynamics-365
                  catalog.hide  MS-AZR-0145P
                  catalog.show  CFQ7TTC0LF8R
                  Partner Center has no API for catalog visibility: not planned, applied or checked for drift.
                  Portal: Dashboard > Account settings > Catalog in the Partner Center portal;
                """), "\(plan.standardOutput)")
        await setup.harness.stop()
    }
}
