import Foundation
import PartnerTestSupport
import Testing

/// Several real `partnerctl` processes against one PostgreSQL database: applies to one account
/// never interleave, applies to different accounts run side by side.
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct PostgresConcurrencyTests {
    /// Runs the built `partnerctl` as its own process.
    static func run(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await ExternalTool(CrashRecoveryTests.binary).run(arguments)
    }

    /// Variants of one account's configuration that differ in every user's display name.
    static func variants(_ count: Int, in workspace: Workspace, tenant: String? = nil) throws -> [String] {
        let base = ConfigGenerator.yaml(users: 150)
        return try (0..<count).map { variant in
            var text = base.replacingOccurrences(of: "    displayName: ", with: "    displayName: v\(variant)-")
            if let tenant { text = text.replacingOccurrences(of: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", with: tenant) }
            return try workspace.write("variant-\(variant)-\(tenant ?? "").yaml", text)
        }
    }

    /// Applies every configuration at once, each in its own process.
    static func applyAtOnce(_ configs: [String], store: String, lockTimeout: String, in workspace: Workspace)
        async throws -> [(status: Int32, output: String)]
    {
        try await withThrowingTaskGroup(of: (Int32, String).self) { group in
            for (index, config) in configs.enumerated() {
                group.addTask {
                    try await run([
                        "apply", config, "--store", store, "--auto-approve", "--lock-timeout", lockTimeout,
                        "--passwords-out", workspace.path("pw-\(index).tsv"),
                    ])
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// How many of the configurations the account matches now.
    static func matching(_ configs: [String], store: String) async throws -> Int {
        var count = 0
        for config in configs {
            let plan = try await run(["plan", config, "--store", store, "--detailed-exitcode"])
            #expect(plan.status == 0 || plan.status == 2)
            if plan.status == 0 { count += 1 }
        }
        return count
    }

    @Test func appliesToOneAccountWaitForEachOtherAndLeaveExactlyOneConfiguration() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await TestPostgresServer.withFreshDatabase { store in
            let configs = try Self.variants(4, in: workspace)
            // Each waits for up to three others' applies of 150 users: minutes on a busy machine.
            let results = try await Self.applyAtOnce(configs, store: store, lockTimeout: "900", in: workspace)
            #expect(results.map(\.0) == [0, 0, 0, 0], "\(results.map(\.1))")
            #expect(results.contains { $0.1.contains("Waiting for the account lock: the account is locked by ") })

            #expect(
                try await Self.matching(configs, store: store) == 1,
                "the account must match exactly one of the configurations")
        }
    }

    @Test func withoutWaitingTheLosersExit4NamingTheHolder() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await TestPostgresServer.withFreshDatabase { store in
            let configs = try Self.variants(3, in: workspace)
            // Enroll first, so that the three processes race for the lock rather than for enrollment.
            #expect(try await Self.run(["plan", configs[0], "--store", store]).status == 0)
            let results = try await Self.applyAtOnce(configs, store: store, lockTimeout: "0", in: workspace)
            #expect(results.contains { $0.0 == 0 })
            for (status, output) in results where status != 0 {
                #expect(status == 4)
                #expect(output.contains("error: the account is locked by "), "\(output)")
                #expect(output.contains("; lock id "))
            }
            #expect(try await Self.matching(configs, store: store) == 1)
        }
    }

    @Test func appliesToDifferentAccountsRunSideBySide() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await TestPostgresServer.withFreshDatabase { store in
            let tenants = [
                "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222",
                "33333333-3333-4333-8333-333333333333",
            ]
            let configs = try tenants.map { try Self.variants(1, in: workspace, tenant: $0)[0] }
            let results = try await Self.applyAtOnce(configs, store: store, lockTimeout: "0", in: workspace)
            #expect(results.map(\.0) == [0, 0, 0], "\(results.map(\.1))")
            let drift = try await Self.run(["drift"] + configs + ["--store", store])
            #expect(drift.status == 0)
        }
    }
}
