/// How the local Partner Center behaves: who may sign in, which faults it injects, how long new
/// users take to replicate.
public struct ServeSettings: Sendable {
    /// The applications that may sign in. Empty only with ``insecureNoAuth``.
    public var clients: [ServeClient]
    /// Serve without tokens: every request acts as App+User on ``defaultTenantId``.
    public var insecureNoAuth: Bool
    /// Approve every device code as soon as it is issued.
    public var autoApproveDeviceCodes: Bool
    /// The faults to inject.
    public var faults: FaultPlan
    /// The fault generator's seed: the same seed and requests give the same faults.
    public var seed: UInt64
    /// How long a new user answers 404 on Graph and role calls.
    public var replicationDelay: Duration
    /// The account requests act on without a token (``insecureNoAuth``).
    public var defaultTenantId: String?
    /// Seconds an access token lives.
    public var tokenLifetimeSeconds: Int

    /// Creates settings.
    public init(
        clients: [ServeClient] = [], insecureNoAuth: Bool = false, autoApproveDeviceCodes: Bool = false,
        faults: FaultPlan = FaultPlan(), seed: UInt64 = 0, replicationDelay: Duration = .zero,
        defaultTenantId: String? = nil, tokenLifetimeSeconds: Int = 3600
    ) {
        self.clients = clients
        self.insecureNoAuth = insecureNoAuth
        self.autoApproveDeviceCodes = autoApproveDeviceCodes
        self.faults = faults
        self.seed = seed
        self.replicationDelay = replicationDelay
        self.defaultTenantId = defaultTenantId
        self.tokenLifetimeSeconds = tokenLifetimeSeconds
    }
}
