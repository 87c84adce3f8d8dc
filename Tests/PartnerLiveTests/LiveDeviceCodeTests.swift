import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PartnerLive
import PartnerModel
import PartnerWire
import Synchronization
import Testing

/// The device-code poll loop against an authority that answers as a script says: `slow_down`
/// lengthens the wait, a declined or expired code stops with the authority's code and a hint.
@Suite struct LiveDeviceCodeTests {
    /// When each token poll arrived.
    final class Polls: Sendable {
        let times = Mutex<[ContinuousClock.Instant]>([])
    }

    /// Runs an authority whose token endpoint answers `answers` in turn (an OAuth error name, or
    /// `ok`), then `ok` for every later request.
    private func withAuthority(_ answers: [String], _ body: (String, Polls) async throws -> Void) async throws {
        let polls = Polls()
        let router = Router()
        router.post("/:tenant/oauth2/v2.0/devicecode") { _, _ -> Response in
            try Self.json(
                .ok,
                DeviceCodeResponse(
                    deviceCode: "device-code-secret-0c1d", userCode: "ABCD2345",
                    verificationUri: "https://example.invalid/device",
                    expiresIn: 900, interval: 1,
                    message: "To sign in, enter ABCD2345 at https://example.invalid/device."))
        }
        router.post("/:tenant/oauth2/v2.0/token") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 16)
            let form = String(buffer: body)
            let index = polls.times.withLock { times in
                if form.contains("device_code=") { times.append(.now) }
                return times.count - 1
            }
            let answer = form.contains("device_code=") && index < answers.count ? answers[index] : "ok"
            guard answer != "ok" else {
                return try Self.json(
                    .ok,
                    TokenResponse(
                        scope: "https://api.partnercenter.microsoft.com/.default", expiresIn: 3600,
                        accessToken: "access-token-secret-9a8b", refreshToken: "refresh-token-secret-7c6d"))
            }
            let codes = [
                "authorization_pending": 70016, "slow_down": 70016, "authorization_declined": 70000,
                "expired_token": 70020,
            ]
            return try Self.json(
                .badRequest, OAuthError(error: answer, code: codes[answer] ?? 1, description: "Scripted: \(answer)."))
        }
        try await ScriptedServer.run(router) { root in try await body(root, polls) }
    }

    private static func json(_ status: HTTPResponse.Status, _ value: some Encodable) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(value))))
    }

    private func signIn(_ root: String) -> DeviceCodeSignIn {
        DeviceCodeSignIn(
            authority: root, tenant: "contoso.onmicrosoft.com", cloud: .global, clientId: "client-1",
            slowDownStep: .milliseconds(700))
    }

    @Test func pendingAndSlowDownAreWaitedOutWithALongerInterval() async throws {
        try await withAuthority(["authorization_pending", "slow_down", "authorization_pending"]) { root, polls in
            let shown = Mutex<[String]>([])
            let refresh = try await signIn(root).run { message in shown.withLock { $0.append(message) } }
            #expect(refresh == "refresh-token-secret-7c6d")
            #expect(shown.withLock { $0 } == ["To sign in, enter ABCD2345 at https://example.invalid/device."])
            let times = polls.times.withLock { $0 }
            #expect(times.count == 4)
            guard times.count == 4 else { return }
            // One second apart, then one second and the slow-down step after the slow_down.
            #expect(times[1] - times[0] >= .milliseconds(950))
            #expect(times[3] - times[2] >= .milliseconds(1_650))
        }
    }

    @Test func aDeclinedSignInStopsWithTheAuthoritysCodeAndAHint() async throws {
        try await withAuthority(["authorization_pending", "authorization_declined"]) { root, polls in
            let error = await #expect(throws: SignInError.self) { try await signIn(root).run { _ in } }
            #expect(
                error?.description
                    == "sign-in failed: authorization_declined: AADSTS70000: Scripted: authorization_declined.\n"
                    + "hint: the sign-in was declined; run 'partnerctl login' again to try once more")
            #expect(polls.times.withLock { $0.count } == 2)
        }
    }

    @Test func anExpiredCodeStopsWithTheAuthoritysCodeAndAHint() async throws {
        try await withAuthority(["expired_token"]) { root, _ in
            let error = await #expect(throws: SignInError.self) { try await signIn(root).run { _ in } }
            #expect(
                error?.description
                    == "sign-in failed: expired_token: AADSTS70020: Scripted: expired_token.\n"
                    + "hint: run 'partnerctl login' again, and enter the code before it expires")
        }
    }
}
