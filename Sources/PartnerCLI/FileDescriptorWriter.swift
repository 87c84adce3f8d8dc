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
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
