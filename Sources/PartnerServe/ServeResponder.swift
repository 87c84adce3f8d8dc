import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import PartnerWire

/// What every request goes through around the routes: the correlation and request ids echoed,
/// faults injected, the caller authenticated, writes made idempotent by `MS-RequestId`, errors
/// rendered in the shape of the API asked (Partner Center's ``PartnerWire/ApiFault``, Graph's
/// ``PartnerWire/GraphError``, OAuth's ``PartnerWire/OAuthError``), and one log line.
struct ServeResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == ServeContext {
    typealias Context = ServeContext

    let inner: Inner
    let service: PartnerCenterService
    let logger: Logger
    let scheme: String

    func respond(to request: Request, context: ServeContext) async throws -> Response {
        let start = ContinuousClock.now
        let api = ServeAPI(path: request.uri.path)
        let correlationId = request.headers[ServeHeaders.correlationId] ?? UUID().uuidString.lowercased()
        let requestId = request.headers[ServeHeaders.requestId] ?? UUID().uuidString.lowercased()
        var context = context
        context.root = scheme + "://" + (request.head.authority ?? "127.0.0.1")
        var response: Response
        do {
            response = try await rendered(api, requestId) { try await handle(request, context, api) }
        } catch is ConnectionReset {
            log(request, status: "reset", start: start, correlationId: correlationId)
            throw ConnectionReset()
        }
        response.headers[ServeHeaders.correlationId] = correlationId
        response.headers[ServeHeaders.requestId] = requestId
        log(request, status: String(response.status.code), start: start, correlationId: correlationId)
        return response
    }

    private func handle(_ request: Request, _ context: ServeContext, _ api: ServeAPI) async throws -> Response {
        var context = context
        switch api {
        case .partnerCenter, .graph:
            let fault = await service.nextFault()
            if fault.latencyMilliseconds > 0 { try await Task.sleep(for: .milliseconds(fault.latencyMilliseconds)) }
            switch fault.kind {
            case .none, .lost: break
            case .throttle: return try throttled(api)
            case .unavailable: throw ServeError.unavailable
            case .reset: try await reset(context)
            }
            context.caller = try await service.authenticate(
                authorization: request.headers[.authorization], audience: api.audience ?? .partnerCenter)
            let response: Response
            if request.method != .get, request.method != .head, let requestId = request.headers[ServeHeaders.requestId]
            {
                response = try await idempotent(request, context, api, requestId: requestId)
            } else {
                response = try await inner.respond(to: request, context: context)
            }
            // The request has acted (and its answer is in the idempotency cache): lose the answer.
            if fault.kind == .lost { try await reset(context) }
            return response
        case .admin:
            guard request.headers[.authorization] == "Bearer \(service.adminToken)" else {
                throw ServeError.unauthorized("Access denied: the admin token is missing or wrong")
            }
            return try await inner.respond(to: request, context: context)
        case .signIn:
            return try await inner.respond(to: request, context: context)
        }
    }

    /// Resets the connection (no answer at all).
    private func reset(_ context: ServeContext) async throws -> Never {
        try? await (context.channel as? any SocketOptionProvider)?.setSoLinger(linger(l_onoff: 1, l_linger: 0))
            .get()
        try? await context.channel.close()
        throw ConnectionReset()
    }

    /// Answers a repeated write with its first answer; otherwise acts and keeps the answer
    /// (success or business failure, as the header's documentation says; never a 5xx).
    private func idempotent(_ request: Request, _ context: ServeContext, _ api: ServeAPI, requestId: String)
        async throws -> Response
    {
        var request = request
        let body = try await request.collectBody(upTo: WireJSON.maximumBodySize)
        let caller = try context.authenticated
        let digest = SHA256.hash(data: Data(body.readableBytesView)).map { String(format: "%02x", $0) }.joined()
        let fingerprint = [request.method.rawValue, request.uri.description, caller.tenantId, caller.clientId, digest]
            .joined(separator: " ")
        if let recorded = await service.replay(requestId: requestId, fingerprint: fingerprint) {
            return Self.response(recorded)
        }
        let response = try await rendered(api, requestId) { try await inner.respond(to: request, context: context) }
        let recorded = try await Self.record(response)
        if recorded.status < 500 {
            await service.record(requestId: requestId, fingerprint: fingerprint, response: recorded)
        }
        return Self.response(recorded)
    }

