/// One of the partner profiles Partner Center keeps for an account.
public enum ProfileSection: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    case legalBusiness, organization, billing, support

    /// Orders sections as the file lists them.
    public static func < (lhs: ProfileSection, rhs: ProfileSection) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
