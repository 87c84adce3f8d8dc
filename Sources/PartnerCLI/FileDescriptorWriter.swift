import Foundation

/// Writes bytes to a file descriptor whole: retrying interrupted and partial writes.
struct FileDescriptorWriter {
    let descriptor: Int32

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes every byte.
    ///
    /// - Returns: nil when all were written, else the system's reason (`No space left on device`).
    func write(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { writeAll(UnsafeRawBufferPointer($0)) }.map { String(cString: strerror($0)) }
    }

    /// Writes every byte of a buffer.
    ///
    /// - Returns: nil when all were written, else the `errno` of the failed write (`EIO` for a
    ///   device that takes nothing, rather than trying forever).
    func writeAll(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                return written < 0 ? errno : EIO
            }
        }
        return nil
    }
}
