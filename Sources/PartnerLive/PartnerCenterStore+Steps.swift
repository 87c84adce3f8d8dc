import Foundation
import NIOHTTP1
public import PartnerModel
import PartnerWire

extension PartnerCenterStore {
    /// Has the ledger record the step's intent (its request id), carries the step out over HTTP,
    /// then has the ledger journal it as done (not atomically: see the type's documentation).
    ///
    /// - Throws: ``StoreError/stepRejected(step:reason:)`` for a step that does not fit the
    ///   account (a user that exists or does not) and for every catalog step;
    ///   ``StoreError/backend(operation:message:)`` when a service refuses.
    public func execute(_ step: PlanStep, context: StepContext) async throws {
        guard let account = try await account(context.tenantId) else {
            throw StoreError.notEnrolled(tenantId: context.tenantId)
        }
        if step.kind == .catalogShow || step.kind == .catalogHide {
            throw StoreError.stepRejected(step: step.summary, reason: Self.catalogNotManaged)
        }
        let intent = try await ledger.recordIntent(
            tenantId: account.tenantId, applyId: context.applyId, index: context.index, step: step,
            requestId: UUID().uuidString.lowercased())
        switch step.kind {
        case .catalogShow, .catalogHide:
            throw StoreError.stepRejected(step: step.summary, reason: Self.catalogNotManaged)
        case .profileUpdate:
            try await updateProfiles(step, account, intent)
        case .userCreate:
            try await createUser(step, account, password: context.newUserPassword, intent: intent, context.outcome)
        case .userUpdate, .userEnable, .userDisable:
            let id = try await existingUser(step, account)
            var update = GraphUserUpdate()
            if step.kind == .userUpdate {
                for change in step.changes {
                    switch UserField(rawValue: change.field) {
                    case .displayName: update.displayName = .some(change.after)
                    case .firstName: update.givenName = .some(change.after)
                    case .lastName: update.surname = .some(change.after)
                    case .usageLocation: update.usageLocation = .some(change.after)
                    case nil: continue
                    }
                }
            } else {
                update.accountEnabled = step.kind == .userEnable
            }
            let (request, response) = try await send(
                .PATCH, .graph, "/v1.0/users/\(Self.escaped(id))", account: account, body: try Self.json(update),
                requestId: intent.requestId)
            try Self.require(response, request)
        case .userDelete:
            // A user this store just created may not be visible yet: wait for it rather than
            // take it for gone.
            let recent = created.withLock { $0[Self.key(account, step.target)] != nil }
            let found = recent ? try await existingUser(step, account) : try await userId(step.target, account)
            guard let id = found else { break }  // already gone
            let (request, response) = try await send(
                .DELETE, .graph, "/v1.0/users/\(Self.escaped(id))", account: account, requestId: intent.requestId)
            if response.status != 404 { try Self.require(response, request) }
            created.withLock { $0[Self.key(account, step.target)] = nil }
        case .roleGrant, .roleRevoke:
            guard let role = step.role else {
                throw StoreError.stepRejected(step: step.summary, reason: "the step names no role")
            }
            guard role.isAvailable(in: account.cloud) else {
                throw StoreError.stepRejected(
                    step: step.summary,
                    reason: "the role '\(role.portalName)' is not available in \(account.cloud.displayName)")
            }
            let id = try await existingUser(step, account)
            try await afterReplication(step.target, account) {
                try await self.changeRole(
                    role, grant: step.kind == .roleGrant, userId: id, account, requestId: intent.requestId)
            }
        }
        try await ledger.recordDone(applyId: context.applyId, index: context.index, step: step)
    }

    /// Why catalog steps are refused.
    public static let catalogNotManaged =
        "the catalog is not managed by the Partner Center store: Partner Center has no API to hide or show an offer "
        + "(pin offers in the portal instead)"

    // MARK: - Profiles

