/// The Partner Center cloud an account lives in.
public enum Cloud: String, CaseIterable, Hashable, Sendable, Codable {
    /// Partner Center operated by 21Vianet, in China.
    case china
    /// The global Partner Center.
    case global

    /// The country every address of an account in this cloud must have, if the cloud fixes one.
    public var requiredCountry: String? {
        switch self {
        case .china: return "CN"
        case .global: return nil
        }
    }

    /// The cloud's name as partners know it.
    public var displayName: String {
        switch self {
        case .china: return "Partner Center operated by 21Vianet"
        case .global: return "Partner Center"
        }
    }
}
