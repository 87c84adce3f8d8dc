import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOSSL
import PartnerModel

/// `partnerctl serve approve CODE`: approves a device code at a running `partnerctl serve`, as
/// the person signing in would.
struct ServeApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve a device-code sign-in at a running 'partnerctl serve'.",
        discussion: "Finds the server through the state file it wrote (mode 0600), which holds its URL and admin token."
    )

    @Argument(help: "The user code the device-code answer showed.")
    var code: String

    @Option(help: ArgumentHelp("Who signs in (a user principal name), if it matters.", valueName: "upn"))
    var user: String?

    @Option(help: ArgumentHelp("The state file the server wrote.", valueName: "file"))
    var stateFile = ServeStateFile.defaultPath

    func run() async throws {
        let state = try ServeStateFile.read(from: stateFile)
        var configuration = HTTPClient.Configuration()
        if let certificate = state.certificatePath {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .file(certificate)
            tls.certificateVerification = .noHostnameVerification
            configuration.tlsConfiguration = tls
        }
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            try await approve(client, state)
            try? await client.shutdown()
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func approve(_ client: HTTPClient, _ state: ServeStateFile) async throws {
        var components = URLComponents(string: state.url + "/partnerctl/admin/devicecodes/")
        components?.path += code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? code
        components?.path += "/approve"
        if let user { components?.queryItems = [URLQueryItem(name: "user", value: user)] }
        guard let url = components?.string else { throw CommandFailure("the state file's URL is not valid") }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(state.adminToken)")
        let status: UInt
        do {
            status = try await client.execute(request, timeout: .seconds(10)).status.code
        } catch {
            throw CommandFailure("cannot reach partnerctl serve at \(state.url): \(DisplayText.escaped("\(error)"))")
        }
        switch status {
        case 204: Console.current.out("Approved \(DisplayText.escaped(code)).")
        case 404: throw CommandFailure("no pending device code '\(DisplayText.escaped(code))' at \(state.url)")
        default: throw CommandFailure("partnerctl serve at \(state.url) refused the approval (HTTP \(status))")
        }
    }
}
