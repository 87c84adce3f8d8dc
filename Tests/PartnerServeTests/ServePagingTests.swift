import Foundation
import PartnerModel
import PartnerServe
import PartnerWire
import Testing

@Suite struct ServePagingTests {
    @Test func usersPageWithTopAndNextLinkAndStitchBackWhole() async throws {
        var state = AccountState(account: ServeHarness.global)
        for index in 0..<23 {
            let user = UserState(
                userPrincipalName: "user\(index)@fabrikam.onmicrosoft.com", displayName: "User \(index)")
            state.users[user.key] = user
        }
        let server = try await ServeHarness(accounts: [state])
        let token = try await server.appToken(.graph)
        var next: String? = "/v1.0/users?$top=5"
        var names: [String] = []
        var pages = 0
        while let link = next {
            let page = try await server.send(.GET, link, token: token).decode(GraphCollection<GraphUser>.self)
            #expect(page.value.count <= 5)
            names += page.value.map(\.userPrincipalName)
            next = page.nextLink
            if let next { #expect(next.hasPrefix(server.root + "/v1.0/users?")) }
            pages += 1
        }
        #expect(pages == 5)
        #expect(names == state.users.values.map(\.userPrincipalName).sorted())
        let tooMany = try await server.send(.GET, "/v1.0/users?$top=1000", token: token)
        #expect(tooMany.status == 400 && value(tooMany.json, "error.code") as? String == "Request_BadRequest")
        await server.stop()
    }

    @Test func offersPageWithLinksNextAndTheContinuationTokenHeader() async throws {
        let server = try await ServeHarness()
        let token = try await server.appToken(.partnerCenter)
        let catalog = OfferCatalog.builtIn(for: .global)
        var request: (path: String, headers: [String: String])? = ("/v1/offers?country=US&size=7", [:])
        var ids: [String] = []
        while let (path, headers) = request {
            let page = try await server.send(.GET, path, token: token, headers: headers).decode(
                ResourceCollection<WireOffer>.self)
            #expect(page.totalCount == catalog.offers.count)
            ids += page.items.map(\.id)
            request = page.links.next.map { link in
                (link.requestPath, Dictionary(uniqueKeysWithValues: link.headers.map { ($0.key, $0.value) }))
            }
            if let next = page.links.next {
                #expect(next.uri.hasPrefix("/offers?country=US") && next.headers.map(\.key) == ["MS-ContinuationToken"])
                #expect(page.continuationToken == next.headers.first?.value)
            }
        }
        #expect(ids == catalog.offers.map(\.id))
        let categories = try await server.send(.GET, "/v1/offercategories?country=US", token: token)
            .decode(ResourceCollection<WireOfferCategory>.self)
        #expect(categories.items.map(\.id) == catalog.categories.map(\.id))
        await server.stop()
    }

    @Test func aChinaAccountSellsInCNOnlyFromTheChinaCatalog() async throws {
        let server = try await ServeHarness(accounts: [AccountState(account: ServeHarness.china)])
        let token = try await server.appToken(.partnerCenter, tenant: ServeHarness.china)
        let refused = try await server.send(.GET, "/v1/offers?country=US", token: token)
        #expect(refused.status == 400 && value(refused.json, "code") as? String == "3000")
        let page = try await server.send(.GET, "/v1/offers?country=CN&size=500", token: token).decode(
            ResourceCollection<WireOffer>.self)
        #expect(page.items.map(\.id) == OfferCatalog.builtIn(for: .china).offers.map(\.id))
        await server.stop()
    }
}
