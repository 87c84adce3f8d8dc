import Foundation
import Logging
import PartnerModel
import Synchronization

/// swift-log's handler for partnerctl: one line per message on standard error,
/// `partnerctl debug partnerctl.sqlite: sqlite user.create ms=0.21`, at the level `--log-level`
/// or `PARTNERCTL_LOG` chose (none by default). Results on standard output are never touched.
struct ConsoleLogHandler: LogHandler {
    /// The level every handler logs at, set once a command line is parsed; nil logs nothing.
    static let threshold = Mutex<Logger.Level?>(nil)

    let label: String
    var metadata: Logger.Metadata = [:]

    var logLevel: Logger.Level {
        get { Self.threshold.withLock { $0 } ?? .critical }
        set {}
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        guard let threshold = Self.threshold.withLock({ $0 }), event.level >= threshold else { return }
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }
            .sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
        Console.standard.err(DisplayText.escaped("partnerctl \(event.level) \(label): \(event.message)\(fields)"))
    }
}

extension ConsoleLogHandler {
    /// Makes every logger of the process log through this handler: for the executable, once, at
    /// its start.
    static func bootstrap() {
        LoggingSystem.bootstrap { ConsoleLogHandler(label: $0) }
    }
}
