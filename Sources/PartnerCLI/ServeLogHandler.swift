import Logging

/// A log handler that writes each message as one line to the console's standard error: how
/// `partnerctl serve` reports its requests.
struct ServeLogHandler: LogHandler {
    let console: Console
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        console.err(event.level >= .warning ? "\(event.level): \(event.message)" : "\(event.message)")
    }
}
