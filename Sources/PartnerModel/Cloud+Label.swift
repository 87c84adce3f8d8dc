public import PartnerText

extension Cloud {
    /// The cloud's name in messages (``Cloud/displayName`` in the reader's language).
    public var label: Message {
        switch self {
        case .china: Message("Partner Center operated by 21Vianet")
        case .global: Message("Partner Center")
        }
    }
}