    /// Runs `body`, turning the errors it throws into the answers of `api`.
    private func rendered(_ api: ServeAPI, _ requestId: String, _ body: () async throws -> Response) async throws
        -> Response
    {
        do {
            return try await body()
        } catch let error as ServeError {
            return try render(error, api, requestId)
        } catch let error as OAuthError {
            return try WireJSON.response(error, status: error.error == "invalid_client" ? .unauthorized : .badRequest)
        } catch let error as HTTPError {
            let status = Int(error.status.code)
            let message = status == 404 ? "Not found: no such resource" : error.status.reasonPhrase
            return try render(
                ServeError(
                    status: status, code: status == 404 ? "1000" : String(status),
                    graphCode: status == 404 ? "Request_ResourceNotFound" : "BadRequest", message: message),
                api, requestId)
        } catch is ConnectionReset {
            throw ConnectionReset()
        } catch {
            return try render(
                ServeError(status: 500, code: "500", graphCode: "InternalServerError", message: "\(error)"), api,
                requestId)
        }
    }

    private func render(_ error: ServeError, _ api: ServeAPI, _ requestId: String) throws -> Response {
        let status = HTTPResponse.Status(code: error.status)
        var response: Response
        switch api {
        case .graph:
            let date = Date().formatted(.iso8601)
            response = try WireJSON.response(
                GraphError(code: error.graphCode, message: error.message, requestId: requestId, date: date),
                status: status)
            if error.status == 401 { response.headers[.wwwAuthenticate] = "Bearer" }
        case .partnerCenter, .signIn, .admin:
            response = try WireJSON.response(
                ApiFault(code: error.code, description: error.message, data: error.data), status: status)
            if error.status == 401 {
                response.headers[.wwwAuthenticate] = "OAuth realm=urn:cpsvc:cpid:partnerctl-serve"
            }
        }
        if error.status == 503 { response.headers[ServeHeaders.retryAfter] = "1" }
        return response
    }

    private func throttled(_ api: ServeAPI) throws -> Response {
        let seconds = service.settings.faults.retryAfterSeconds
        var response: Response
        switch api {
        case .graph:
            response = try WireJSON.response(
                GraphError(code: "TooManyRequests", message: "Too many requests. Try again in \(seconds) seconds."),
                status: .tooManyRequests)
        default:
            response = try WireJSON.response(ThrottlingBody(retryAfterSeconds: seconds), status: .tooManyRequests)
        }
        response.headers[ServeHeaders.retryAfter] = String(seconds)
        return response
    }

    private static func record(_ response: Response) async throws -> RecordedResponse {
        let collector = BodyCollector()
        try await response.body.write(collector)
        var headers: [String: String] = [:]
        for field in response.headers { headers[field.name.rawName] = field.value }
        return RecordedResponse(
            status: Int(response.status.code), headers: headers, body: collector.bytes.withLock { $0 })
    }

    private static func response(_ recorded: RecordedResponse) -> Response {
        var headers = HTTPFields()
        for (name, value) in recorded.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(
            status: HTTPResponse.Status(code: recorded.status), headers: headers,
            body: recorded.body.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: recorded.body)))
    }

    /// One line per request: method, path (never the query or any header), status, time and
    /// correlation id.
    private func log(_ request: Request, status: String, start: ContinuousClock.Instant, correlationId: String) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info(
            "\(request.method.rawValue) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds))ms \(correlationId)"
        )
    }
}
