import Foundation
import PartnerModel
import PartnerTestSupport
import Testing

@testable import PartnerPostgres

/// Database passwords never reach `location`, descriptions or errors (design.md §9). Failures to
/// connect need no server, so those tests always run.
struct PostgresSecretTests {
    static let secret = "Tr0ub4dor-and-3"

    /// The test server's URL for a database, logging in with ``secret`` (the server trusts local
    /// connections, so any password is accepted).
    static func withSecret(_ url: String) throws -> String {
        let withPassword = url.replacingOccurrences(of: "://postgres@", with: "://postgres:\(secret)@")
        try #require(withPassword != url, "the test URL must log in as postgres without a password")
        return withPassword
    }

    @Test(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
    func theLocationHasNoPassword() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            let withPassword = try Self.withSecret(url)
            let store = try await PostgresStore.open(url: withPassword, environment: [:])
            #expect(store.location == url)
            #expect(!"\(store.settings)".contains(Self.secret))
            #expect(!String(reflecting: store.settings).contains(Self.secret))
            await store.close()
        }
    }

    @Test func aConnectionFailureNamesTheServerButNotThePassword() async throws {
        let error = await #expect(throws: StoreError.self) {
            try await PostgresStore.open(url: "postgres://ci:\(Self.secret)@127.0.0.1:1/accounts", environment: [:])
        }
        #expect(
            "\(try #require(error))" == """
                postgres open postgres://ci@127.0.0.1:1/accounts: could not connect: 127.0.0.1:1: Connection refused
                """)
    }

    @Test func aPasswordFromTheEnvironmentStaysOutOfErrors() async throws {
        let error = await #expect(throws: StoreError.self) {
            try await PostgresStore.open(
                url: "postgres://ci@127.0.0.1:1/accounts", environment: ["PGPASSWORD": Self.secret])
        }
        #expect(!"\(try #require(error))".contains(Self.secret))
    }

    /// The last line of defence: a password that turns up in a message, however it got there,
    /// is masked.
    @Test func aPasswordThatTurnsUpInAMessageIsMasked() async throws {
        let error = await #expect(throws: StoreError.self) {
            try await PostgresStore.open(
                url: "postgres://ci@127.0.0.1:1/accounts", environment: ["PGPASSWORD": "refused"])
        }
        #expect(
            "\(try #require(error))"
                == "postgres open postgres://ci@127.0.0.1:1/accounts: could not connect: 127.0.0.1:1: Connection ***")
    }

    /// A message as a server or a library might write it.
    struct Message: Error, CustomStringConvertible {
        var description: String
    }

    func masked(_ message: String, password: String) -> String {
        "\(PostgresStore.storeError(Message(description: message), operation: "open", password: password))"
    }

    /// Short passwords that are parts of common words leave those words whole.
    @Test(arguments: ["p", "a", "ass", "word", "pass", "e", "on"])
    func aShortPasswordInsideWordsLeavesThemWhole(password: String) {
        let message = "password authentication failed for user \"ci\": a bypass is not on, see the server's log"
        #expect(masked(message, password: password) == "postgres open: \(message)")
    }

    @Test func aPasswordStandingAsAValueIsMaskedHoweverShort() {
        #expect(
            masked("cannot use postgres://ci:p@db/x", password: "p")
                == "postgres open: cannot use postgres://ci:***@db/x")
        #expect(
            masked("bad option password=p host=db", password: "p") == "postgres open: bad option password=*** host=db")
        #expect(masked("p", password: "p") == "postgres open: ***")
        #expect(
            masked("token s3cr3t! rejected (s3cr3t!)", password: "s3cr3t!")
                == "postgres open: token *** rejected (***)")
        #expect(
            masked("keys s3cr3tive and mys3cr3t", password: "s3cr3t") == "postgres open: keys s3cr3tive and mys3cr3t")
    }

    @Test(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
    func aServerErrorIsQuotedWithoutThePassword() async throws {
        let url = try TestPostgresServer.url(database: "partnerctl_no_such_database")
        let withPassword = try Self.withSecret(url)
        let error = await #expect(throws: StoreError.self) {
            try await PostgresStore.open(url: withPassword, environment: [:])
        }
        #expect(
            "\(try #require(error))" == """
                postgres open \(url): database "partnerctl_no_such_database" does not exist (SQLSTATE 3D000)
                """)
    }

    @Test(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
    func aReadOnlyOpenOfAnOlderStoreSaysSoWithoutThePassword() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await PostgresMigrationTests.withVersion1(url) { _ in }
            let error = await #expect(throws: StoreError.self) {
                try await PostgresStore.openReadOnly(url: try Self.withSecret(url), environment: [:])
            }
            let message = "\(try #require(error))"
            #expect(message.hasPrefix("postgres open \(url): the database's schema is at version 1"))
            #expect(!message.contains(Self.secret))
        }
    }

    @Test(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
    func aClosedStoreSaysSo() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            let store = try await PostgresStore.open(url: url, environment: TestServer.environment)
            await store.close()
            await #expect(
                throws: StoreError.backend(operation: "postgres read account", message: "the store is closed")
            ) {
                try await store.snapshot(tenantId: StoreConformance.account.tenantId)
            }
        }
    }
}
