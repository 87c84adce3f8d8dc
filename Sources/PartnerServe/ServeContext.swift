import Hummingbird
import NIOCore

/// The request context of `partnerctl serve`'s routes: who is calling (set by ``ServeResponder``
/// before routing), the URL root clients reach the server at, and the connection (so a reset
/// fault can cut it).
struct ServeContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The connection.
    let channel: any Channel
    /// The authenticated caller; nil on sign-in and admin routes.
    var caller: Caller?
    /// `http://127.0.0.1:PORT`, as the client addressed the server.
    var root = ""

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// The caller, on routes behind authentication.
    var authenticated: Caller {
        get throws {
            guard let caller else { throw ServeError.unauthorized("Access denied") }
            return caller
        }
    }
}
