/// The `links` object every Partner Center resource and collection carries.
public struct ResourceLinks: Hashable, Sendable, Codable {
    /// Where the resource itself is.
    public var `self`: WireLink?
    /// The next page of a collection; absent on the last page.
    public var next: WireLink?

    /// Creates links.
    public init(self link: WireLink? = nil, next: WireLink? = nil) {
        self.`self` = link
        self.next = next
    }
}
