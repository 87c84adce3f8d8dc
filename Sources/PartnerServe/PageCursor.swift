import Foundation
import PartnerWire

/// Where the next page of a collection starts, as the opaque token clients send back
/// (`MS-ContinuationToken` for Partner Center, `$skiptoken` for Graph).
struct PageCursor: Hashable, Sendable {
    /// The index of the next page's first item.
    var offset: Int

    /// The cursor a token names.
    ///
    /// - Throws: ``ServeError`` 400 for a token this server did not make.
    init(token: String) throws {
        guard let data = Data(base64Encoded: Self.unURLSafe(token)), let text = String(data: data, encoding: .utf8),
            text.hasPrefix("offset:"), let offset = Int(text.dropFirst(7)), offset >= 0
        else { throw ServeError.invalid("The continuation token is not valid") }
        self.offset = offset
    }

    init(offset: Int) {
        self.offset = offset
    }

    /// The token for this cursor.
    var token: String {
        Data("offset:\(offset)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private static func unURLSafe(_ token: String) -> String {
        var text = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return text
    }

    /// One page of a Partner Center collection, with `links.next` and `continuationToken` when
    /// more follow.
    ///
    /// - Parameters:
    ///   - items: The whole collection, in order.
    ///   - size: The page size.
    ///   - cursor: Where the page starts.
    ///   - selfURI: The collection's relative URI without `/v1` (`/offers?country=US`).
    static func page<Item>(
        _ items: [Item], size: Int, from cursor: PageCursor, selfURI: String
    ) -> ResourceCollection<Item> {
        let start = min(cursor.offset, items.count)
        let end = min(start + size, items.count)
        var links = ResourceLinks(self: WireLink(uri: selfURI))
        var continuation: String?
        if end < items.count {
            let token = PageCursor(offset: end).token
            continuation = token
            let separator = selfURI.contains("?") ? "&" : "?"
            links.next = WireLink(
                uri: selfURI + separator + "size=\(size)&seekOperation=Next",
                headers: [WireLinkHeader(key: WireHeaderName.continuationToken, value: token)])
        }
        return ResourceCollection(
            totalCount: items.count, items: Array(items[start..<end]), links: links, continuationToken: continuation)
    }
}
