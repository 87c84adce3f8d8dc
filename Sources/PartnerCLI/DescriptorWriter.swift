#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

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
    /// The `errno` of the first failed write; nil while every write has succeeded.
    private let failure: Mutex<Int32?>

    /// Creates a writer for an open descriptor of this process.
    ///
    /// A descriptor that is closed (`partnerctl >&-`) counts as failed (`EBADF`) from the start,
    /// and `/dev/null` is opened in its place, so no file the command opens later — a store —
    /// takes its number and receives its output.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        if fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", O_RDWR)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
            failure = Mutex(EBADF)
        } else {
            failure = Mutex(nil)
        }
    }

    /// The `errno` of the first failed write, or nil.
    var error: Int32? { failure.withLock { $0 } }

    /// Writes text as UTF-8, unless an earlier write failed.
    func write(_ text: String) {
        var text = text
        failure.withLock { failure in
            guard failure == nil else { return }
            text.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    #if canImport(Glibc)
                    let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    #else
                    let written = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    #endif
                    if written > 0 {
                        offset += written
                    } else if written < 0, errno == EINTR {
                        continue
                    } else {
                        // write(2) returns 0 for a non-empty buffer only on odd devices: call it an I/O error
                        // rather than try forever.
                        failure = written < 0 ? errno : EIO
                        return
                    }
                }
            }
        }
    }
}
