import Foundation
import PartnerConfig
import PartnerModel
public import PartnerWire

extension PartnerCenterService {
    /// `GET /v1.0/users?$top=&$skiptoken=`: the account's users sorted by principal name, `$top`
    /// per page (default 100, at most 999), with an absolute `@odata.nextLink` under `root`.
    public func users(top: Int?, skipToken: String?, root: String, caller: Caller) async throws -> GraphCollection<
        GraphUser
    > {
        let top = top ?? 100
        guard (1...999).contains(top) else {
            throw ServeError.invalid("Invalid page size specified: '\(top)'. Must be between 1 and 999 inclusive.")
        }
        let state = try await state(caller)
        let users = state.users.values.sorted { $0.key < $1.key }
        let start = min(try skipToken.map(PageCursor.init(token:))?.offset ?? 0, users.count)
        let end = min(start + top, users.count)
        let next =
            end < users.count ? "\(root)/v1.0/users?$top=\(top)&$skiptoken=\(PageCursor(offset: end).token)" : nil
        return GraphCollection(
            context: "\(root)/v1.0/$metadata#users", value: users[start..<end].map { graphUser($0, state) },
            nextLink: next)
    }

    /// `GET /v1.0/users/{id | userPrincipalName}`.
    public func user(_ id: String, caller: Caller) async throws -> GraphUser {
        let state = try await state(caller)
        return graphUser(try findUser(id, in: state, caller: caller), state)
    }

    /// `POST /v1.0/users`: creates a user. The password is checked for Entra's complexity rule and
    /// then dropped: never stored, logged or returned.
    ///
    /// - Throws: ``ServeError`` 400 for a missing required property, a principal name outside
    ///   the account's domain or already taken, a weak password, or a field too long.
    public func createUser(_ body: GraphNewUser, caller: Caller) async throws -> GraphUser {
        func required<T>(_ value: T?, _ name: String) throws -> T {
            guard let value else {
                throw ServeError.invalid("Invalid value specified for property '\(name)' of resource 'User'.")
            }
            return value
        }
        let enabled = try required(body.accountEnabled, "accountEnabled")
        let displayName = try required(body.displayName, "displayName")
        _ = try required(body.mailNickname, "mailNickname")
        let name = try required(body.userPrincipalName, "userPrincipalName")
        let password = try required(body.passwordProfile, "passwordProfile").password
        let state = try await state(caller)
        guard FormatCheck.userPrincipalName(name) else {
            throw ServeError.invalid("Invalid value specified for property 'userPrincipalName' of resource 'User'.")
        }
        guard name.split(separator: "@").last?.lowercased() == state.account.domain.lowercased() else {
            throw ServeError.invalid(
                "The domain portion of the userPrincipalName property is invalid. "
                    + "You must use one of the verified domain names in your organization.")
        }
        guard state.users[name.lowercased()] == nil else {
            throw ServeError.invalid(
                "Another object with the same value for property userPrincipalName already exists.")
        }
        guard Self.isComplex(password) else {
            throw ServeError.invalid(
                "The specified password does not comply with password complexity requirements. Please provide a different password."
            )
        }
        let fields: [(UserField, String?)] = [
            (.displayName, displayName), (.firstName, body.givenName), (.lastName, body.surname),
            (.usageLocation, body.usageLocation),
        ]
        try Self.checkUserFields(fields)
        var changes = fields.compactMap { field, value in
            value.map { FieldChange(field: field.rawValue, before: nil, after: $0) }
        }
        changes.append(FieldChange(field: "enabled", before: nil, after: enabled ? "true" : "false"))
        try await change(
            PlanStep(kind: .userCreate, target: name, changes: changes, reason: "created through partnerctl serve"),
            caller)
        created[caller.tenantId + "/" + name.lowercased()] = clock.now
        let after = try await self.state(caller)
        guard let user = after.users[name.lowercased()] else { throw ServeError.objectNotFound(name) }
        return graphUser(user, after)
    }

    /// `PATCH /v1.0/users/{id}`: changes the properties present; `accountEnabled` enables or
    /// blocks sign-in. A password in the body is taken and dropped.
    public func updateUser(_ id: String, _ body: GraphUserUpdate, caller: Caller) async throws {
        let state = try await state(caller)
        let user = try findUser(id, in: state, caller: caller)
        if let name = body.userPrincipalName, name.lowercased() != user.key {
            throw ServeError.invalid("Changing userPrincipalName is not supported by partnerctl serve.")
        }
        let wanted: [(UserField, String??)] = [
            (.displayName, body.displayName), (.firstName, body.givenName), (.lastName, body.surname),
            (.usageLocation, body.usageLocation),
        ]
        let present = wanted.compactMap { field, value in value.map { (field, $0) } }
        try Self.checkUserFields(present)
        let changes = present.compactMap { field, value -> FieldChange? in
            let before = field.value(in: user)
            return before == value ? nil : FieldChange(field: field.rawValue, before: before, after: value)
        }
        if !changes.isEmpty {
            try await change(
                PlanStep(
                    kind: .userUpdate, target: user.userPrincipalName, changes: changes,
                    reason: "changed through partnerctl serve"), caller)
        }
        if let enabled = body.accountEnabled, enabled != user.enabled {
            try await change(
                PlanStep(
                    kind: enabled ? .userEnable : .userDisable, target: user.userPrincipalName,
                    reason: "changed through partnerctl serve"), caller)
        }
    }

    /// `DELETE /v1.0/users/{id}`.
    public func deleteUser(_ id: String, caller: Caller) async throws {
        let state = try await state(caller)
        let user = try findUser(id, in: state, caller: caller)
        try await change(
            PlanStep(kind: .userDelete, target: user.userPrincipalName, reason: "deleted through partnerctl serve"),
            caller)
        created[caller.tenantId + "/" + user.key] = nil
    }

    func graphUser(_ user: UserState, _ state: AccountState) -> GraphUser {
        GraphUser(
            id: WireObjectId.user(tenantId: state.account.tenantId, userPrincipalName: user.userPrincipalName),
            userPrincipalName: user.userPrincipalName, displayName: user.displayName, givenName: user.firstName,
            surname: user.lastName, usageLocation: user.usageLocation, accountEnabled: user.enabled,
            mailNickname: user.userPrincipalName.split(separator: "@").first.map(String.init))
    }

    /// Entra's rule: 8 to 256 characters, three of upper case, lower case, digits and symbols.
    static func isComplex(_ password: String) -> Bool {
        guard (8...256).contains(password.count) else { return false }
        let classes = [
            password.contains(where: \.isUppercase), password.contains(where: \.isLowercase),
            password.contains(where: \.isNumber),
            password.contains(where: { !$0.isLetter && !$0.isNumber && !$0.isWhitespace }),
        ]
        return classes.filter { $0 }.count >= 3
    }

    static func checkUserFields(_ fields: [(UserField, String?)]) throws {
        let graphName: [UserField: String] = [
            .displayName: "displayName", .firstName: "givenName", .lastName: "surname", .usageLocation: "usageLocation",
        ]
        for (field, value) in fields {
            guard let value else { continue }
            let bad =
                value.count > field.maxLength || FormatCheck.problem(with: value, format: field.format) != nil
                || (field == .displayName && value.isEmpty)
            if bad {
                throw ServeError.invalid(
                    "Invalid value specified for property '\(graphName[field]!)' of resource 'User'.")
            }
        }
    }
}
