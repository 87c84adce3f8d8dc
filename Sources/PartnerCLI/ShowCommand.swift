import ArgumentParser
import PartnerModel

/// `partnerctl show`: renders a saved plan.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Render a plan saved by 'plan --out'.")

    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "The saved plan.")
    var file: String

    @Option(help: "Output format: text, json or markdown.")
    var format: PlanFormat = .text

    func run() async throws {
        let document = try PlanDocument.read(path: file)
        switch format {
        case .json:
            Console.current.out(try document.json())
        case .markdown:
            let e: (String) -> String = DisplayText.escaped
            Console.current.write(
                PlanMarkdown.render(
                    document.plan,
                    origin: [
                        "Tenant \(e(document.account.tenantId)), made \(document.createdAt.formatted(.iso8601)) from "
                            + "\(e(document.config)) (\(e(document.configHash)))",
                        "Against \(e(document.store)) at state \(e(document.fingerprint))",
                    ]), .standardOutput)
        case .text:
            // A saved plan is a file anyone could have edited: every value is escaped.
            let e: (String) -> String = DisplayText.escaped
            Console.current.out("Plan for \(e(document.account.domain)) (tenant \(e(document.account.tenantId)))")
            Console.current.out(
                "made \(document.createdAt.formatted(.iso8601)) from \(e(document.config)) (\(e(document.configHash)))")
            Console.current.out("against \(e(document.store)) at state \(e(document.fingerprint))\n")
            Console.current.write(PlanRenderer(style: .for(.standardOutput)).render(document.plan), .standardOutput)
        }
    }
}

extension ShowCommand: PrintsForPeople {}
