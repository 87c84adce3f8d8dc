import Foundation
import PartnerModel

/// A plan as `plan --format json` prints it and `plan --out` saves it
/// (`schemas/plan.schema.json`): the plan, plus what it was made from.
struct PlanDocument: Codable {
    /// The format's version; readers refuse others.
    static let currentFormatVersion = 1

    var formatVersion: Int
    var partnerctlVersion: String
    var createdAt: Date
    /// The SHA-256 of the configuration file the plan was made from.
    var configHash: String
    /// The configuration file's path as given.
    var config: String
    /// The store URL, without credentials.
    var store: String
    /// The store's fingerprint of the state the plan was made against.
    var fingerprint: String
    var account: AccountIdentity
    var summary: Plan.Summary
    var steps: [PlanStep]
    var warnings: [String]

    init(plan: Plan, session: AccountSession, fingerprint: String, configPath: String) {
        formatVersion = Self.currentFormatVersion
        partnerctlVersion = Partnerctl.version
        createdAt = Date()
        configHash = session.configHash
        config = configPath
        store = session.storeURL
        self.fingerprint = fingerprint
        account = plan.account
        summary = plan.summary
        steps = plan.steps
        warnings = plan.warnings
    }

    var plan: Plan { Plan(account: account, steps: steps, warnings: warnings) }

    /// The document as stable, pretty JSON.
    func json() throws -> String {
        try JSONOutput.encode(self)
    }

    /// Reads a saved plan.
    static func read(path: String) throws -> PlanDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read plan '\(DisplayText.escaped(path))'")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let document: PlanDocument
        do {
            document = try decoder.decode(PlanDocument.self, from: data)
        } catch {
            throw CommandFailure("'\(DisplayText.escaped(path))' is not a partnerctl plan: \(DisplayText.escaped("\(error)"))")
        }
        guard document.formatVersion == currentFormatVersion else {
            throw CommandFailure("'\(DisplayText.escaped(path))' has plan format \(document.formatVersion); this partnerctl reads \(currentFormatVersion)")
        }
        return document
    }
}
