/// Draws each request's fault from a ``FaultPlan`` with a seeded generator: the same seed and the
/// same sequence of requests give the same faults. Every request draws exactly twice, whatever
/// the plan, so the sequence does not shift when one fault's probability changes.
struct FaultInjector: Sendable {
    let plan: FaultPlan
    private var generator: SeededGenerator

    init(plan: FaultPlan, seed: UInt64) {
        self.plan = plan
        generator = SeededGenerator(seed: seed)
    }

    mutating func next() -> Fault {
        let roll = generator.unit()
        let latencyRoll = generator.unit()
        let kind: Fault.Kind
        if roll < plan.throttle {
            kind = .throttle
        } else if roll < plan.throttle + plan.unavailable {
            kind = .unavailable
        } else if roll < plan.throttle + plan.unavailable + plan.reset {
            kind = .reset
        } else if roll < plan.throttle + plan.unavailable + plan.reset + plan.lost {
            kind = .lost
        } else {
            kind = .none
        }
        var latency = 0
        if let range = plan.latencyMilliseconds {
            latency = range.lowerBound + Int(latencyRoll * Double(range.upperBound - range.lowerBound + 1))
        }
        return Fault(kind: kind, latencyMilliseconds: min(latency, plan.latencyMilliseconds?.upperBound ?? 0))
    }
}
