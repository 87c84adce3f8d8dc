public import PartnerText

/// The fields of Partner Center's profile resources that a configuration may manage.
///
/// Follows the Partner Center REST profile resources (`LegalBusinessProfile`,
/// `OrganizationProfile`, `BillingProfile`, `SupportProfile`, `Address`, `Contact`). Fields the
/// service sets itself are listed as read-only so that a file naming one gets a clear error.
public enum ProfileSchema {
    /// A named group of fields, or one field.
    public indirect enum Node: Sendable {
        /// A field: what it holds, and its length bounds in characters (`minLength` 1 means it
        /// may not be blank).
        case field(FieldFormat, maxLength: Int, minLength: Int = 0)
        case group(Group)
    }

    /// The entries of a mapping in the file, in the order they are documented.
    public struct Group: Sendable {
        /// The keys that may be written, in order.
        public let entries: [(key: String, node: Node)]
        /// Keys Partner Center sets itself, with why they cannot be written.
        public let readOnly: [String: Message]

        /// Whether this is an address, checked against its country's ``CountryRules``.
        public var isAddress: Bool { node(forKey: "country") != nil }

        /// The node for a key, if the key may be written.
        public func node(forKey key: String) -> Node? {
            entries.first { $0.key == key }?.node
        }
    }

    /// Partner Center's `Address` resource. Lengths from the API reference §2.7 (DOCS
    /// `utility-resources.md`): `addressLine1` 1–200, `addressLine2` 0–200, `state` 0–2,
    /// `country` 2, `firstName`/`lastName` 1–50. `addressLine3` is not in that table and takes
    /// the other lines' 200. `city`, `region`, `postalCode` and `phoneNumber` are documented
    /// without a length ("n/a"): their limits here are partnerctl's own bounds, not the service's.
    static let address = Group(
        entries: [
            ("addressLine1", .field(.text, maxLength: 200, minLength: 1)),
            ("addressLine2", .field(.text, maxLength: 200)),
            ("addressLine3", .field(.text, maxLength: 200)),
            ("city", .field(.text, maxLength: 128)),
            ("state", .field(.text, maxLength: 2)),
            ("region", .field(.text, maxLength: 128)),
            ("postalCode", .field(.postalCode, maxLength: 20)),
            ("country", .field(.country, maxLength: 2)),
            ("firstName", .field(.text, maxLength: 50, minLength: 1)),
            ("lastName", .field(.text, maxLength: 50, minLength: 1)),
            ("phoneNumber", .field(.phone, maxLength: 32)),
        ],
        readOnly: [:])

    /// Partner Center's `Contact` resource. The reference documents no lengths for it; the
    /// names take the `Address` resource's 1–50, the other limits are partnerctl's own.
    static let contact = Group(
        entries: [
            ("firstName", .field(.text, maxLength: 50, minLength: 1)),
            ("lastName", .field(.text, maxLength: 50, minLength: 1)),
            ("email", .field(.email, maxLength: 256)),
            ("phoneNumber", .field(.phone, maxLength: 32)),
        ],
        readOnly: [:])

    private static let serviceFields: [String: Message] = [
        "id": Message("Partner Center assigns the profile id"),
        "profileType": Message("the profile type follows from the section"),
        "links": Message("links are returned by the service, not written"),
        "attributes": Message("attributes are returned by the service, not written"),
    ]

    /// The fields of each section.
    public static func group(for section: ProfileSection) -> Group {
        switch section {
        case .legalBusiness:
            return Group(
                entries: [
                    ("companyName", .field(.text, maxLength: 256)),
                    ("address", .group(address)),
                    ("primaryContact", .group(contact)),
                    ("companyApproverAddress", .group(address)),
                    ("companyApproverEmail", .field(.email, maxLength: 256)),
                ],
                readOnly: serviceFields.merging([
                    "vettingStatus": Message("Microsoft sets the vetting status when it verifies the business"),
                    "vettingSubStatus": Message("Microsoft sets the vetting status when it verifies the business"),
                ]) { $1 })
        case .organization:
            return Group(
                entries: [
                    ("companyName", .field(.text, maxLength: 256)),
                    ("email", .field(.email, maxLength: 256)),
                    ("language", .field(.language, maxLength: 16)),
                    ("culture", .field(.culture, maxLength: 16)),
                    ("defaultAddress", .group(address)),
                ],
                readOnly: serviceFields.merging([
                    "tenantId": Message("the tenant is fixed; declare it as account.tenantId"),
                    "domain": Message("the domain is fixed; declare it as account.domain"),
                ]) { $1 })
        case .billing:
            return Group(
                entries: [
                    ("companyName", .field(.text, maxLength: 256)),
                    ("address", .group(address)),
                    ("primaryContact", .group(contact)),
                    ("purchaseOrderNumber", .field(.text, maxLength: 128)),
                    ("taxId", .field(.text, maxLength: 64)),
                ],
                readOnly: serviceFields.merging([
                    "billingCurrency": Message("the billing currency follows from the account's market"),
                    "billingDay": Message("the billing day is set by Partner Center"),
                ]) { $1 })
        case .support:
            return Group(
                entries: [
                    ("email", .field(.email, maxLength: 256)),
                    ("telephone", .field(.phone, maxLength: 32)),
                    ("website", .field(.url, maxLength: 2048)),
                    ("displayName", .field(.text, maxLength: 256)),
                ],
                readOnly: serviceFields)
        }
    }

    /// Every writable field of every section, in documentation order.
    public static let allFields: [ProfileField] = ProfileSection.allCases.flatMap { section in
        fields(in: group(for: section), section: section, prefix: [])
    }

    /// The field at a dotted path (`legalBusiness.address.city`), if there is one.
    public static func field(atPath path: String) -> ProfileField? {
        fieldsByPath[path]
    }

    private static let fieldsByPath: [String: ProfileField] = Dictionary(
        uniqueKeysWithValues: allFields.map { ($0.path, $0) })

    private static func fields(in group: Group, section: ProfileSection, prefix: [String]) -> [ProfileField] {
        group.entries.flatMap { entry -> [ProfileField] in
            switch entry.node {
            case .field(let format, let maxLength, let minLength):
                return [
                    ProfileField(
                        section: section, keys: prefix + [entry.key], format: format, maxLength: maxLength,
                        minLength: minLength)
                ]
            case .group(let inner):
                return fields(in: inner, section: section, prefix: prefix + [entry.key])
            }
        }
    }
}
