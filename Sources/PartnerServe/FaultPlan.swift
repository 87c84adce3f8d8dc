import Foundation

/// Misbehaviour on demand, as `--faults` gives it: `429:0.2,503:0.05,reset:0.02,lost:0.01,latency:20-200ms`.
///
/// Each Partner Center or Graph request first draws whether it fails (429 with `Retry-After`,
/// 503, a connection reset with no answer at all before the request acts, or one after it acted:
/// the answer lost) and how long it is delayed.
public struct FaultPlan: Hashable, Sendable {
    /// The probability of a 429 per request, 0…1.
    public var throttle: Double = 0
    /// The probability of a 503.
    public var unavailable: Double = 0
    /// The probability of a connection reset.
    public var reset: Double = 0
    /// The probability that a request acts and its answer is lost (the connection is reset).
    public var lost: Double = 0
    /// Added latency, in milliseconds, drawn uniformly from this range.
    public var latencyMilliseconds: ClosedRange<Int>? = nil
    /// What a 429's `Retry-After` says, in seconds.
    public var retryAfterSeconds: Int = 1

    /// No faults.
    public init() {}

    /// Parses `--faults`.
    ///
    /// - Throws: ``ServeConfigurationError`` naming the part that is wrong.
    public init(parsing text: String) throws {
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let colon = part.firstIndex(of: ":") else {
                throw ServeConfigurationError(
                    "fault '\(part)' is not KIND:VALUE (429:0.2, 503:0.05, reset:0.02, lost:0.01, latency:20-200ms)")
            }
            let kind = part[..<colon], value = String(part[part.index(after: colon)...])
            switch kind {
            case "429": throttle = try Self.probability(value, part)
            case "503": unavailable = try Self.probability(value, part)
            case "reset": reset = try Self.probability(value, part)
            case "lost": lost = try Self.probability(value, part)
            case "latency": latencyMilliseconds = try Self.latency(value, part)
            default:
                throw ServeConfigurationError(
                    "unknown fault '\(kind)' in '\(part)' (known: 429, 503, reset, lost, latency)")
            }
        }
        guard throttle + unavailable + reset + lost <= 1 else {
            throw ServeConfigurationError("the fault probabilities add up to more than 1")
        }
    }

    /// Whether the plan does anything.
    public var isEmpty: Bool {
        throttle == 0 && unavailable == 0 && reset == 0 && lost == 0 && latencyMilliseconds == nil
    }

    private static func probability(_ text: String, _ part: String) throws -> Double {
        guard let value = Double(text), (0...1).contains(value) else {
            throw ServeConfigurationError("'\(part)': the probability must be a number from 0 to 1")
        }
        return value
    }

    private static func latency(_ text: String, _ part: String) throws -> ClosedRange<Int> {
        var text = Substring(text)
        var scale = 1
        if text.hasSuffix("ms") {
            text = text.dropLast(2)
        } else if text.hasSuffix("s") {
            text = text.dropLast()
            scale = 1000
        }
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
            low >= 0, low <= high, high <= 60_000 / scale
        else {
            throw ServeConfigurationError(
                "'\(part)': latency must be MIN-MAXms or MIN-MAXs (at most 60 s), such as 20-200ms")
        }
        return (low * scale)...(high * scale)
    }
}
