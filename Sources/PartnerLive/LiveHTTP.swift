import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PartnerModel
import PartnerWire

/// How hard the client tries before it gives up.
public struct LiveRetryPolicy: Hashable, Sendable {
    /// Attempts per request, the first included.
    public var maxAttempts: Int
    /// The first back-off; each retry doubles it, up to ``maxDelay``, with full jitter.
    public var baseDelay: Duration
    /// The longest back-off.
    public var maxDelay: Duration
    /// The longest wait a `Retry-After` is honoured for.
    public var maxRetryAfter: Duration
    /// How long one attempt may take.
    public var timeout: Duration
    /// How long after creating a user a 404 for it counts as replication delay, retried.
    public var replicationBound: Duration

    /// Creates a policy.
    public init(
        maxAttempts: Int = 12, baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(120), timeout: Duration = .seconds(60),
        replicationBound: Duration = .seconds(120)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.timeout = timeout
        self.replicationBound = replicationBound
    }

    /// The back-off before retry number `attempt` (from 1): capped exponential, full jitter.
    func backoff(_ attempt: Int) -> Duration {
        let cap = min(maxDelay, baseDelay * (1 << min(attempt - 1, 20)))
        let milliseconds = Double(cap.components.seconds) * 1000 + Double(cap.components.attoseconds) / 1e15
        return .milliseconds(Int(Double.random(in: 0.5...1) * milliseconds))
    }
}

/// One HTTP request as the store sends it.
struct LiveRequest: Sendable {
    var method: HTTPMethod
    /// The absolute URL.
    var url: String
    var body: Data?
    var contentType = "application/json"
    var headers: [(String, String)] = []

    /// Method and path, without query or host: what error messages name.
    var name: String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let path = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        return "\(method.rawValue) \(path.prefix { $0 != "?" })"
    }
}

/// An answer.
struct LiveResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: Data
    /// The attempt that got this answer, from 1: above 1, an earlier attempt may have acted.
    var attempt = 1

    var isSuccess: Bool { (200..<300).contains(status) }

    /// The service's error code and description, from any of the error shapes Partner Center,
    /// Graph, throttling and sign-in use; the status alone when the body is none of them.
    var fault: String {
        let decoder = JSONDecoder()
        if let fault = try? decoder.decode(ApiFault.self, from: body), !fault.code.isEmpty {
            return "\(status), code \(fault.code): \(fault.description)"
        }
        if let error = try? decoder.decode(GraphError.self, from: body) {
            return "\(status), code \(error.error.code): \(error.error.message)"
        }
        if let error = try? decoder.decode(OAuthError.self, from: body) {
            return "\(status), \(error.error): \(error.errorDescription)"
        }
        if let throttled = try? decoder.decode(ThrottlingBody.self, from: body) {
            return "\(status): \(throttled.message)"
        }
        return "\(status) \(HTTPResponseStatus(statusCode: status).reasonPhrase)"
    }

    func decode<T: Decodable>(_ type: T.Type, _ request: LiveRequest) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch {
            throw StoreError.backend(
                operation: request.name, message: "the answer is not the expected \(T.self) (\(status))")
        }
    }
}

/// The HTTP client: correlation and request ids, retries with back-off, errors that name the
/// request but never its token.
struct LiveHTTP: Sendable {
    let client: HTTPClient
    let correlationId: String
    let policy: LiveRetryPolicy

    /// Sends a request, retrying 429 (after its `Retry-After`), 5xx, timeouts and broken
    /// connections with the same `MS-RequestId`: `requestId` (a step's journaled intent), or a
    /// fresh one.
    ///
    /// - Returns: The first answer that is not retried: success or a 4xx for the caller to judge.
    /// - Throws: ``StoreError/backend(operation:message:)`` when every attempt failed.
    func send(_ request: LiveRequest, bearer: String?, requestId: String? = nil) async throws -> LiveResponse {
        let requestId = requestId ?? UUID().uuidString.lowercased()
        var last = ""
        for attempt in 1...policy.maxAttempts {
            try Task.checkCancellation()
            var wait = policy.backoff(attempt)
            do {
                var response = try await once(request, bearer: bearer, requestId: requestId)
                response.attempt = attempt
                switch response.status {
                case 429:
                    last = response.fault
                    if let text = response.headers.first(name: WireHeaderName.retryAfter), let seconds = Int(text) {
                        wait =
                            min(policy.maxRetryAfter, .seconds(max(0, seconds)))
                            + .milliseconds(Int.random(in: 0...100))
                    }
                case 500...599, 408:
                    last = response.fault
                default:
                    return response
                }
            } catch let error as CancellationError {
                throw error
            } catch {
                last = Self.transportProblem(error)
            }
            if attempt < policy.maxAttempts { try await Task.sleep(for: wait) }
        }
        throw StoreError.backend(
            operation: request.name, message: "no success after \(policy.maxAttempts) attempts; last: \(last)")
    }

    private func once(_ request: LiveRequest, bearer: String?, requestId: String) async throws -> LiveResponse {
        var http = HTTPClientRequest(url: request.url)
        http.method = request.method
        http.headers.add(name: "Accept", value: "application/json")
        http.headers.add(name: WireHeaderName.correlationId, value: correlationId)
        http.headers.add(name: WireHeaderName.requestId, value: requestId)
        if let bearer { http.headers.add(name: "Authorization", value: "Bearer \(bearer)") }
        for (name, value) in request.headers { http.headers.replaceOrAdd(name: name, value: value) }
        if let body = request.body {
            http.headers.add(name: "Content-Type", value: request.contentType)
            http.body = .bytes(ByteBuffer(bytes: body))
        }
        let (seconds, attoseconds) = policy.timeout.components
        let nanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        let response = try await client.execute(http, timeout: .nanoseconds(max(1_000_000, nanoseconds)))
        let body = try await response.body.collect(upTo: 64 << 20)
        return LiveResponse(
            status: Int(response.status.code), headers: response.headers, body: Data(body.readableBytesView))
    }

    /// A transport failure in words (never the request's headers).
    static func transportProblem(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .remoteConnectionClosed: return "the connection was closed before the answer"
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "timed out"
            default: return "HTTP client error \(error)"
            }
        }
        if error is IOError || error is ChannelError { return "connection problem (\(type(of: error)))" }
        return "transport error (\(type(of: error)))"
    }
}
