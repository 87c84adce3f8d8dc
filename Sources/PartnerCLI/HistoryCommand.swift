import ArgumentParser
import Foundation
import PartnerModel

/// `partnerctl history`: applied plans and their steps' outcomes.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List applied plans and their steps' outcomes, newest first.")

    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var tenantOption: TenantOption

    @Option(help: "How many applies to list.")
    var limit = 20

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    @Flag(help: "List every step of each apply.")
    var steps = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        do {
            try await StoreLocator.with(storeOptions.url, access: .readOnly) { store in
                let account = try await tenantOption.account(in: store)
                let records = try await store.history(tenantId: account.tenantId, limit: limit)
                if format == .json {
                    Console.current.out(try JSONOutput.encode(HistoryReport(records)))
                    return
                }
                guard !records.isEmpty else {
                    Console.current.out("No applies recorded for \(DisplayText.escaped(account.domain)).")
                    return
                }
                let rows = records.map { record -> [String] in
                    let done = record.journal.filter { $0.status == .done }.count
                    let status = record.status.rawValue
                    return [
                        DisplayText.escaped(record.id.prefix(8)), record.startedAt.formatted(.iso8601), status,
                        "\(done)/\(record.stepCount)",
                        DisplayText.escaped("\(record.holder.user)@\(record.holder.host)"),
                    ]
                }
                var out = DriftRenderer.table(header: ["APPLY", "STARTED", "STATUS", "STEPS DONE", "BY"], rows: rows)
                if steps {
                    for record in records {
                        out += "\n\(DisplayText.escaped(record.id.prefix(8))):\n"
                        for entry in record.journal {
                            // The journal is store data: the step and the error are escaped again.
                            out +=
                                "  \(entry.index). \(DisplayText.escaped(entry.step))  \(entry.status.rawValue)"
                                + (entry.error.map { ": \(DisplayText.escaped($0))" } ?? "") + "\n"
                        }
                        let notStarted = record.stepCount - record.journal.count
                        if notStarted > 0 { out += "  (\(notStarted) not started)\n" }
                    }
                }
                Console.current.write(out, .standardOutput)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension HistoryCommand: PrintsForPeople {}
