import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One of the process's standard streams, written with write(2).
///
/// A write is carried out in full: after a short write the rest is written, and a write
/// interrupted by a signal (`EINTR`) is repeated. The first write that fails — a full disk, a
/// file size limit, a pipe whose reader has gone — is remembered, and every later write to the
/// stream is skipped, so lost output ends the command's output, not the process. Thread-safe:
/// writes are serialized, so text written by concurrent tasks is never interleaved.
final class DescriptorWriter: Sendable {
    /// The file descriptor written to.
    let descriptor: Int32
    /// Whether the descriptor was closed when the writer was made.
    private let wasClosed: Bool
    /// The `errno` of the first failed write; nil while every write has succeeded.
    private let failure = Mutex<Int32?>(nil)

    /// Creates a writer for a descriptor of this process.
    ///
    /// A descriptor that is closed (`partnerctl >&-`) gets `/dev/null` opened in its place, so no
    /// file the command opens later — a store — takes its number and receives its output; the
    /// first write to it then fails with `EBADF`, as a write to the closed descriptor would.
    /// So make writers before anything else opens files or starts threads.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        wasClosed = fcntl(descriptor, F_GETFD) == -1
        if wasClosed {
            let null = open("/dev/null", O_RDWR)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// The `errno` of the first failed write, or nil.
    var error: Int32? { failure.withLock { $0 } }

    /// Writes text as UTF-8, unless an earlier write failed.
    func write(_ text: String) {
        var text = text
        failure.withLock { failure in
            guard failure == nil else { return }
            guard !wasClosed else {
                failure = EBADF
                return
            }
            failure = text.withUTF8 { FileDescriptorWriter(descriptor).writeAll(UnsafeRawBufferPointer($0)) }
        }
    }
}
