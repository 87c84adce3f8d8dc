public import PartnerText

extension CountryRules {
    /// What is wrong with an address under a country's rules, for a person: the field it is
    /// about (nil: the address as a whole), the message, and a hint.
    public struct AddressProblem: Hashable, Sendable {
        /// The field's key in the address (`postalCode`), or nil for the address itself.
        public var field: String?
        /// The message, naming the field by `path` as the caller gave it.
        public var message: Message
        /// What to write instead, when there is something to say.
        public var hint: Message?
    }

    /// The problem with an address's `state`, or nil when it is one of the country's codes (or
    /// the country records no codes).
    ///
    /// - Parameter path: The state field's path, for the message (`profile.billing.address.state`).
    public func stateProblem(_ state: String, path: String) -> AddressProblem? {
        guard let states, !states.isEmpty, self.state(code: state) == nil else { return nil }
        let isProvince = country == "CN"
        let hint: Message
        if let named = self.state(named: state) {
            hint =
                isProvince
                ? Message("use the province code '\(named.code)'") : Message("use the state code '\(named.code)'")
        } else if let upper = self.state(code: state.uppercased()) {
            hint = Message("write the code in upper case: '\(upper.code)'")
        } else {
            hint = Message("the codes for \(localName): \(states.map(\.code).joined(separator: ", "))")
        }
        return AddressProblem(
            field: "state",
            message: isProvince
                ? Message("'\(path)' must be a province code of \(localName), found '\(state)'")
                : Message("'\(path)' must be a state code of \(localName), found '\(state)'"),
            hint: hint)
    }

    /// An address's problems under these rules besides its state: the postal code's and phone
    /// number's forms, and the fields the service requires — asked for only when the address
    /// declares its `country` (one that leaves it out manages some lines only).
    ///
    /// - Parameters:
    ///   - fields: The address's fields that are otherwise valid, by key.
    ///   - written: The keys the address has, valid or not (a field with a problem of its own
    ///     is not missing).
    ///   - path: The address's path, for the messages.
    public func problems(address fields: [String: String], written: Set<String>, path: String) -> [AddressProblem] {
        var problems: [AddressProblem] = []
        if let postal = fields["postalCode"], !postalCodeMatches(postal) {
            var hint = localPostalCodeForm.map { Message("postal codes in \(localName) are \($0)") }
            if let example = postalCodeExample {
                hint = hint.map { Message("\($0), such as '\(example)'") } ?? Message("for example '\(example)'")
            }
            problems.append(
                AddressProblem(
                    field: "postalCode",
                    message: Message("'\(path).postalCode' is not a postal code of \(localName): '\(postal)'"),
                    hint: hint))
        }
        if let phone = fields["phoneNumber"], !phoneNumberMatches(phone) {
            problems.append(
                AddressProblem(
                    field: "phoneNumber",
                    message: Message(
                        "'\(path).phoneNumber' is not a telephone number Partner Center accepts for \(localName): '\(phone)'"
                    ),
                    hint: Message("write the national number, such as '425 555 0100'")))
        }
        guard written.contains("country") else { return problems }
        var missing: [(key: String, hint: Message?)] = []
        if isCityRequired == true, !written.contains("city") { missing.append(("city", nil)) }
        if isStateRequired == true, !written.contains("state") {
            let named = [fields["region"], fields["city"]].compactMap { $0 }.lazy.compactMap { state(named: $0) }.first
            let codes = (states ?? []).map(\.code).joined(separator: ", ")
            missing.append(
                (
                    "state",
                    named.map { Message("add 'state: \($0.code)'") } ?? Message("write the code, one of \(codes)")
                ))
        }
        if isPostalCodeRequired == true, !written.contains("postalCode") {
            missing.append(("postalCode", postalCodeExample.map { Message("for example 'postalCode: \"\($0)\"'") }))
        }
        for (key, hint) in missing {
            problems.append(
                AddressProblem(
                    field: nil,
                    message: Message(
                        "'\(path)' has no '\(key)'; Partner Center requires it for addresses in \(localName)"),
                    hint: hint))
        }
        return problems
    }

    /// The form of the country's postal codes in messages, translated for the forms the table records.
    private var localPostalCodeForm: Message? {
        switch postalCodeForm {
        case "6 digits": Message("6 digits")
        case "5 digits": Message("5 digits")
        case "5 digits, or 5 and 4 (ZIP+4)": Message("5 digits, or 5 and 4 (ZIP+4)")
        case "UK postcodes": Message("UK postcodes")
        case let form?: Message(verbatim: form)
        case nil: nil
        }
    }

    /// The country's name in messages: translated for the countries the table records.
    public var localName: Message {
        switch country {
        case "CN": Message("China")
        case "US": Message("the United States")
        case "GB": Message("the United Kingdom")
        case "DE": Message("Germany")
        default: Message(verbatim: name)
        }
    }
}
