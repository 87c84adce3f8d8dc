import PartnerConfig
import PartnerModel
public import PartnerWire

extension PartnerCenterService {
    /// `GET /v1/profiles/{section}`. The legal business profile also answers App-only callers;
    /// the others want App+User (reference §5.2).
    public func profile<Resource: ProfileResource>(_ type: Resource.Type, caller: Caller) async throws -> Resource {
        if Resource.section != .legalBusiness { try requireUser(caller, "reading this profile") }
        let state = try await state(caller)
        return try Self.resource(Resource.self, state)
    }

    /// `PUT /v1/profiles/{section}`: replaces the section's fields with the body's (a field left
    /// out is cleared), after checking every field's length and format, the cloud's fixed
    /// country, and — on organization and billing — that the body's etag is current.
    ///
    /// - Throws: ``ServeError`` 403 for App-only callers, 412 for a stale etag, 400 listing every
    ///   rejected field.
    public func updateProfile<Resource: ProfileResource>(_ body: Resource, caller: Caller) async throws -> Resource {
        try requireUser(caller, "updating a profile")
        let state = try await state(caller)
        if Resource.hasETag, let etag = body.attributes?.etag, etag != Self.etag(Resource.section, state.profile) {
            throw ServeError.staleETag
        }
        let wanted = body.fieldValues
        let problems = Self.problems(wanted, cloud: state.account.cloud)
        guard problems.isEmpty else {
            throw ServeError.invalid(
                "Invalid property: \(problems.count) field\(problems.count == 1 ? "" : "s") rejected", data: problems)
        }
        let prefix = Resource.section.rawValue + "."
        let current = state.profile.values.filter { $0.key.hasPrefix(prefix) }
        let changes = Set(current.keys).union(wanted.keys).sorted().compactMap { path -> FieldChange? in
            current[path] == wanted[path] ? nil : FieldChange(field: path, before: current[path], after: wanted[path])
        }
        if !changes.isEmpty {
            try await change(
                PlanStep(
                    kind: .profileUpdate, target: Resource.section.rawValue, changes: changes,
                    reason: "changed through partnerctl serve"), caller)
        }
        return try Self.resource(Resource.self, try await self.state(caller))
    }

    static func resource<Resource: ProfileResource>(_ type: Resource.Type, _ state: AccountState) throws -> Resource {
        var extra: [String: String] = [:]
        switch Resource.section {
        case .organization:
            extra = ["id": state.account.tenantId, "tenantId": state.account.tenantId, "domain": state.account.domain]
        case .legalBusiness:
            extra = ["vettingStatus": "authorized", "vettingSubStatus": "none"]
        case .billing, .support:
            break
        }
        return try Resource(profile: state.profile, extra: extra, etag: etag(Resource.section, state.profile))
    }

    /// The section's etag: a hash of its fields, so any change (through serve or an apply) makes
    /// an older etag stale.
    static func etag(_ section: ProfileSection, _ profile: Profile) -> String {
        let prefix = section.rawValue + "."
        let text = profile.values.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        return WireObjectId.make("etag", text)
    }

    /// Every field's problems, one line each: `legalBusiness.address.postalCode: …`, then each
    /// address's problems under its country's rules (the table `validate` uses).
    static func problems(_ values: [String: String], cloud: Cloud) -> [String] {
        fieldProblems(values, cloud: cloud) + addressProblems(values, cloud: cloud)
    }

    /// The paths of the profile's addresses: `legalBusiness.address`, `billing.address` …
    private static let addressPaths: [String] = ProfileSchema.allFields
        .filter { $0.keys.last == "country" }.map { String($0.path.dropLast(".country".count)) }

    private static func addressProblems(_ values: [String: String], cloud: Cloud) -> [String] {
        addressPaths.flatMap { path -> [String] in
            let prefix = path + "."
            let fields = Dictionary(
                uniqueKeysWithValues: values.filter { $0.key.hasPrefix(prefix) }
                    .map { (String($0.key.dropFirst(prefix.count)), $0.value) }.filter { !$0.0.contains(".") })
            guard !fields.isEmpty,
                let rules = (fields["country"] ?? cloud.requiredCountry).flatMap(CountryRules.forCountry)
            else { return [] }
            let state = fields["state"].flatMap { rules.stateProblem($0, path: prefix + "state") }
            return ([state].compactMap { $0 } + rules.problems(address: fields, written: Set(fields.keys), path: path))
                .map { "\($0.message)" + ($0.hint.map { " (\($0))" } ?? "") }
        }
    }

    private static func fieldProblems(_ values: [String: String], cloud: Cloud) -> [String] {
        values.sorted { $0.key < $1.key }.compactMap { path, value in
            guard let field = ProfileSchema.field(atPath: path) else { return nil }
            if value.count > field.maxLength {
                return "\(path): longer than \(field.maxLength) characters"
            }
            if let problem = FormatCheck.problem(with: value, format: field.format) {
                return "\(path): '\(value)' is not \(problem)"
            }
            if field.format == .country, let required = cloud.requiredCountry, value != required {
                return "\(path): must be '\(required)' in \(cloud.displayName)"
            }
            return nil
        }
    }
}
