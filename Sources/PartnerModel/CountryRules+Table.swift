// MARK: - The table

extension CountryRules {
    /// The countries partners use most, China first.
    ///
    /// Rows marked "recorded" copy a `GET /v1/countryvalidationrules/{country}` response kept in
    /// the Partner Center PowerShell module's tests (`test/PowerShell.Tests/SessionRecords/
    /// GetCountryValidationRules-{CN,DE,GB,US}.json`; see the API reference, §2.7). The other
    /// rows say that nothing is recorded: only the country code itself is checked there.
    public static let all: [CountryRules] = [china, unitedStates, unitedKingdom, germany] + unrecorded

    /// China: recorded (PowerShell `GetCountryValidationRules-CN.json`; API reference §2.7).
    ///
    /// The province codes are the service's `supportedStatesList`; the names beside them (for
    /// hints only) are the provinces' Chinese and pinyin names, which the recording does not carry.
    public static let china = CountryRules(
        country: "CN", name: "China", defaultCulture: "zh-CN", isStateRequired: true,
        states: [
            State("AH", "安徽", "Anhui"), State("BJ", "北京", "Beijing"), State("CQ", "重庆", "Chongqing"),
            State("FJ", "福建", "Fujian"), State("GD", "广东", "Guangdong"), State("GS", "甘肃", "Gansu"),
            State("GX", "广西", "Guangxi"), State("GZ", "贵州", "Guizhou"), State("HA", "河南", "Henan"),
            State("HB", "湖北", "Hubei"), State("HE", "河北", "Hebei"), State("HI", "海南", "Hainan"),
            State("HL", "黑龙江", "Heilongjiang"), State("HN", "湖南", "Hunan"), State("JL", "吉林", "Jilin"),
            State("JS", "江苏", "Jiangsu"), State("JX", "江西", "Jiangxi"), State("LN", "辽宁", "Liaoning"),
            State("NM", "内蒙古", "Inner Mongolia", "Nei Mongol"), State("NX", "宁夏", "Ningxia"),
            State("QH", "青海", "Qinghai"), State("SC", "四川", "Sichuan"), State("SD", "山东", "Shandong"),
            State("SH", "上海", "Shanghai"), State("SN", "陕西", "Shaanxi"), State("SX", "山西", "Shanxi"),
            State("TJ", "天津", "Tianjin"), State("XJ", "新疆", "Xinjiang"), State("XZ", "西藏", "Tibet", "Xizang"),
            State("YN", "云南", "Yunnan"), State("ZJ", "浙江", "Zhejiang"),
        ],
        languages: ["zh-CHS", "en"], cultures: ["zh-CN", "en-US"], isPostalCodeRequired: true,
        postalCodePattern: "^[0-9]{6,6}$", postalCodeForm: "6 digits", postalCodeExample: "100022",
        isCityRequired: true, callingCodes: ["86"],
        source: "recorded: GET /v1/countryvalidationrules/CN (PowerShell SessionRecords, API reference §2.7)")

