extension CountryRules {
    /// What is wrong with an address under a country's rules, for a person: the field it is
    /// about (nil: the address as a whole), the message, and a hint.
    public struct AddressProblem: Hashable, Sendable {
        /// The field's key in the address (`postalCode`), or nil for the address itself.
        public var field: String?
        /// The message, naming the field by `path` as the caller gave it.
        public var message: String
        /// What to write instead, when there is something to say.
        public var hint: String?
    }

    /// The problem with an address's `state`, or nil when it is one of the country's codes (or
    /// the country records no codes).
    ///
    /// - Parameter path: The state field's path, for the message (`profile.billing.address.state`).
    public func stateProblem(_ state: String, path: String) -> AddressProblem? {
        guard let states, !states.isEmpty, self.state(code: state) == nil else { return nil }
        let kind = country == "CN" ? "province" : "state"
        let hint: String
        if let named = self.state(named: state) {
            hint = "use the \(kind) code '\(named.code)'"
        } else if let upper = self.state(code: state.uppercased()) {
            hint = "write the code in upper case: '\(upper.code)'"
        } else {
            hint = "the codes for \(name): \(states.map(\.code).joined(separator: ", "))"
        }
        return AddressProblem(
            field: "state", message: "'\(path)' must be a \(kind) code of \(name), found '\(state)'", hint: hint)
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
            var hint = postalCodeForm.map { "postal codes in \(name) are \($0)" }
            if let example = postalCodeExample { hint = (hint.map { $0 + ", such as " } ?? "for example ") + "'\(example)'" }
            problems.append(AddressProblem(
                field: "postalCode", message: "'\(path).postalCode' is not a postal code of \(name): '\(postal)'", hint: hint))
        }
        if let phone = fields["phoneNumber"], !phoneNumberMatches(phone) {
            problems.append(AddressProblem(
                field: "phoneNumber",
                message: "'\(path).phoneNumber' is not a telephone number Partner Center accepts for \(name): '\(phone)'",
                hint: "write the national number, such as '425 555 0100'"))
        }
        guard written.contains("country") else { return problems }
        var missing: [(key: String, hint: String?)] = []
        if isCityRequired == true, !written.contains("city") { missing.append(("city", nil)) }
        if isStateRequired == true, !written.contains("state") {
            let named = [fields["region"], fields["city"]].compactMap { $0 }.lazy.compactMap { state(named: $0) }.first
            let codes = (states ?? []).map(\.code).joined(separator: ", ")
            missing.append(("state", named.map { "add 'state: \($0.code)'" } ?? "write the code, one of \(codes)"))
        }
        if isPostalCodeRequired == true, !written.contains("postalCode") {
            missing.append(("postalCode", postalCodeExample.map { "for example 'postalCode: \"\($0)\"'" }))
        }
        for (key, hint) in missing {
            problems.append(AddressProblem(
                field: nil, message: "'\(path)' has no '\(key)'; Partner Center requires it for addresses in \(name)",
                hint: hint))
        }
        return problems
    }
}
