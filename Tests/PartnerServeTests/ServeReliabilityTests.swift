import Foundation
import PartnerModel
import PartnerServe
import PartnerWire
import Testing

@Suite struct ServeReliabilityTests {
    static let newUser = GraphNewUser(
        accountEnabled: true, displayName: "Pat Portal", mailNickname: "pat",
        userPrincipalName: "pat@fabrikam.onmicrosoft.com",
        passwordProfile: GraphPasswordProfile(password: "Secret-Passw0rd!", forceChangePasswordNextSignIn: true),
        givenName: "Pat", surname: "Portal", usageLocation: "US")

    @Test func aRepeatedRequestIdReplaysTheFirstAnswerAndCreatesOneUser() async throws {
        let server = try await ServeHarness()
        let token = try await server.appToken(.graph)
        let headers = ["MS-RequestId": "0f8fad5b-d9cb-469f-a165-70867728950e"]
        let first = try await server.send(.POST, "/v1.0/users", token: token, headers: headers, json: Self.newUser)
        let second = try await server.send(.POST, "/v1.0/users", token: token, headers: headers, json: Self.newUser)
        #expect(first.status == 201 && second.status == 201)
        #expect(first.body == second.body)
        #expect(second.header("MS-RequestId") == headers["MS-RequestId"])
        // Without the same id, the same body is a second create, which Graph refuses.
        let third = try await server.send(.POST, "/v1.0/users", token: token, json: Self.newUser)
        #expect(third.status == 400)
        #expect(
            value(third.json, "error.message") as? String
                == "Another object with the same value for property userPrincipalName already exists.")
        let users = try await server.store.snapshot(tenantId: ServeHarness.global.tenantId)?.state.users
        #expect(users?.count == 1)
        #expect(
            users?["pat@fabrikam.onmicrosoft.com"]
                == UserState(
                    userPrincipalName: "pat@fabrikam.onmicrosoft.com", displayName: "Pat Portal", firstName: "Pat",
                    lastName: "Portal", usageLocation: "US", enabled: true))
        // The password went nowhere: not in the log, not in the answer.
        #expect(!server.logLines.all.joined().contains("Secret-Passw0rd!"))
        #expect(!String(decoding: first.body, as: UTF8.self).contains("Secret-Passw0rd!"))
        #expect(try await server.logLines.eventually { $0.hasPrefix("POST /v1.0/users 201 ") })
        await server.stop()
    }

    @Test func aSeededFaultRunGivesTheSameFaultsTwice() async throws {
        func run() async throws -> [String] {
            let server = try await ServeHarness {
                $0.faults = try! FaultPlan(parsing: "429:0.3,503:0.2")
                $0.seed = 42
            }
            let token = try await server.appToken(.partnerCenter)
            var outcomes: [String] = []
            for _ in 0..<30 {
                let reply = try await server.send(.GET, "/v1/offercategories?country=US", token: token)
                outcomes.append(String(reply.status))
                if reply.status == 429 {
                    #expect(reply.header("Retry-After") == "1")
                    #expect(
                        matches(
                            reply.json,
                            #"{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 1 seconds."}"#))
                }
            }
            await server.stop()
            return outcomes
        }
        let first = try await run()
        let second = try await run()
        #expect(first == second)
        #expect(first.contains("429") && first.contains("503") && first.contains("200"))
    }

    @Test func aResetFaultCutsTheConnectionWithoutAnAnswer() async throws {
        let server = try await ServeHarness {
            $0.faults = try! FaultPlan(parsing: "reset:1")
        }
        let token = try await server.appToken(.partnerCenter)
        await #expect(throws: (any Error).self) {
            _ = try await server.send(.GET, "/v1/roles", token: token)
        }
        #expect(try await server.logLines.eventually { $0.hasPrefix("GET /v1/roles reset ") })
        await server.stop()
    }

    @Test func aNewUserIsNotFoundUntilItHasReplicated() async throws {
        // Long enough that the first calls land inside it on a busy machine; then polled until lifted.
        let server = try await ServeHarness { $0.replicationDelay = .seconds(30) }
        let graph = try await server.appToken(.graph)
        let created = try await server.send(.POST, "/v1.0/users", token: graph, json: Self.newUser).decode(
            GraphUser.self)
        let first = try await server.send(.GET, "/v1.0/users/\(created.id)", token: graph)
        #expect(first.status == 404)
        #expect(value(first.json, "error.code") as? String == "Request_ResourceNotFound")
        let partnerCenter = try await server.userToken(.partnerCenter)
        let grant = try await server.send(
            .POST, "/v1/roles/\(WireObjectId.partnerRole(.salesAgent))/usermembers", token: partnerCenter,
            json: UserMember(id: created.id))
        #expect(grant.status == 404 && value(grant.json, "code") as? String == "60002")
        // Wait for the delay to pass: poll until found, with a generous deadline.
        let deadline = ContinuousClock.now + .seconds(60)
        var status = first.status
        while status == 404 && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            status = try await server.send(.GET, "/v1.0/users/\(created.id)", token: graph).status
        }
        #expect(status == 200)
        let granted = try await server.send(
            .POST, "/v1/roles/\(WireObjectId.partnerRole(.salesAgent))/usermembers", token: partnerCenter,
            json: UserMember(id: created.id))
        #expect(granted.status == 201)
        await server.stop()
    }

    @Test func faultSpecificationsAreParsedOrRefused() throws {
        let plan = try FaultPlan(parsing: "429:0.2,503:0.05,reset:0.02,latency:20-200ms")
        #expect(
            plan.throttle == 0.2 && plan.unavailable == 0.05 && plan.reset == 0.02
                && plan.latencyMilliseconds == 20...200)
        #expect(try FaultPlan(parsing: "latency:1s").latencyMilliseconds == 1000...1000)
        for bad in ["418:0.1", "429:2", "latency:200-20ms", "429", "429:0.6,503:0.6"] {
            #expect(throws: ServeConfigurationError.self) { try FaultPlan(parsing: bad) }
        }
    }
}
