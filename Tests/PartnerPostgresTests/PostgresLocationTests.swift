import Foundation
import PartnerModel
import Testing

@testable import PartnerPostgres

/// Store URLs, passwords and lock keys: no server needed, so these always run.
struct PostgresLocationTests {
    @Test func aFullURLIsParsed() throws {
        let location = try PostgresLocation(
            url: "postgresql://ci:s%40cret@db.example.com:6543/partners?sslmode=require&application_name=nightly",
            environment: [:])
        #expect(location.host == "db.example.com")
        #expect(location.port == 6543)
        #expect(location.user == "ci")
        #expect(location.password == "s@cret")
        #expect(location.database == "partners")
        #expect(location.tlsMode == .require)
        #expect(location.applicationName == "nightly")
        #expect(
            location.redacted == "postgresql://ci@db.example.com:6543/partners?sslmode=require&application_name=nightly"
        )
    }

    @Test func missingPartsDefaultAsLibpqDoes() throws {
        let bare = try PostgresLocation(url: "postgres://db.example.com", environment: ["USER": "deploy"])
        #expect(
            [bare.user, bare.database, "\(bare.port)", bare.tlsMode.rawValue] == ["deploy", "deploy", "5432", "prefer"])
        #expect(bare.password == nil)

        let fromEnvironment = try PostgresLocation(
            url: "postgres://[::1]/",
            environment: ["PGUSER": "ci", "PGDATABASE": "ledger", "PGPORT": "6000", "PGSSLMODE": "disable"])
        #expect(fromEnvironment.host == "::1")
        #expect(
            [fromEnvironment.user, fromEnvironment.database, "\(fromEnvironment.port)"] == ["ci", "ledger", "6000"])
        #expect(fromEnvironment.tlsMode == .disable)
    }

    @Test func thePasswordComesFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try "db.example.com:5432:partners:ci:from-file\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let environment = ["PGPASSFILE": file.path, "PGPASSWORD": "from-environment"]

        let inURL = try PostgresLocation(
            url: "postgres://ci:from-url@db.example.com/partners", environment: environment)
        #expect(inURL.password == "from-url")
        let inEnvironment = try PostgresLocation(url: "postgres://ci@db.example.com/partners", environment: environment)
        #expect(inEnvironment.password == "from-environment")
        let inFile = try PostgresLocation(
            url: "postgres://ci@db.example.com/partners", environment: ["PGPASSFILE": file.path])
        #expect(inFile.password == "from-file")
        let noMatch = try PostgresLocation(
            url: "postgres://ci@db.example.com/other", environment: ["PGPASSFILE": file.path])
        #expect(noMatch.password == nil)
    }

    @Test func thePasswordFileMatchesFirstEntryWithWildcardsAndEscapes() {
        let file = PostgresPasswordFile(
            text: """
                # comment:line:with:five:fields
                other.example.com:*:*:*:not-this
                db.example.com:5432:*:ci:pass\\:with\\\\colon:and-more
                *:*:*:*:fallback
                short:line
                """)
        #expect(
            file.password(host: "db.example.com", port: 5432, database: "any", user: "ci")
                == "pass:with\\colon:and-more")
        #expect(file.password(host: "db.example.com", port: 5433, database: "any", user: "ci") == "fallback")
        #expect(file.password(host: "other.example.com", port: 1, database: "x", user: "y") == "not-this")
        #expect(PostgresPasswordFile(text: "").password(host: "h", port: 1, database: "d", user: "u") == nil)
    }

    @Test(arguments: [
        ("postgres://ci:secret@db/x", "postgres://ci@db/x"),
        ("postgres://ci@db/x", "postgres://ci@db/x"),
        ("postgres://db:5432/x", "postgres://db:5432/x"),
        ("postgresql://ci:p@ss/w:rd@db:5432/x?sslmode=require", "postgresql://ci@db:5432/x?sslmode=require"),
        ("postgres://ci:secret@db/x?application_name=a@b:c", "postgres://ci@db/x?application_name=a@b:c"),
        ("postgres://ci:pa/ss@db/x", "postgres://ci@db/x"),
        ("postgres://ci:pa?ss@db/x", "postgres://ci@db/x"),
        ("postgres://ci:pa#ss@db/x", "postgres://ci@db/x"),
        ("postgres://ci:s%2Fcret@db/x?sslmode=disable", "postgres://ci@db/x?sslmode=disable"),
        ("postgres://ci:secret@[::1]:5432/x", "postgres://ci@[::1]:5432/x"),
        ("postgres://db/x?application_name=a@b", "postgres://db/x?application_name=a@b"),
    ])
    func redactionRemovesOnlyThePassword(url: String, redacted: String) {
        #expect(StoreURL.redacted(url) == redacted)
    }

    @Test func aURLThatIsNotPostgreSQLsIsABadLocation() {
        #expect(throws: StoreError.badLocation("sqlite:x.db")) {
            try PostgresLocation(url: "sqlite:x.db", environment: [:])
        }
        #expect(throws: StoreError.badLocation("postgres:///partners")) {
            try PostgresLocation(url: "postgres:///partners", environment: [:])
        }
        // A password with characters a URL must encode: refused, without the password.
        #expect(throws: StoreError.badLocation("postgres://ci@db/partners")) {
            try PostgresLocation(url: "postgres://ci:pa/ss?w#rd@db/partners", environment: [:])
        }
    }

    @Test func badParametersAreNamedWithoutThePassword() {
        #expect(
            throws: StoreError.backend(
                operation: "postgres open postgres://ci@db/x?sslmode=always",
                message: "sslmode 'always' is not one of disable, prefer, require, verify-ca, verify-full")
        ) {
            try PostgresLocation(url: "postgres://ci:secret@db/x?sslmode=always", environment: [:])
        }
        #expect(
            throws: StoreError.backend(
                operation: "postgres open postgres://ci@db/x?ssl=true",
                message:
                    "unknown URL parameter 'ssl' (expected sslmode, sslrootcert, connect_timeout, application_name)")
        ) {
            try PostgresLocation(url: "postgres://ci:secret@db/x?ssl=true", environment: [:])
        }
    }

    @Test func printingALocationNeverShowsItsPassword() throws {
        let location = try PostgresLocation(url: "postgres://ci:hunter2-secret@db/x", environment: [:])
        #expect("\(location)" == "postgres://ci@db/x")
        #expect(!String(reflecting: location).contains("hunter2-secret"))
        var dumped = ""
        dump(location, to: &dumped)
        #expect(!dumped.contains("hunter2-secret"))
    }

    @Test func lockKeysAreFNV1a64() {
        // Test vectors of the FNV-1a 64-bit hash.
        #expect(AdvisoryLockKey.key("") == Int64(bitPattern: 0xcbf2_9ce4_8422_2325))
        #expect(AdvisoryLockKey.key("a") == Int64(bitPattern: 0xaf63_dc4c_8601_ec8c))
        #expect(AdvisoryLockKey.key("foobar") == Int64(bitPattern: 0x8594_4171_f739_67e8))
        #expect(AdvisoryLockKey.account(tenantId: "a") != AdvisoryLockKey.account(tenantId: "b"))
        #expect(AdvisoryLockKey.account(tenantId: "a") != AdvisoryLockKey.migrations)
    }
}
