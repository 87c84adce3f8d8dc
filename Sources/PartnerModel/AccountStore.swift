/// Where an account's state lives, and its ledger: the lock, the history of applies and their
/// journal. Every backend (SQLite, PostgreSQL, the Partner Center API) conforms, and passes the
/// same conformance suite.
public protocol AccountStore: Sendable {
    /// The store's location as users write it, without credentials (`sqlite:.partnerctl/account.db`).
    var location: String { get }

    /// The store's identity: random, made when the store was created, and never changed. Saved
    /// plans carry it (inside their fingerprint), so a plan made against one store never applies
    /// to another, even one at the same path in another checkout.
    var identity: String { get }

    /// Whether the store hides and shows offers (`catalog.hide`/`catalog.show` steps). The
    /// Partner Center store does not: Partner Center has no API for it. Default: true.
    var managesCatalog: Bool { get }

    /// Reads an account that the store has not enrolled, by its identity, when the account lives
    /// outside the store (Partner Center): what read-only commands plan against before the first
    /// apply. Writes nothing. Default: nil (the store holds its accounts itself).
    func snapshot(unenrolled account: AccountIdentity) async throws -> AccountSnapshot?

    /// Reads an account as one consistent snapshot.
    ///
    /// - Returns: The snapshot, or nil when the store has no such account.
    func snapshot(tenantId: String) async throws -> AccountSnapshot?

    /// The accounts the store holds, sorted by tenant id.
    func accounts() async throws -> [AccountIdentity]

    /// Creates an account with an empty profile, no users, and a catalog of `offers` (all visible).
    func enroll(_ account: AccountIdentity, offers: [Offer]) async throws

    /// Carries out one step and journals it as done, atomically where the store is transactional.
    ///
    /// - Throws: ``StoreError/stepRejected(step:reason:)`` when the step does not fit the state;
    ///   nothing is changed then. ``StoreError/lockLost(_:)`` when the store can tell that the
    ///   apply no longer holds the account's lock; nothing is changed then either.
    func execute(_ step: PlanStep, context: StepContext) async throws

    /// How many steps the store accepts at once (`apply --parallelism` is capped by it): 1 for a
    /// store whose steps are transactions on one connection, more for one whose steps are
    /// independent requests to a service.
    var maxConcurrentSteps: Int { get }

    /// How many consecutive steps of one apply the store can carry out in one transaction with
    /// ``execute(batch:)`` (group commit): 1 for a store that has no such transaction (the
    /// default), more for a database that pays a round trip or a disk sync per commit.
    var maxStepsPerTransaction: Int { get }

    /// Carries out consecutive steps of one apply, in order, in one transaction, each journaled
    /// as done together with its change: all of them, or none when any of them fails.
    ///
    /// The applier calls it only when ``maxStepsPerTransaction`` is more than 1, with at most
    /// that many steps, and re-runs a failed batch one step at a time with
    /// ``execute(_:context:)`` to learn which step failed and journal it.
    ///
    /// - Throws: The first failing step's error, as ``execute(_:context:)`` would throw it
    ///   (``StoreError/stepRejected(step:reason:)``, ``StoreError/lockLost(_:)`` …); nothing of
    ///   the batch is changed or journaled then.
    func execute(batch: [(step: PlanStep, context: StepContext)]) async throws

    /// Checks that the store is intact: its files or tables undamaged and consistent with each
    /// other (every role and status one partnerctl knows, every journal entry with its apply).
    ///
    /// - Returns: The problems found, one line each; empty when the store is sound.
    func integrityProblems() async throws -> [String]

    // MARK: - Ledger

    /// Takes the account's lock.
    ///
    /// - Throws: ``StoreError/lockHeld(_:)`` naming the holder when someone else has it.
    func acquireLock(tenantId: String, holder: LockHolder) async throws -> AccountLock

    /// Gives the lock back. Releasing a lock that is no longer held does nothing.
    func releaseLock(_ lock: AccountLock) async throws

    /// Breaks a lock by id, whoever holds it (for a holder that died).
    ///
    /// - Returns: The lock that was broken.
    /// - Throws: ``StoreError/noSuchLock(_:)`` when no lock has the id.
    func breakLock(id: String) async throws -> AccountLock

    /// Records the start of an apply of `stepCount` steps, and what it was made from.
    ///
    /// - Returns: The apply's id, for ``execute(_:context:)`` and the journal.
    func beginApply(tenantId: String, holder: LockHolder, stepCount: Int, origin: ApplyOrigin) async throws -> String

    /// Journals a step that failed.
    func recordFailure(applyId: String, index: Int, step: PlanStep, error: String) async throws

    /// Records how an apply ended.
    func finishApply(id: String, status: ApplyRecord.Status) async throws

    /// Marks the account's applies still recorded as running as interrupted: called by the
    /// holder of the account's lock, so their processes are gone.
    func interruptRunningApplies(tenantId: String) async throws

    /// The account's applies, newest first.
    func history(tenantId: String, limit: Int) async throws -> [ApplyRecord]
}

extension AccountStore {
    /// Records the start of an apply whose origin is unknown (tests, tools).
    public func beginApply(tenantId: String, holder: LockHolder, stepCount: Int) async throws -> String {
        try await beginApply(tenantId: tenantId, holder: holder, stepCount: stepCount, origin: .unknown)
    }

    /// One step at a time, unless the store says otherwise.
    public var maxConcurrentSteps: Int { 1 }

    /// Each step its own transaction, unless the store says otherwise.
    public var maxStepsPerTransaction: Int { 1 }

    /// One step after the other, each in its own transaction, stopping at the first failure: not
    /// all-or-none, which is why the applier gives a store without its own ``execute(batch:)``
    /// one step at a time.
    public func execute(batch: [(step: PlanStep, context: StepContext)]) async throws {
        for (step, context) in batch { try await execute(step, context: context) }
    }
}