    private func updateProfiles(_ step: PlanStep, _ account: AccountIdentity, _ intent: StepIntent) async throws {
        let sections = Set(step.changes.compactMap { $0.field.split(separator: ".").first.map(String.init) })
        for (write, section) in sections.sorted().enumerated() {
            let changes = step.changes.filter { $0.field.hasPrefix(section + ".") }
            let id = intent.requestId(forWrite: write)
            switch ProfileSection(rawValue: section) {
            case .legalBusiness: try await updateProfile(LegalBusinessProfile.self, changes, account, requestId: id)
            case .organization: try await updateProfile(OrganizationProfile.self, changes, account, requestId: id)
            case .billing: try await updateProfile(BillingProfile.self, changes, account, requestId: id)
            case .support: try await updateProfile(SupportProfile.self, changes, account, requestId: id)
            case nil:
                throw StoreError.stepRejected(step: step.summary, reason: "'\(section)' is not a profile section")
            }
        }
    }

    /// GET the profile, change the fields, PUT the whole resource back with the etag from the GET.
    private func updateProfile<Resource: ProfileResource>(
        _ type: Resource.Type, _ changes: [FieldChange], _ account: AccountIdentity, requestId: String
    ) async throws {
        let path = Self.profilePath(Resource.self)
        let current = try await fetch(Resource.self, .partnerCenter, path, account: account)
        guard var object = try JSONSerialization.jsonObject(with: try Self.json(current)) as? [String: Any] else {
            throw StoreError.backend(operation: "GET \(path)", message: "the profile is not a JSON object")
        }
        for change in changes {
            let keys = change.field.split(separator: ".").dropFirst().map(String.init)
            Self.set(change.after, at: keys[...], in: &object)
        }
        let edited = try JSONDecoder().decode(
            Resource.self, from: try JSONSerialization.data(withJSONObject: object))
        let (request, response) = try await send(
            .PUT, .partnerCenter, path, account: account, body: try Self.json(edited), requestId: requestId)
        try Self.require(response, request)
    }

    private static func set(_ value: String?, at keys: ArraySlice<String>, in object: inout [String: Any]) {
        guard let first = keys.first else { return }
        if keys.count == 1 {
            object[first] = value
        } else {
            var nested = object[first] as? [String: Any] ?? [:]
            set(value, at: keys.dropFirst(), in: &nested)
            object[first] = nested
        }
    }

    // MARK: - Users

    /// Creates a user with the step's journaled request id. Under an id picked up from an earlier,
    /// interrupted attempt of the same step, a user that exists already (seen, or answered
    /// "already exists") is that attempt's: the step is done and `outcome` says so.
    private func createUser(
        _ step: PlanStep, _ account: AccountIdentity, password: String?, intent: StepIntent, _ outcome: StepOutcome
    ) async throws {
        if try await userId(step.target, account) != nil {
            if intent.resumed {
                outcome.noteUserCreatedEarlier()
                return
            }
            throw StoreError.stepRejected(step: step.summary, reason: "user '\(step.target)' already exists")
        }
        let user = UserState(creating: step)
        let nickname = String(step.target.split(separator: "@").first ?? Substring(step.target))
        let body = GraphNewUser(
            accountEnabled: user.enabled, displayName: user.displayName ?? nickname, mailNickname: nickname,
            userPrincipalName: step.target,
            // Without a password from the caller (tests), one nobody knows: an admin resets it.
            passwordProfile: GraphPasswordProfile(
                password: password ?? Self.unknownPassword(), forceChangePasswordNextSignIn: true),
            givenName: user.firstName, surname: user.lastName, usageLocation: user.usageLocation)
        let (request, response) = try await send(
            .POST, .graph, "/v1.0/users", account: account, body: try Self.json(body), requestId: intent.requestId)
        // A retried create answered "already exists": an earlier attempt that timed out or lost
        // its answer created the user (the check above found none, perhaps for replication
        // delay), so the create is done — by this step's earlier request in this run (same
        // password), or by an interrupted apply's (its password, not this one).
        let exists = response.status == 400 && Self.graphMessage(response).contains("already exists")
        if exists, intent.resumed {
            outcome.noteUserCreatedEarlier()
        } else if !(exists && response.attempt > 1) {
            try Self.require(response, request)
        }
        created.withLock { $0[Self.key(account, step.target)] = ContinuousClock.now }
    }

    private static func unknownPassword() -> String {
        "Aa1!"
            + (0..<28).map { _ in String("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".randomElement()!) }
            .joined()
    }

    static func key(_ account: AccountIdentity, _ name: String) -> String {
        account.tenantId.lowercased() + "/" + name.lowercased()
    }

