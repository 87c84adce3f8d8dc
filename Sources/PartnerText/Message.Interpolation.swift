extension Message {
    /// Builds a message's template and values from a string interpolation.
    public struct Interpolation: StringInterpolationProtocol {
        var template = ""
        var arguments: [Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 3 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            template += literal
        }

        /// A message inside a message: translated in its own right.
        public mutating func appendInterpolation(_ message: Message) {
            template += "{\(arguments.count)}"
            arguments.append(.message(message))
        }

        /// Any other value: shown as `String(describing:)` in every language.
        public mutating func appendInterpolation<Value>(_ value: Value) {
            template += "{\(arguments.count)}"
            arguments.append(.text(String(describing: value)))
        }
    }
}
