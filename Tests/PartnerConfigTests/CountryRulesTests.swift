import Foundation
import PartnerConfig
import PartnerModel
import PartnerTestSupport
import PartnerYAML
import Testing

/// The table of Partner Center's per-country rules, and what `validate` does with it.
@Suite struct CountryRulesTests {
    @Test func chinaComesFirstAndEveryRowCitesItsSource() {
        #expect(CountryRules.all.map(\.country) == ["CN", "US", "GB", "DE", "JP", "AU", "IN", "SG", "HK", "TW"])
        #expect(CountryRules.all.allSatisfy { $0.source.hasPrefix("recorded:") || $0.source.hasPrefix("unknown:") })
        #expect(CountryRules.all.filter(\.isRecorded).map(\.country) == ["CN", "US", "GB", "DE"])
        #expect(CountryRules.all.allSatisfy { $0.hasMatchers })
    }

    @Test(arguments: [
        ("北京市", "BJ"), ("北京", "BJ"), ("Beijing Shi", "BJ"), ("上海市", "SH"), ("陕西省", "SN"), ("山西省", "SX"),
        ("Shaanxi", "SN"), ("Shanxi", "SX"), ("内蒙古自治区", "NM"), ("广西壮族自治区", "GX"), ("Tibet", "XZ"),
    ])
    func provinceNamesFindTheirCodes(name: String, code: String) {
        #expect(CountryRules.china.state(named: name)?.code == code)
    }

    @Test(arguments: [
        ("CN", "100022", true), ("CN", "010000", true), ("CN", "10002", false), ("CN", "1000222", false),
        ("CN", "１０００２２", false), ("US", "98052", true), ("US", "98052-6399", true), ("US", "98052-63", false),
        ("DE", "10115", true), ("DE", "1011", false), ("GB", "SW1A 1AA", true), ("GB", "EC1A1BB", true),
        ("GB", "M1 1AE", true), ("GB", "GIR 0AA", true), ("GB", "12345", false), ("JP", "anything", true),
    ])
    func postalCodesFollowTheRecordedPatterns(country: String, code: String, valid: Bool) throws {
        let rules = try #require(CountryRules.forCountry(country))
        #expect(rules.postalCodeMatches(code) == valid)
    }

    @Test(arguments: [
        ("425 555 0100", true), ("(425) 555-0100", true), ("1-425-555-0100", true), ("4255550100", true),
        ("+1 425 555 0100", false), ("555 0100", false),
    ])
    func usAddressPhoneNumbersFollowTheRecordedPattern(number: String, valid: Bool) {
        #expect(CountryRules.unitedStates.phoneNumberMatches(number) == valid)
    }

    /// The JSON Schema repeats the table: state codes, postal code patterns, languages, cultures.
    @Test func theSchemaExpressesTheSameRules() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.path("schemas/partnerctl.schema.json")))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        for rules in CountryRules.all where rules.isRecorded {
            let postal = defs["postalCode\(rules.country)"] as? [String: Any]
            #expect(postal?["pattern"] as? String == rules.postalCodePattern, "\(rules.country)")
            if let states = rules.states, !states.isEmpty {
                let enumerated = (defs["state\(rules.country)"] as? [String: Any])?["enum"] as? [String]
                #expect(enumerated == states.map(\.code), "\(rules.country)")
            }
            let organization = try #require(defs["organizationProfile"] as? [String: Any])
            let branches = try #require(organization["allOf"] as? [[String: Any]])
            let branch = branches.first {
                "\($0["if"] ?? "")".contains("\"\(rules.country)\"") || "\($0["if"] ?? "")".contains(rules.country)
            }
            let then = branch?["then"] as? [String: Any]
            let properties = then?["properties"] as? [String: [String: Any]]
            #expect(properties?["language"]?["enum"] as? [String] == rules.languages, "\(rules.country)")
            #expect(properties?["culture"]?["enum"] as? [String] == rules.cultures, "\(rules.country)")
        }
    }

    func load(_ profile: String) -> LoadedConfig {
        ConfigLoader.load(SourceFile(path: "partner.yaml", text: ConfigLoaderTests.header + profile))
    }

    @Test func aProvinceNameGetsItsCode() {
        let loaded = load(
            """
            profile:
              legalBusiness:
                address: { addressLine1: 朝阳区建国路 88 号, city: 北京, state: 北京市, postalCode: "100022", country: CN }

            """)
        #expect(
            loaded.diagnostics.map(\.message) == [
                "'profile.legalBusiness.address.state' must be a province code of China, found '北京市'"
            ])
        #expect(loaded.diagnostics.first?.hint == "use the province code 'BJ'")
        #expect(loaded.diagnostics.first?.mark.description == "8:60")
    }

    @Test func aMissingStateIsFoundFromTheRegion() {
        let loaded = load(
            """
            profile:
              billing:
                address:
                  addressLine1: 朝阳区建国路 88 号
                  city: 北京
                  region: 北京市
                  postalCode: "100022"
                  country: CN

            """)
        #expect(
            loaded.diagnostics.map(\.message) == [
                "'profile.billing.address' has no 'state'; Partner Center requires it for addresses in China"
            ])
        #expect(loaded.diagnostics.first?.hint == "add 'state: BJ'")
    }

    @Test func chinaAddressesWithoutACountryStillTakeProvinceCodes() {
        // cloud: china makes the country CN; without `country` the required fields are not asked for.
        let loaded = load(
            """
            profile:
              organization:
                defaultAddress: { city: 上海, state: Shanghai }
                language: zh-Hans

            """)
        #expect(loaded.diagnostics.map(\.code) == [.addressRule, .localeRule])
        #expect(
            loaded.diagnostics.map(\.hint) == [
                "use the province code 'SH'", "Partner Center writes Simplified Chinese as 'zh-CHS'",
            ])
    }

    @Test func theGlobalCloudChecksTheCountryTheAddressNames() {
        let text = """
            apiVersion: partnerctl/v1
            account: { tenantId: 8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10, cloud: global, domain: fabrikam.com }
            profile:
              legalBusiness:
                address: { addressLine1: One Microsoft Way, city: Redmond, state: Washington, postalCode: "98052", country: US }
              billing:
                address: { addressLine1: 1 Main St, city: Tokyo, postalCode: "100-0001", country: JP }

            """
        let loaded = ConfigLoader.load(SourceFile(path: "partner.yaml", text: text))
        #expect(loaded.diagnostics.map(\.hint) == ["use the state code 'WA'"])
    }
}
