import Foundation
import PartnerModel
import PartnerText

/// A plan as `plan --format json` prints it and `plan --out` saves it
/// (`schemas/plan.schema.json`): the plan, plus what it was made from.
struct PlanDocument: Codable {
    /// The format's version; readers refuse others. Version 2 added `storeIdentity` and `policy`.
    static let currentFormatVersion = 2

    var formatVersion: Int
    var partnerctlVersion: String
    var createdAt: Date
    /// The SHA-256 of the configuration file the plan was made from.
    var configHash: String
    /// The configuration file's path as given.
    var config: String
    /// The store URL, without credentials.
    var store: String
    /// The identity of the store the plan was made against; nil when the store did not exist.
    var storeIdentity: String?
    /// The fingerprint of the state the plan was made against: a hash of the state, bound to
    /// the store's identity (an empty one when the store did not exist).
    var fingerprint: String
    /// The policy the plan was made under, which `apply --plan` holds it to.
    var policy: Policy
    var account: AccountIdentity
    var summary: Plan.Summary
    var steps: [PlanStep]
    var warnings: [Message]
    /// Configuration rules the store cannot carry out (catalog rules against Partner Center);
    /// absent when there are none.
    var unmanaged: [UnmanagedRule]?

    init(plan: Plan, session: AccountSession, snapshot: AccountSnapshot, configPath: String) {
        formatVersion = Self.currentFormatVersion
        partnerctlVersion = Partnerctl.version
        createdAt = Date()
        configHash = session.configHash
        config = configPath
        store = session.storeURL
        // The snapshot's: empty when there was no store (or no ledger) to read it from.
        storeIdentity = snapshot.storeIdentity.isEmpty ? nil : snapshot.storeIdentity
        fingerprint = snapshot.fingerprint
        policy = session.config.policy
        account = plan.account
        summary = plan.summary
        steps = plan.steps
        warnings = plan.warnings
        unmanaged = plan.unmanaged.isEmpty ? nil : plan.unmanaged
    }

    var plan: Plan { Plan(account: account, steps: steps, warnings: warnings, unmanaged: unmanaged ?? []) }

    /// The document as stable, pretty JSON.
    func json() throws -> String {
        try JSONOutput.encode(self)
    }

    /// Reads a saved plan.
    static func read(path: String) throws -> PlanDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read plan '\(DisplayText.escaped(path))'")
        }
        struct Version: Decodable { var formatVersion: Int }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let version = try? decoder.decode(Version.self, from: data) else {
            throw CommandFailure(
                "'\(DisplayText.escaped(path))' is not a partnerctl plan (no formatVersion); save one with 'partnerctl plan --out FILE'"
            )
        }
        guard version.formatVersion == currentFormatVersion else {
            throw CommandFailure(
                "'\(DisplayText.escaped(path))' has plan format \(version.formatVersion); this partnerctl reads \(currentFormatVersion): plan again"
            )
        }
        do {
            return try decoder.decode(PlanDocument.self, from: data)
        } catch let error as DecodingError {
            throw CommandFailure(
                "'\(DisplayText.escaped(path))' is not a valid partnerctl plan: \(Self.describe(error))")
        }
    }

    /// A decoding error in a few words: which field, and what is wrong with it.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "the document" : "'\(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)'"
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)) has no '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(path(context)) has the wrong type"
        case .dataCorrupted(let context): return "\(path(context)) is malformed"
        @unknown default: return "it does not decode"
        }
    }
}
