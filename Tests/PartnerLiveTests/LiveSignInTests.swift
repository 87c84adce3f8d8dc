import Foundation
import PartnerCLI
import PartnerCLITesting
import PartnerLive
import PartnerModel
import PartnerSQLite
import PartnerServe
import PartnerTestSupport
import PartnerWire
import Synchronization
import Testing

/// `partnerctl login` and `logout` against `serve`'s device-code endpoint, the saved sign-in used
/// by the `partnercenter:` store, and what must never be shown.
@Suite struct LiveSignInTests {
    static let account = LiveCommandTests.account

    /// The environment of a person who signed in: the client id, and the credentials file in a
    /// folder that does not exist yet.
    static func environment(_ setup: LiveCommandTests.Setup) -> [String: String] {
        [
            "PARTNERCTL_CLIENT_ID": LiveHarness.clientId,
            "PARTNERCTL_CREDENTIALS": setup.harness.directory.file("config/partnerctl/credentials.json"),
        ]
    }

    static func credentialsPath(_ setup: LiveCommandTests.Setup) -> String {
        setup.harness.directory.file("config/partnerctl/credentials.json")
    }

    static func saved(_ path: String) throws -> SavedSignIn {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(SavedSignIn.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func loginSavesTheSignInPrivatelyAndEveryCommandUsesItAndNoSecretIsShown() async throws {
        let setup = try await LiveCommandTests.setup()
        let harness = setup.harness
        // A confidential app: its secret goes with every redemption, and the saved sign-in wins
        // over App-only (client id and secret alone).
        var environment = Self.environment(setup)
        environment["PARTNERCTL_CLIENT_SECRET"] = LiveHarness.clientSecret
        let path = Self.credentialsPath(setup)
        var outputs: [String] = []
        var refreshTokens: [String] = []
        func run(_ arguments: [String]) async throws -> CommandResult {
            let result = await partnerctl(arguments, environment: environment)
            outputs += [result.standardOutput, result.standardError]
            if let saved = try? Self.saved(path) { refreshTokens.append(saved.refreshToken) }
            return result
        }

        let login = try await run([
            "login", "--device-code", "--config", setup.config, "--store", "partnercenter:" + harness.root,
        ])
        #expect(login.exitCode == 0, "\(login.standardError)")
        #expect(login.standardOutput == "")
        let lines = login.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(login.standardError)")
        #expect(lines.first?.hasPrefix("To sign in, run 'partnerctl serve approve ") == true, "\(login.standardError)")
        #expect(
            lines.last
                == "Signed in to tenant \(Self.account.tenantId) (Partner Center) at \(harness.root). Saved the sign-in to \(path) "
                + "(mode 0600); partnercenter: stores use it when neither PARTNERCTL_TOKEN nor "
                + "PARTNERCTL_REFRESH_TOKEN is set.")
        // 0600 in a 0700 folder made for it; the refresh token and where it is redeemed, no access token.
        #expect(try Self.mode(path) == 0o600)
        #expect(try Self.mode((path as NSString).deletingLastPathComponent) == 0o700)
        let saved = try Self.saved(path)
        #expect(saved.tenant == Self.account.tenantId)
        #expect(saved.cloud == .global)
        #expect(saved.clientId == LiveHarness.clientId)
        #expect(saved.authority == harness.root)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("access"))
        #expect(LiveSecretScan.tokenShaped(text) == [Substring(saved.refreshToken)])

        // Before the first apply (no ledger yet): planned against the account as serve holds it.
        let planFile = harness.directory.file("plan.json")
        let plan = try await run(["plan", setup.config] + setup.arguments + ["--out", planFile])
        #expect(plan.exitCode == 0, "\(plan.standardError)")
        #expect(!FileManager.default.fileExists(atPath: setup.ledgerPath), "plan created the ledger")
        let apply = try await run(["apply", "--plan", planFile, "--passwords-out", setup.passwords])
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        LiveCommandTests.expectQuickstart(try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state)
        // Each command redeemed the saved refresh token, and saved the renewed one back.
        #expect(Set(refreshTokens).count >= 3, "the renewed refresh token was not saved back")
        #expect(try Self.mode(path) == 0o600)

        let drift = try await run(["drift", setup.config] + setup.arguments)
        #expect(drift.exitCode == 0, "\(drift.standardOutput)\(drift.standardError)")
        let export = try await run(["export"] + setup.arguments)
        #expect(export.exitCode == 0, "\(export.standardError)")
        let history = try await run(["history", "--steps"] + setup.arguments)
        #expect(history.exitCode == 0, "\(history.standardError)")

        let logout = try await run(["logout"])
        #expect(logout.exitCode == 0)
        #expect(
            logout.standardError
                == "Signed out: removed the sign-in for tenant \(Self.account.tenantId) (Partner Center) at \(path). "
                + "The refresh token was not revoked at Microsoft.\n")
        #expect(!FileManager.default.fileExists(atPath: path))
        let again = try await run(["logout"])
        #expect(again.exitCode == 0)
        #expect(again.standardError == "Not signed in: there is no saved sign-in at \(path).\n")
        // Signed out, the client id and secret alone sign in App-only, which Partner Center refuses
        // for the profiles; without the secret there is nothing to sign in with.
        let appOnly = try await run(["plan", setup.config] + setup.arguments)
        #expect(appOnly.exitCode == 1)
        #expect(appOnly.standardError.contains("403, code 2032"), "\(appOnly.standardError)")
        let signedOut = await partnerctl(
            ["plan", setup.config] + setup.arguments, environment: Self.environment(setup))
        outputs += [signedOut.standardOutput, signedOut.standardError]
        #expect(signedOut.exitCode == 1)
        #expect(
            signedOut.standardError.hasPrefix(
                "error: the Partner Center store needs credentials: run 'partnerctl login'"))