    /// The object id of a user the step needs; waits out replication for a user this store
    /// created moments ago.
    ///
    /// - Throws: ``StoreError/stepRejected(step:reason:)`` when there is no such user.
    private func existingUser(_ step: PlanStep, _ account: AccountIdentity) async throws -> String {
        try await afterReplication(step.target, account) {
            guard let id = try await self.userId(step.target, account) else { throw NotVisible() }
            return id
        } notFound: {
            throw StoreError.stepRejected(step: step.summary, reason: "user '\(step.target)' does not exist")
        }
    }

    /// `GET /v1.0/users/{userPrincipalName}`: the user's object id, nil on 404.
    func userId(_ name: String, _ account: AccountIdentity) async throws -> String? {
        let (request, response) = try await send(.GET, .graph, "/v1.0/users/\(Self.escaped(name))", account: account)
        if response.status == 404 { return nil }
        try Self.require(response, request)
        return try response.decode(GraphUser.self, request).id
    }

    struct NotVisible: Error {}

    /// Runs `body`; while it finds the user `name` not (yet) visible and this store created the
    /// user less than the replication bound ago, waits and runs it again.
    func afterReplication<T: Sendable>(
        _ name: String, _ account: AccountIdentity, _ body: @Sendable () async throws -> T,
        notFound: (() throws -> Never)? = nil
    ) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await body()
            } catch is NotVisible {
                let createdAt = created.withLock { $0[Self.key(account, name)] }
                guard let createdAt else {
                    if let notFound { try notFound() }
                    throw StoreError.backend(operation: "change '\(name)'", message: "the user is not found (404)")
                }
                let elapsed = ContinuousClock.now - createdAt
                guard elapsed < http.policy.replicationBound else {
                    throw StoreError.backend(
                        operation: "change '\(name)'",
                        message: "the user was created \(elapsed.components.seconds) s ago and is still not visible "
                            + "(replication delay beyond \(http.policy.replicationBound.components.seconds) s); "
                            + "run the apply again in a few minutes")
                }
                attempt += 1
                try await Task.sleep(for: http.policy.backoff(attempt))
            }
        }
    }

    // MARK: - Roles

    private func changeRole(
        _ role: Role, grant: Bool, userId: String, _ account: AccountIdentity, requestId: String
    ) async throws {
        let key = Self.key(account, role.rawValue)
        let members: String
        if let known = memberPaths.withLock({ $0[key] }) {
            members = known
        } else {
            var directory = Directory(users: [:], directoryRoles: [:], groups: [:], partnerRoles: [:])
            members = try await directory.membersPath(of: role, self, account)
            memberPaths.withLock { $0[key] = members }
        }
        switch RoleBacking.of(role) {
        case .directoryRole, .agentGroup:
            if grant {
                let reference = GraphReference(graphRoot: endpoints(for: account).graph, objectId: userId)
                let (request, response) = try await send(
                    .POST, .graph, members + "/$ref", account: account, body: try Self.json(reference),
                    requestId: requestId)
                if response.status == 404 { throw NotVisible() }
                // Graph answers 400 "…already exist…" for a member already there: the grant holds.
                if response.status == 400, Self.graphMessage(response).contains("already exist") { return }
                try Self.require(response, request)
            } else {
                let (request, response) = try await send(
                    .DELETE, .graph, members + "/\(Self.escaped(userId))/$ref", account: account,
                    requestId: requestId)
                if response.status == 404 { return }  // already gone
                try Self.require(response, request)
            }
        case .partnerCenter:
            if grant {
                let member = UserMember(id: userId)
                let (request, response) = try await send(
                    .POST, .partnerCenter, members, account: account, body: try Self.json(member),
                    requestId: requestId)
                if response.status == 409 { return }  // already a member
                if response.status == 404 { throw NotVisible() }
                try Self.require(response, request)
            } else {
                let (request, response) = try await send(
                    .DELETE, .partnerCenter, members + "/\(Self.escaped(userId))", account: account,
                    requestId: requestId)
                if response.status == 404 { return }  // already gone
                try Self.require(response, request)
            }
        }
    }

    private static func graphMessage(_ response: LiveResponse) -> String {
        (try? JSONDecoder().decode(GraphError.self, from: response.body))?.error.message ?? ""
    }
}
