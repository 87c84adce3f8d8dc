import Foundation
import PartnerCLITesting
import PartnerTestSupport
import Testing

@Suite struct ServeCommandTests {
    @Test func serveRefusesToStartWithoutClientsUnlessInsecure() async throws {
        let (directory, _) = try ServeHarness.emptyStore()
        defer { directory.remove() }
        let result = await partnerctl("serve", "--store", "sqlite:" + directory.file("account.db"))
        #expect(result.exitCode == 64)
        #expect(
            result.standardError == """
                error: no client may sign in: give --clients FILE or PARTNERCTL_SERVE_CLIENT_ID and \
                PARTNERCTL_SERVE_CLIENT_SECRET (or --insecure-no-auth to serve without tokens)

                """)
    }

    @Test(arguments: [
        (["--faults", "418:0.1"], "unknown fault '418'"),
        (["--replication-delay", "soon"], "--replication-delay must be a duration"),
        (["--tls-cert", "cert.pem"], "give --tls-cert and --tls-key together"),
    ])
    func badOptionsAreUsageErrors(options: [String], message: String) async {
        let result = await partnerctl(["serve", "--store", "sqlite:/nonexistent/account.db"] + options)
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains(message))
    }
}
