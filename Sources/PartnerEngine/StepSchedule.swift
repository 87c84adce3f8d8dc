public import PartnerModel

/// Which steps of a plan may start now, when several run at once, so that every moment of a
/// parallel apply is a moment the plan's own order could have passed through — for everything
/// ``PlanAudit`` checks:
///
/// - steps on the same thing (a user and its roles, a profile section, an offer) run one after
///   the other, in plan order: a user's grants wait for its create, its delete for its revokes;
/// - a step that takes something away (`role.revoke`, `user.disable`, `user.delete`) waits until
///   every step before it that adds something (`user.create`, `user.enable`, `role.grant`) has
///   finished, so the account never has fewer (global) admins at any moment than the plan's
///   order gives it at that step: the last global admin never goes before its successor is in;
/// - anything else starts as soon as a slot is free, earliest first.
public struct StepSchedule: Sendable {
    private let previousOnSameTarget: [Int?]
    private let takesAway: [Bool]
    /// Offsets of the steps that add something, in order.
    private let additions: [Int]
    private var isStarted: [Bool]
    private var isFinished: [Bool]
    /// The first offset not started yet.
    private var firstWaiting = 0
    /// Index into ``additions`` of the first addition not finished.
    private var firstOpenAddition = 0

    /// Schedules a plan's steps.
    public init(_ steps: [PlanStep]) {
        var last: [String: Int] = [:]
        var previous: [Int?] = []
        var additions: [Int] = []
        for (offset, step) in steps.enumerated() {
            let key = Self.target(of: step)
            previous.append(last[key])
            last[key] = offset
            if Self.adds(step) { additions.append(offset) }
        }
        previousOnSameTarget = previous
        takesAway = steps.map(Self.takesAway)
        self.additions = additions
        isStarted = Array(repeating: false, count: steps.count)
        isFinished = Array(repeating: false, count: steps.count)
    }

    /// The earliest step that has not started and may start now, or nil.
    public func nextReady() -> Int? {
        var offset = firstWaiting
        while offset < isStarted.count {
            if !isStarted[offset], mayStart(offset) { return offset }
            offset += 1
        }
        return nil
    }

    private func mayStart(_ offset: Int) -> Bool {
        if let previous = previousOnSameTarget[offset], !isFinished[previous] { return false }
        if takesAway[offset], firstOpenAddition < additions.count, additions[firstOpenAddition] < offset {
            return false
        }
        return true
    }

    /// Marks a step started.
    public mutating func started(_ offset: Int) {
        isStarted[offset] = true
        while firstWaiting < isStarted.count, isStarted[firstWaiting] { firstWaiting += 1 }
    }

    /// Marks a step finished (done or failed).
    public mutating func finished(_ offset: Int) {
        isFinished[offset] = true
        while firstOpenAddition < additions.count, isFinished[additions[firstOpenAddition]] { firstOpenAddition += 1 }
    }

    /// The steps never started, in plan order.
    public var notStarted: [Int] { isStarted.indices.filter { !isStarted[$0] } }

    /// What a step acts on, as a key: steps with the same key run in plan order.
    static func target(of step: PlanStep) -> String {
        switch step.kind {
        case .profileUpdate: return "profile:" + step.target
        case .catalogShow, .catalogHide: return "offer:" + step.target
        case .userCreate, .userUpdate, .userEnable, .userDisable, .userDelete, .roleGrant, .roleRevoke:
            return "user:" + step.target.lowercased()
        }
    }

    /// Whether a step can give the account an admin (or any role or sign-in) it did not have.
    static func adds(_ step: PlanStep) -> Bool {
        [.userCreate, .userEnable, .roleGrant].contains(step.kind)
    }

    /// Whether a step can take a role or sign-in away.
    static func takesAway(_ step: PlanStep) -> Bool {
        [.roleRevoke, .userDisable, .userDelete].contains(step.kind)
    }
}