    /// The United States: recorded (PowerShell `GetCountryValidationRules-US.json`). The state
    /// names beside the codes are for hints only.
    public static let unitedStates = CountryRules(
        country: "US", name: "the United States", defaultCulture: "en-US", isStateRequired: true,
        states: [
            State("AK", "Alaska"), State("AL", "Alabama"), State("AR", "Arkansas"), State("AZ", "Arizona"),
            State("CA", "California"), State("CO", "Colorado"), State("CT", "Connecticut"),
            State("DC", "District of Columbia", "Washington DC", "Washington D.C."), State("DE", "Delaware"),
            State("FL", "Florida"), State("GA", "Georgia"), State("HI", "Hawaii"), State("IA", "Iowa"),
            State("ID", "Idaho"), State("IL", "Illinois"), State("IN", "Indiana"), State("KS", "Kansas"),
            State("KY", "Kentucky"), State("LA", "Louisiana"), State("MA", "Massachusetts"), State("MD", "Maryland"),
            State("ME", "Maine"), State("MI", "Michigan"), State("MN", "Minnesota"), State("MO", "Missouri"),
            State("MS", "Mississippi"), State("MT", "Montana"), State("NC", "North Carolina"),
            State("ND", "North Dakota"), State("NE", "Nebraska"), State("NH", "New Hampshire"),
            State("NJ", "New Jersey"), State("NM", "New Mexico"), State("NV", "Nevada"), State("NY", "New York"),
            State("OH", "Ohio"), State("OK", "Oklahoma"), State("OR", "Oregon"), State("PA", "Pennsylvania"),
            State("RI", "Rhode Island"), State("SC", "South Carolina"), State("SD", "South Dakota"),
            State("TN", "Tennessee"), State("TX", "Texas"), State("UT", "Utah"), State("VA", "Virginia"),
            State("VT", "Vermont"), State("WA", "Washington"), State("WI", "Wisconsin"),
            State("WV", "West Virginia"), State("WY", "Wyoming"),
        ],
        languages: ["en", "es"], cultures: ["en-US", "es-US"], isPostalCodeRequired: true,
        postalCodePattern: #"^\d{5}(-\d{4})?$"#, postalCodeForm: "5 digits, or 5 and 4 (ZIP+4)",
        postalCodeExample: "98052", isCityRequired: true,
        phoneNumberPattern: #"^(1[ \-\/\.]?)?(\((\d{3})\)|(\d{3}))[ \-\/\.]?(\d{3})[ \-\/\.]?(\d{4})$"#,
        callingCodes: ["1"],
        source: "recorded: GET /v1/countryvalidationrules/US (PowerShell SessionRecords)")

    /// The United Kingdom: recorded (PowerShell `GetCountryValidationRules-GB.json`); no states.
    public static let unitedKingdom = CountryRules(
        country: "GB", name: "the United Kingdom", defaultCulture: "en-GB", isStateRequired: false, states: [],
        languages: ["en"], cultures: ["en-GB", "en-US"], isPostalCodeRequired: true,
        postalCodePattern:
            "^([gG][iI][rR][ ]?0[aA]{2,2}|[a-zA-Z]([0-9][0-9a-zA-Z]?|[a-zA-Z][0-9][0-9a-zA-Z]?)[ ]?[0-9][a-zA-Z]{2,2})$",
        postalCodeForm: "UK postcodes", postalCodeExample: "SW1A 1AA", isCityRequired: true, callingCodes: ["44"],
        source: "recorded: GET /v1/countryvalidationrules/GB (PowerShell SessionRecords)")

    /// Germany: recorded (PowerShell `GetCountryValidationRules-DE.json`); no states.
    public static let germany = CountryRules(
        country: "DE", name: "Germany", defaultCulture: "de-DE", isStateRequired: false, states: [],
        languages: ["en", "de"], cultures: ["de-DE", "en-US"], isPostalCodeRequired: true,
        postalCodePattern: "^[0-9]{5,5}$", postalCodeForm: "5 digits", postalCodeExample: "10115", isCityRequired: true,
        callingCodes: ["49"],
        source: "recorded: GET /v1/countryvalidationrules/DE (PowerShell SessionRecords)")

    /// Japan, Australia, India, Singapore, Hong Kong and Taiwan: not recorded in any source the
    /// API reference lists (§6.1 names only CN, DE, GB and US). Their rules are unknown, so
    /// nothing beyond the country code is checked; fill a row in from a real
    /// `/v1/countryvalidationrules/{country}` response when one is recorded.
    public static let unrecorded: [CountryRules] = [
        ("JP", "Japan"), ("AU", "Australia"), ("IN", "India"), ("SG", "Singapore"), ("HK", "Hong Kong"),
        ("TW", "Taiwan"),
    ].map { code, name in
        CountryRules(
            country: code, name: name, source: "unknown: no recorded /v1/countryvalidationrules/\(code) response")
    }
}
