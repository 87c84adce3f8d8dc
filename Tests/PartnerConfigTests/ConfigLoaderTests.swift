import Foundation
import PartnerConfig
import PartnerModel
import PartnerTestSupport
import PartnerYAML
import Testing

@Suite struct ConfigLoaderTests {
    static let header = """
        apiVersion: partnerctl/v1
        account:
          tenantId: 8F2F6C2E-0B7A-4C1E-9A59-3D1F2B9A7C10
          cloud: china
          domain: Contoso.Partner.OnMSChina.cn

        """

    static let admin = """
        users:
          - userPrincipalName: li.wei@contoso.partner.onmschina.cn
            roles: [global-admin]

        """

    func load(_ text: String) -> LoadedConfig {
        ConfigLoader.load(SourceFile(path: "partner.yaml", text: text))
    }

    @Test func theChinaExampleLoadsIntoTheModel() throws {
        let loaded = try ConfigLoader.load(path: Repository.path("examples/21vianet-contoso/partner.yaml"))
        #expect(loaded.diagnostics == [])
        let config = try #require(loaded.config)
        #expect(
            config.account
                == AccountIdentity(
                    tenantId: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", cloud: .china,
                    domain: "contoso.partner.onmschina.cn"))
        #expect(config.profile.values["legalBusiness.companyName"] == "康拓信息技术（北京）有限公司")
        #expect(config.profile.values["legalBusiness.address.postalCode"] == "100022")
        #expect(config.users?.count == 12)
        let first = try #require(config.users?.first)
        #expect(first.displayName == "李伟")
        #expect(first.roles == [.globalAdmin, .adminAgent])
        #expect(
            config.users?.first { $0.userPrincipalName.hasPrefix("zhao.lei") }?.roles == [.helpdeskAgent, .salesAgent])
        #expect(config.users?.first { $0.userPrincipalName.hasPrefix("huang.xin") }?.enabled == false)
        #expect(
            config.catalog
                == CatalogRules(
                    defaultVisibility: .visible, hide: [.category("dynamics-365"), .offer("MS-AZR-0145P")],
                    show: [.offer("CFQ7TTC0LF8R")]))
        #expect(config.policy.protects("LI.WEI@contoso.partner.onmschina.cn"))
    }

    @Test func identifiersAreNormalizedToLowerCase() throws {
        let config = try #require(load(Self.header + Self.admin).config)
        #expect(config.account.tenantId == "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10")
        #expect(config.account.domain == "contoso.partner.onmschina.cn")
    }

    @Test func stringFieldsTakeTheTextAsWritten() throws {
        let text =
            Self.header.replacingOccurrences(of: "cloud: china", with: "cloud: global") + """
                profile:
                  legalBusiness:
                    address: { postalCode: 010000, city: Oslo }
                users:
                  - userPrincipalName: li.wei@contoso.partner.onmschina.cn
                    displayName: true
                    usageLocation: NO
                    roles: [global-admin]

                """
        let config = try #require(load(text).config)
        #expect(config.profile.values["legalBusiness.address.postalCode"] == "010000")
        #expect(config.users?.first?.usageLocation == "NO")
        #expect(config.users?.first?.displayName == "true")
    }

    @Test func textIsNormalizedToNFC() throws {
        let text = Self.header + Self.admin + "    displayName: \"Jose\\u0301 李\"\n"
        let config = try #require(load(text).config)
        #expect(config.users?.first?.displayName?.unicodeScalars.count == 6)
    }

    @Test func leavingRolesOutLeavesThemUnmanaged() throws {
        let text =
            Self.header + Self.admin + """
                  - userPrincipalName: zhang.min@contoso.partner.onmschina.cn
                    displayName: 张敏
                  - userPrincipalName: wang.jing@contoso.partner.onmschina.cn
                    roles: []

                """
        let users = try #require(load(text).config?.users)
        #expect(users.map(\.roles) == [[.globalAdmin], nil, []])
    }

    @Test func aFileWithoutUsersLeavesUsersUnmanaged() throws {
        let config = try #require(load(Self.header).config)
        #expect(config.users == nil)
        #expect(config.catalog == nil)
        #expect(config.profile.isEmpty)
    }

    @Test func everyProblemIsReportedInOneRunSortedByPosition() {
        let text =
            Self.header + """
                users:
                  - userPrincipalName: li.wei@contoso.partner.onmschina.cn
                    roles: [global-admn]
                    enabled: no
                  - userPrincipalName: li.wei@contoso.partner.onmschina.cn
                polcy: {}

                """
        let loaded = load(text)
        #expect(!loaded.isValid)
        #expect(
            loaded.diagnostics.map(\.code) == [
                .noGlobalAdmin, .unknownRole, .wrongType, .duplicateUser, .unknownKey,
            ])
        #expect(loaded.diagnostics.map(\.mark) == loaded.diagnostics.map(\.mark).sorted())
        #expect(loaded.diagnostics.last?.hint == "did you mean 'policy'?")
    }

    @Test func bundlesMayNameOtherBundles() throws {
        let text =
            Self.header + """
                roles:
                  agents: [admin-agent, sales-agent]
                  leads: [agents, billing-admin]
                users:
                  - userPrincipalName: li.wei@contoso.partner.onmschina.cn
                    roles: [global-admin, leads]

                """
        let config = try #require(load(text).config)
        #expect(config.roleBundles["leads"] == [.adminAgent, .salesAgent, .billingAdmin])
        #expect(config.users?.first?.roles == [.globalAdmin, .adminAgent, .salesAgent, .billingAdmin])
    }

    @Test func aBundleMayNotShadowABuiltInRole() {
        let loaded = load(Self.header + "roles:\n  sales-agent: [admin-agent]\n" + Self.admin)
        #expect(loaded.diagnostics.map(\.message) == ["role bundle 'sales-agent' has the name of a built-in role"])
    }

    @Test func globalCloudOffersMoreRolesAndAnyCountry() throws {
        let text = """
            apiVersion: partnerctl/v1
            account: { tenantId: 3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10, cloud: global, domain: fabrikam.onmicrosoft.com }
            profile:
              legalBusiness: { address: { city: Redmond, state: WA, postalCode: "98052", country: US } }
            users:
              - userPrincipalName: a@fabrikam.onmicrosoft.com
                roles: [global-admin, referrals-admin]

            """
        let config = try #require(load(text).config)
        #expect(config.users?.first?.roles == [.globalAdmin, .referralsAdmin])
    }

    @Test func aLargeGeneratedFileIsValid() throws {
        let loaded = load(ConfigGenerator.yaml(users: 2_000))
        #expect(loaded.diagnostics == [])
        #expect(loaded.config?.users?.count == 2_000)
    }

    // MARK: - Users decoded while parsing

    static let twoUsers = """
        users:
          - userPrincipalName: li.wei@contoso.partner.onmschina.cn
            usageLocation: CN
            roles: [global-admin]
          - userPrincipalName: wang.fang@contoso.partner.onmschina.cn
            usageLocation: US
            roles: [sales-agent, sales-agent]

        """

    @Test func usersBeforeTheAccountAreCheckedAgainstItsCloudAsWhenTheyComeAfter() {
        let accountFirst = load(Self.header + Self.twoUsers)
        let usersFirst = load("apiVersion: partnerctl/v1\n" + Self.twoUsers + Self.header.dropFirst(26))
        let expected = [
            "'users[1].usageLocation' must be 'CN' in Partner Center operated by 21Vianet, found 'US'",
            "user 'wang.fang@contoso.partner.onmschina.cn' lists role 'sales-agent' more than once",
        ]
        #expect(accountFirst.diagnostics.map(\.message.description) == expected)
        #expect(usersFirst.diagnostics.map(\.message.description) == expected)
        #expect(usersFirst.diagnostics.map(\.mark) == [Mark(line: 7, column: 20), Mark(line: 8, column: 26)])
    }

    @Test func theAccountIsAnnouncedBeforeTheUsersWhenItComesFirst() {
        final class Seen: @unchecked Sendable {
            var account: AccountIdentity?
        }
        let seen = Seen()
        let parsed = ConfigLoader.parse(SourceFile(path: "partner.yaml", text: Self.header + Self.admin)) {
            seen.account = $0
        }
        #expect(seen.account?.tenantId == "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10")
        #expect(parsed.load().config?.users?.count == 1)

        let late = Seen()
        var calls = 0
        _ = ConfigLoader.parse(
            SourceFile(
                path: "partner.yaml", text: "apiVersion: partnerctl/v1\n" + Self.admin + Self.header.dropFirst(26))
        ) {
            late.account = $0
            calls += 1
        }
        #expect(late.account?.domain == "contoso.partner.onmschina.cn")
        #expect(calls == 1)

        var none = 0
        _ = ConfigLoader.parse(
            SourceFile(path: "partner.yaml", text: "apiVersion: partnerctl/v1\naccount: {}\n" + Self.admin)
        ) {
            _ in none += 1
        }
        #expect(none == 0)
    }

    @Test func duplicatesAmongThousandsOfUsersPointAtTheFirstDeclaration() throws {
        let generated = ConfigGenerator.yaml(users: 3_000)
        let lines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        func line(of name: String) throws -> Int {
            try #require(lines.firstIndex { $0.hasSuffix("userPrincipalName: \(name)") }) + 1
        }
        let text =
            generated + """
                  - userPrincipalName: USER5@contoso.partner.onmschina.cn
                  - userPrincipalName: user2999@Contoso.Partner.OnMSChina.cn
                  - userPrincipalName: user5@contoso.partner.onmschina.cn

                """
        let loaded = load(text)
        let duplicates = loaded.diagnostics.filter { $0.code == .duplicateUser }
        #expect(
            duplicates.map(\.message.description) == [
                "duplicate user 'USER5@contoso.partner.onmschina.cn'",
                "duplicate user 'user2999@Contoso.Partner.OnMSChina.cn'",
                "duplicate user 'user5@contoso.partner.onmschina.cn'",
            ])
        let first5 = try line(of: "user5@contoso.partner.onmschina.cn")
        let first2999 = try line(of: "user2999@contoso.partner.onmschina.cn")
        #expect(duplicates.map { $0.notes.map(\.mark.line) } == [[first5], [first2999], [first5]])
        #expect(duplicates.map(\.mark.line) == [lines.count, lines.count + 1, lines.count + 2])

        // The same users before the account, checked by the validator rather than while decoded.
        let split = try #require(text.range(of: "users:\n"))
        let usersFirst = load(
            "apiVersion: partnerctl/v1\n" + text[split.lowerBound...] + text[..<split.lowerBound].dropFirst(26))
        #expect(usersFirst.diagnostics.filter { $0.code == .duplicateUser }.map(\.message) == duplicates.map(\.message))
        #expect(usersFirst.diagnostics.count == loaded.diagnostics.count)
    }

    @Test func aUserListWrittenTwiceKeepsTheFirstAndReportsTheSecond() throws {
        let text = Self.header + Self.admin + "users:\n  - userPrincipalName: x@contoso.partner.onmschina.cn\n"
        let loaded = load(text)
        #expect(loaded.diagnostics.map(\.code.rawValue) == ["yaml.duplicate-key"])
        #expect(loaded.config == nil)
    }

}
