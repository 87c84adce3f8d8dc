import Foundation
import PartnerModel
import PartnerServe
import PartnerWire
import Testing

@Suite struct ServeProfileTests {
    @Test func theOrganizationProfileHasTheDocumentedShapeAndAnETag() async throws {
        var state = AccountState(account: ServeHarness.global)
        state.profile.values = [
            "organization.companyName": "Fabrikam", "organization.email": "admin@fabrikam.com",
            "organization.language": "en", "organization.culture": "en-US",
            "organization.defaultAddress.country": "US", "organization.defaultAddress.city": "Redmond",
        ]
        let server = try await ServeHarness(accounts: [state])
        let token = try await server.userToken(.partnerCenter)
        let reply = try await server.send(.GET, "/v1/profiles/organization", token: token)
        #expect(reply.status == 200)
        let etag = try #require(value(reply.json, "attributes.etag") as? String)
        // Written from reference §2.2: identity fields, camelCase, links without /v1.
        #expect(
            matches(
                reply.json,
                """
                {"id": "\(ServeHarness.global.tenantId)", "companyName": "Fabrikam",
                 "defaultAddress": {"country": "US", "city": "Redmond"},
                 "tenantId": "\(ServeHarness.global.tenantId)", "domain": "fabrikam.onmicrosoft.com",
                 "email": "admin@fabrikam.com", "language": "en", "culture": "en-US",
                 "profileType": "OrganizationProfile",
                 "links": {"self": {"uri": "/profiles/organization", "method": "GET", "headers": []}},
                 "attributes": {"etag": "\(etag)", "objectType": "OrganizationProfile"}}
                """))
        #expect(reply.header("MS-CorrelationId") != nil && reply.header("MS-RequestId") != nil)
        await server.stop()
    }

    @Test func aPutWithAStaleETagGets412AndChangesNothing() async throws {
        let server = try await ServeHarness()
        let token = try await server.userToken(.partnerCenter)
        var first = try await server.send(.GET, "/v1/profiles/billing", token: token).decode(BillingProfile.self)
        first.companyName = "Fabrikam Billing"
        let updated = try await server.send(.PUT, "/v1/profiles/billing", token: token, json: first)
        #expect(updated.status == 200)
        #expect(try updated.decode(BillingProfile.self).attributes?.etag != first.attributes?.etag)
        // The first body's etag is stale now.
        first.companyName = "Someone Else"
        let stale = try await server.send(.PUT, "/v1/profiles/billing", token: token, json: first)
        #expect(stale.status == 412)
        #expect(
            matches(
                stale.json,
                """
                {"code": "2055", "description": "Etag is no longer valid. Get the resource again and send its current etag.",
                 "data": [], "source": "PartnerFD"}
                """))
        let now = try await server.store.snapshot(tenantId: ServeHarness.global.tenantId)
        #expect(now?.state.profile.values["billing.companyName"] == "Fabrikam Billing")
        await server.stop()
    }

    @Test func pascalCaseRequestBodiesAreTakenAsTheSamplesWriteThem() async throws {
        let server = try await ServeHarness()
        let token = try await server.userToken(.partnerCenter)
        struct Support: Encodable {
            let Email = "support@fabrikam.com", Telephone = "+1 425 555 0100", Website = "https://fabrikam.com"
        }
        let reply = try await server.send(.PUT, "/v1/profiles/support", token: token, json: Support())
        #expect(reply.status == 200)
        #expect(
            matches(
                reply.json,
                """
                {"email": "support@fabrikam.com", "telephone": "+1 425 555 0100", "website": "https://fabrikam.com",
                 "profileType": "support_profile",
                 "links": {"self": {"uri": "/v1/profiles/support", "method": "GET", "headers": []}},
                 "attributes": {"objectType": "PartnerSupportProfile"}}
                """))
        await server.stop()
    }

    @Test func fieldsAreCheckedForLengthFormatAndTheCloudsCountry() async throws {
        let server = try await ServeHarness(accounts: [AccountState(account: ServeHarness.china)])
        let token = try await server.userToken(.partnerCenter, tenant: ServeHarness.china)
        var body = LegalBusinessProfile()
        body.companyName = String(repeating: "康", count: 257)
        body.address = WireAddress(country: "US", city: "北京")
        body.primaryContact = WireContact(email: "not an email")
        let reply = try await server.send(.PUT, "/v1/profiles/legalbusiness", token: token, json: body)
        #expect(reply.status == 400)
        #expect(value(reply.json, "code") as? String == "3000")
        #expect(
            value(reply.json, "data") as? [String] == [
                "legalBusiness.address.country: must be 'CN' in Partner Center operated by 21Vianet",
                "legalBusiness.companyName: longer than 256 characters",
                "legalBusiness.primaryContact.email: 'not an email' is not a valid email address",
                "'legalBusiness.address' has no 'state'; Partner Center requires it for addresses in the United States "
                    + "(write the code, one of AK, AL, AR, AZ, CA, CO, CT, DC, DE, FL, GA, HI, IA, ID, IL, IN, KS, KY, LA, "
                    + "MA, MD, ME, MI, MN, MO, MS, MT, NC, ND, NE, NH, NJ, NM, NV, NY, OH, OK, OR, PA, RI, SC, SD, TN, TX, "
                    + "UT, VA, VT, WA, WI, WV, WY)",
                "'legalBusiness.address' has no 'postalCode'; Partner Center requires it for addresses in the United "
                    + "States (for example 'postalCode: \"98052\"')",
            ])
        let snapshot = try await server.store.snapshot(tenantId: ServeHarness.china.tenantId)
        #expect(snapshot?.state.profile.isEmpty == true)
        await server.stop()
    }

    /// The same country rules `validate` applies: a province written as a name, a postal code
    /// of the wrong form.
    @Test func addressesAreCheckedAgainstTheirCountrysRules() async throws {
        let server = try await ServeHarness(accounts: [AccountState(account: ServeHarness.china)])
        let token = try await server.userToken(.partnerCenter, tenant: ServeHarness.china)
        var body = LegalBusinessProfile()
        body.address = WireAddress(country: "CN", city: "北京", state: "北京市", postalCode: "1000")
        let reply = try await server.send(.PUT, "/v1/profiles/legalbusiness", token: token, json: body)
        #expect(reply.status == 400)
        let problems = value(reply.json, "data") as? [String] ?? []
        #expect(
            problems.contains(
                "'legalBusiness.address.state' must be a province code of China, found '北京市' "
                    + "(use the province code 'BJ')"))
        #expect(
            problems.contains {
                $0.hasPrefix("'legalBusiness.address.postalCode' is not a postal code of China: '1000'")
            })
        body.address = WireAddress(country: "CN", city: "北京", state: "BJ", postalCode: "100022")
        #expect(try await server.send(.PUT, "/v1/profiles/legalbusiness", token: token, json: body).status == 200)
        await server.stop()
    }
}
