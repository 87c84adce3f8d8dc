import ArgumentParser

/// `partnerctl show`: renders a saved plan.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Render a plan saved by 'plan --out'.")

    @Argument(help: "The saved plan.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let document = try PlanDocument.read(path: file)
        switch format {
        case .json:
            Console.current.out(try document.json())
        case .text:
            Console.current.out("Plan for \(document.account.domain) (tenant \(document.account.tenantId))")
            Console.current.out("made \(document.createdAt.formatted(.iso8601)) from \(document.config) (\(document.configHash))")
            Console.current.out("against \(document.store) at state \(document.fingerprint)\n")
            Console.current.write(PlanRenderer(style: .for(.standardOutput)).render(document.plan), .standardOutput)
        }
    }
}