        let secrets = refreshTokens + [LiveHarness.clientSecret] + (try LiveCommandTests.passwords(in: setup.passwords))
        LiveSecretScan.expectNone(
            of: secrets, in: outputs + harness.logLines.all,
            files: [planFile, setup.ledgerPath, setup.ledgerPath + "-wal", setup.ledgerPath + "-shm"])
        await harness.stop()
    }

    @Test func loginWaitsForTheApprovalAndShowsTheAuthoritysMessage() async throws {
        let setup = try await LiveCommandTests.setup { $0.autoApproveDeviceCodes = false }
        let harness = setup.harness
        let (codes, found) = AsyncStream.makeStream(of: String.self)
        let errors = Mutex("")
        let console = Console(
            write: { text, stream in
                guard stream == .standardError else { return }
                errors.withLock { $0 += text }
                if let range = text.range(of: "serve approve ") {
                    found.yield(String(text[range.upperBound...].prefix(8)))
                }
            },
            isTerminal: { _ in false }, environment: Self.environment(setup))
        async let exitCode = Console.$current.withValue(console) {
            await CommandRunner.run([
                "login", "--tenant", Self.account.domain, "--store", "partnercenter:" + harness.root,
            ])
        }
        var iterator = codes.makeAsyncIterator()
        let userCode = try #require(await iterator.next())
        // Not approved yet: the command polls (authorization_pending) and has saved nothing.
        let lines = try await harness.waitForLog { $0.contains { $0.contains("oauth2/v2.0/token 400") } }
        #expect(lines.contains { $0.contains("oauth2/v2.0/token 400") }, "no pending poll")
        #expect(!FileManager.default.fileExists(atPath: Self.credentialsPath(setup)))
        #expect(await harness.service.approve(userCode: userCode, userPrincipalName: "admin@fabrikam.onmicrosoft.com"))
        #expect(await exitCode == 0, "\(errors.withLock { $0 })")
        #expect(try Self.saved(Self.credentialsPath(setup)).tenant == Self.account.domain)
        // Signed in by the domain: it serves the account with that domain.
        let plan = await partnerctl(["plan", setup.config] + setup.arguments, environment: Self.environment(setup))
        #expect(plan.exitCode == 0, "\(plan.standardError)")
        await harness.stop()
    }

    @Test func theSavedSignInServesOnlyItsTenantAndAuthority() async throws {
        let setup = try await LiveCommandTests.setup()
        let environment = Self.environment(setup)
        let login = await partnerctl(
            ["login", "--tenant", Self.account.tenantId, "--store", "partnercenter:" + setup.harness.root],
            environment: environment)
        #expect(login.exitCode == 0, "\(login.standardError)")
        let plan = await partnerctl(["plan", setup.config] + setup.arguments, environment: environment)
        #expect(plan.exitCode == 0, "\(plan.standardError)")

        let other = setup.harness.directory.file("other.yaml")
        try String(contentsOfFile: setup.config, encoding: .utf8)
            .replacingOccurrences(of: Self.account.tenantId, with: "9d0e0b7a-1111-4c1e-9a59-3d1f2b9a7c10")
            .write(toFile: other, atomically: true, encoding: .utf8)
        let wrongTenant = await partnerctl(["plan", other] + setup.arguments, environment: environment)
        #expect(wrongTenant.exitCode == 1)
        #expect(
            wrongTenant.standardError
                == "error: sign-in failed: other_tenant: the saved sign-in is for tenant \(Self.account.tenantId); "
                + "the account is tenant 9d0e0b7a-1111-4c1e-9a59-3d1f2b9a7c10\n"
                + "hint: run 'partnerctl login' for this account, or point PARTNERCTL_CREDENTIALS at its sign-in\n")

        let elsewhere = await partnerctl(
            [
                "plan", setup.config, "--store", "partnercenter:http://127.0.0.1:9", "--ledger",
                "sqlite:" + setup.ledgerPath,
            ],
            environment: environment)
        #expect(elsewhere.exitCode == 1)
        #expect(elsewhere.standardError.contains("other_authority"), "\(elsewhere.standardError)")
        await setup.harness.stop()
    }

    @Test func aRevokedOrWrongRefreshTokenFailsWithTheAuthoritysCodeAndAHint() async throws {
        let setup = try await LiveCommandTests.setup()
        let environment = Self.environment(setup)
        let login = await partnerctl(
            ["login", "--config", setup.config, "--store", "partnercenter:" + setup.harness.root],
            environment: environment)
        #expect(login.exitCode == 0, "\(login.standardError)")
        let refresh = try Self.saved(Self.credentialsPath(setup)).refreshToken
        #expect(await setup.harness.service.revokeRefreshTokens() > 0)

        let revoked = await partnerctl(["plan", setup.config] + setup.arguments, environment: environment)
        #expect(revoked.exitCode == 1)
        #expect(
            revoked.standardError.hasPrefix(
                "error: sign-in failed: invalid_grant: tenant \(Self.account.tenantId), POST /\(Self.account.tenantId)/oauth2/v2.0/token (400): AADSTS9002313: "
            ), "\(revoked.standardError)")
        #expect(
            revoked.standardError.hasSuffix(
                "\nhint: the sign-in saved at \(Self.credentialsPath(setup)) was refused: run 'partnerctl login' again\n"
            ))

        // A wrong refresh token from the environment: its own hint.
        let wrong = [
            "PARTNERCTL_CLIENT_ID": LiveHarness.clientId, "PARTNERCTL_REFRESH_TOKEN": "not-a-refresh-token-5e6f7a",
        ]
        let given = await partnerctl(["drift", setup.config] + setup.arguments, environment: wrong)
        #expect(given.exitCode == 1)
        #expect(given.standardOutput.contains("invalid_grant"), "\(given.standardOutput)")
        #expect(given.standardOutput.contains("AADSTS9002313"), "\(given.standardOutput)")
        for result in [revoked, given] {
            for secret in [refresh, "not-a-refresh-token-5e6f7a"] {
                #expect(!(result.standardOutput + result.standardError).contains(secret))
            }
        }
        await setup.harness.stop()
    }

    @Test func anExpiredAccessTokenIsRedeemedAgainWithoutAWord() async throws {
        let setup = try await LiveCommandTests.setup()
        let harness = setup.harness
        let tokens = try await harness.userTokens(Self.account)
        let store = try harness.store(
            LiveCredentials(
                .refreshToken(clientId: LiveHarness.clientId, clientSecret: nil, refreshToken: tokens.refresh)))
        try await store.enroll(Self.account, offers: [])
        #expect(try await store.snapshot(tenantId: Self.account.tenantId) != nil)
        // Two device-code sign-ins by the test, then one redemption for each audience by the store.
        func redemptions(_ lines: [String]) -> Int { lines.filter { $0.contains("oauth2/v2.0/token 200") }.count }
        #expect(redemptions(try await harness.waitForLog { redemptions($0) >= 4 }) == 4)
        // Every access token the store holds ends, as their hour running out would.
        #expect(await harness.service.expireAccessTokens() >= 2)
        #expect(try await store.snapshot(tenantId: Self.account.tenantId) != nil)
        let lines = try await harness.waitForLog { redemptions($0) >= 6 }
        #expect(lines.contains { $0.hasPrefix("GET /v1/profiles/legalbusiness 401") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("GET /v1.0/users 401") }, "\(lines)")
        #expect(redemptions(lines) == 6)
        await harness.stop()
    }

    @Test func loginNeedsAClientIdAndAnAccount() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = ["PARTNERCTL_CREDENTIALS": directory.file("credentials.json")]
        let noClient = await partnerctl(["login", "--tenant", "contoso.onmicrosoft.com"], environment: environment)
        #expect(noClient.exitCode == 64)
        #expect(
            noClient.standardError
                == "error: no application to sign in with: give --client-id ID or set PARTNERCTL_CLIENT_ID "
                + "(the app registration's client id)\n")
        let noAccount = await partnerctl(
            ["login", "--client-id", "x", "--config", directory.file("missing.yaml")], environment: environment)
        #expect(noAccount.exitCode == 64)
        #expect(noAccount.standardError.contains("name the account to sign in to: --tenant ID"))
        let cloudAlone = await partnerctl(["login", "--client-id", "x", "--cloud", "china"], environment: environment)
        #expect(cloudAlone.exitCode == 64)
        let sqlite = await partnerctl(
            ["login", "--client-id", "x", "--tenant", "t", "--store", "sqlite:x.db"], environment: environment)
        #expect(sqlite.exitCode == 64)
        #expect(sqlite.standardError.contains("--store must be partnercenter: or partnercenter:URL"))
    }

    @Test func theCredentialsFileIsNeverWrittenThroughALinkOrOverAnotherFile() async throws {
        let setup = try await LiveCommandTests.setup()
        let directory = setup.harness.directory
        let victim = directory.file("victim.txt")
        try "precious\n".write(toFile: victim, atomically: true, encoding: .utf8)
        let link = directory.file("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        func login(_ path: String) async -> CommandResult {
            await partnerctl(
                ["login", "--config", setup.config, "--store", "partnercenter:" + setup.harness.root],
                environment: ["PARTNERCTL_CLIENT_ID": LiveHarness.clientId, "PARTNERCTL_CREDENTIALS": path])
        }
        let throughLink = await login(link)
        #expect(throughLink.exitCode == 1)
        #expect(
            throughLink.standardError
                == "error: the credentials file '\(link)' is a symbolic link\nhint: partnerctl replaces only a "
                + "credentials file it wrote: move it away, or set PARTNERCTL_CREDENTIALS\n")
        #expect(!throughLink.standardError.contains("serve approve"), "asked for a sign-in it could not save")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        let overOther = await login(victim)
        #expect(overOther.exitCode == 1)
        #expect(overOther.standardError.contains("is not a partnerctl credentials file"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")

        // logout refuses both, and removes nothing.
        for path in [link, victim] {
            let logout = await partnerctl(["logout"], environment: ["PARTNERCTL_CREDENTIALS": path])
            #expect(logout.exitCode == 1)
            #expect(logout.standardError.contains("it was not removed"), "\(logout.standardError)")
        }
        #expect(FileManager.default.fileExists(atPath: link))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")

        // A saved sign-in others may read is not used.
        let good = directory.file("good.json")
        #expect(await login(good).exitCode == 0)
        #expect(chmod(good, 0o644) == 0)
        let plan = await partnerctl(
            ["plan", setup.config] + setup.arguments, environment: ["PARTNERCTL_CREDENTIALS": good])
        #expect(plan.exitCode == 1)
        #expect(
            plan.standardError
                == "error: the credentials file '\(good)' may be read by others (mode 644)\nhint: 'chmod 600' it, or "
                + "remove it and run 'partnerctl login' again\n")
        // A second login replaces the file partnerctl wrote.
        #expect(chmod(good, 0o600) == 0)
        let first = try Self.saved(good).refreshToken
        #expect(await login(good).exitCode == 0)
        #expect(try Self.saved(good).refreshToken != first)
        await setup.harness.stop()
    }
}
