import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PartnerLive
import PartnerModel
import PartnerSQLite
import PartnerTestSupport
import PartnerWire
import Synchronization
import Testing

/// The client against a server that answers as a script says: what is sent on retries, and how
/// refusals are reported.
@Suite struct LiveScriptedServerTests {
    static let account = StoreConformance.account

    /// Headers seen on each `POST /v1.0/users`.
    final class Seen: Sendable {
        let posts = Mutex<[(requestId: String, correlationId: String, authorization: String)]>([])
    }

    /// Runs a server whose `POST /v1.0/users` answers `failures` 503s then 201; `GET
    /// /v1.0/users/{id}` answers 404, `DELETE` answers 403 with a Graph error.
    private func withServer(failures: Int, throttle: Bool = false, _ body: (String, Seen) async throws -> Void)
        async throws
    {
        let seen = Seen()
        let router = Router()
        router.get("/v1.0/users/:id") { _, context -> Response in
            guard context.parameters.get("id") == "known@contoso.partner.onmschina.cn" else {
                return Response(status: .notFound)
            }
            let user = GraphUser(
                id: "00000000-0000-0000-0000-000000000002", userPrincipalName: "known@contoso.partner.onmschina.cn")
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(user))))
        }
        router.post("/v1.0/users") { request, _ -> Response in
            let count = seen.posts.withLock { posts in
                posts.append(
                    (
                        request.headers[HTTPField.Name("MS-RequestId")!] ?? "",
                        request.headers[HTTPField.Name("MS-CorrelationId")!] ?? "",
                        request.headers[.authorization] ?? ""
                    ))
                return posts.count
            }
            if count <= failures {
                guard throttle else { return Response(status: .serviceUnavailable) }
                return Response(status: .tooManyRequests, headers: [HTTPField.Name("Retry-After")!: "1"])
            }
            let user = GraphUser(id: "00000000-0000-0000-0000-000000000001", userPrincipalName: "x")
            return Response(
                status: .created, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(user))))
        }
        router.patch("/v1.0/users/:id") { _, _ -> Response in
            let error = GraphError(
                code: "Authorization_RequestDenied", message: "Insufficient privileges to complete the operation.")
            return Response(
                status: .forbidden, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(error))))
        }
        try await ScriptedServer.run(router) { root in try await body(root, seen) }
    }

    private func store(_ root: String, _ directory: TemporaryDirectory) throws -> PartnerCenterStore {
        PartnerCenterStore(
            endpoints: LiveEndpoints(singleBase: root),
            credentials: LiveCredentials(.tokens(partnerCenter: "pc-token-abc123", graph: "graph-token-def456")),
            ledger: try SQLiteStore(path: directory.file("ledger.db"), mode: .create),
            policy: LiveRetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(10), maxDelay: .milliseconds(20)))
    }

    @Test func aRetriedRequestKeepsItsRequestIdAndEveryRequestTheStoresCorrelationId() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try await withServer(failures: 2) { root, seen in
            let store = try store(root, directory)
            try await store.enroll(Self.account, offers: [])
            let applyId = try await store.beginApply(
                tenantId: Self.account.tenantId, holder: LockHolder(user: "u", host: "h", pid: 1, command: "c"),
                stepCount: 1)
            try await store.execute(
                StoreConformance.everyKindOfStep[1],
                context: StepContext(
                    tenantId: Self.account.tenantId, applyId: applyId, index: 1, newUserPassword: "Pw-1234-abcd"))
            let posts = seen.posts.withLock { $0 }
            #expect(posts.count == 3)
            #expect(Set(posts.map(\.requestId)).count == 1 && !posts[0].requestId.isEmpty)
            #expect(Set(posts.map(\.correlationId)).count == 1 && !posts[0].correlationId.isEmpty)
            #expect(posts.allSatisfy { $0.authorization == "Bearer graph-token-def456" })
            let journal = try #require(try await store.history(tenantId: Self.account.tenantId, limit: 1).first).journal
            #expect(journal.map(\.status) == [.done])
        }
    }

    @Test func a429WaitsItsRetryAfter() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try await withServer(failures: 1, throttle: true) { root, seen in
            let store = try store(root, directory)
            try await store.enroll(Self.account, offers: [])
            let applyId = try await store.beginApply(
                tenantId: Self.account.tenantId, holder: LockHolder(user: "u", host: "h", pid: 1, command: "c"),
                stepCount: 1)
            let start = ContinuousClock.now
            try await store.execute(
                StoreConformance.everyKindOfStep[1],
                context: StepContext(
                    tenantId: Self.account.tenantId, applyId: applyId, index: 1, newUserPassword: "Pw-1234-abcd"))
            #expect(ContinuousClock.now - start >= .seconds(1))
            #expect(seen.posts.withLock { $0.count } == 2)
        }
    }

    @Test func giveUpAfterTheAttemptsAndARefusalNamesTheRequestAndTheServicesCode() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try await withServer(failures: 100) { root, seen in
            let store = try store(root, directory)
            try await store.enroll(Self.account, offers: [])
            // Steps belong to an apply: the ledger records each one's intent under it.
            let applyId = try await store.beginApply(
                tenantId: Self.account.tenantId, holder: LockHolder(user: "u", host: "h", pid: 1, command: "c"),
                stepCount: 2)
            let context = StepContext(
                tenantId: Self.account.tenantId, applyId: applyId, index: 1, newUserPassword: "Pw-1234-abcd")
            await #expect(
                throws: StoreError.backend(
                    operation: "POST /v1.0/users", message: "no success after 4 attempts; last: 503 Service Unavailable"
                )
            ) {
                try await store.execute(StoreConformance.everyKindOfStep[1], context: context)
            }
            #expect(seen.posts.withLock { $0.count } == 4)
            await #expect(
                throws: StoreError.backend(
                    operation: "PATCH /v1.0/users/00000000-0000-0000-0000-000000000002",
                    message: "403, code Authorization_RequestDenied: Insufficient privileges to complete the operation."
                )
            ) {
                try await store.execute(
                    PlanStep(kind: .userDisable, target: "known@contoso.partner.onmschina.cn", reason: "t"),
                    context: context)
            }
        }
    }
}
