#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Console {
    /// A write to one of the console's streams failed; later writes to that stream were skipped.
    public struct OutputFailure: Hashable, Sendable, CustomStringConvertible {
        /// The stream that could not be written.
        public var stream: Stream
        /// The system's error number (`errno`): `ENOSPC`, `EPIPE`, `EBADF`, `EFBIG` …
        public var errorNumber: Int32

        /// Creates a failure.
        public init(stream: Stream, errorNumber: Int32) {
            self.stream = stream
            self.errorNumber = errorNumber
        }

        /// Whether the reader went away (`EPIPE`, as in `partnerctl history | head -1`): it wanted
        /// no more, so there is nothing to tell anyone.
        public var readerClosed: Bool { errorNumber == EPIPE }

        /// `cannot write to standard output: No space left on device`.
        public var description: String {
            let name = stream == .standardOutput ? "standard output" : "standard error"
            return "cannot write to \(name): \(String(cString: strerror(errorNumber)))"
        }
    }
}
