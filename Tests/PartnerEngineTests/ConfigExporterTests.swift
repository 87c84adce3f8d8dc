import PartnerEngine
import PartnerModel
import PartnerTestSupport
import Testing

@Suite struct ConfigExporterTests {
    @Test func exportsEveryPartOfTheState() {
        var state = AccountState(
            account: StoreConformance.account, offers: StoreConformance.offers, hiddenOffers: ["MS-AZR-0145P"])
        state.profile.values = [
            "legalBusiness.companyName": "康拓", "legalBusiness.address.postalCode": "010000",
            "legalBusiness.address.city": "北京", "support.email": "support@contoso.cn",
        ]
        state.users["li.wei@contoso.partner.onmschina.cn"] = UserState(
            userPrincipalName: "li.wei@contoso.partner.onmschina.cn", displayName: "李伟", usageLocation: "CN",
            roles: [.adminAgent, .globalAdmin])
        state.users["no@contoso.partner.onmschina.cn"] = UserState(
            userPrincipalName: "no@contoso.partner.onmschina.cn", displayName: "true", lastName: "- dash",
            enabled: false)
        #expect(
            ConfigExporter.yaml(for: state) == """
                # Exported by partnerctl from the account's current state.
                apiVersion: partnerctl/v1
                account:
                  tenantId: 8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10
                  cloud: china
                  domain: contoso.partner.onmschina.cn
                profile:
                  legalBusiness:
                    companyName: 康拓
                    address:
                      city: 北京
                      postalCode: "010000"
                  support:
                    email: support@contoso.cn
                users:
                  - userPrincipalName: li.wei@contoso.partner.onmschina.cn
                    displayName: 李伟
                    usageLocation: CN
                    roles: [global-admin, admin-agent]
                  - userPrincipalName: no@contoso.partner.onmschina.cn
                    displayName: "true"
                    lastName: "- dash"
                    enabled: false
                    roles: []
                catalog:
                  default: visible
                  hide:
                    - MS-AZR-0145P

                """)
    }
}
