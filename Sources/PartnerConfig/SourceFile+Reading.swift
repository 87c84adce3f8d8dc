import Foundation
import PartnerText
public import PartnerYAML

extension SourceFile {
    /// The largest configuration read unless a caller says otherwise: 64 MiB (67,108,864
    /// bytes), about 600,000 users. The bound keeps a wrong path, a device or an endless
    /// pipe from taking the machine's memory.
    public static let defaultMaxSize = 64 << 20

    /// Regular files from this size on (4 MiB, about 20,000 users) are mapped into memory
    /// instead of read (see ``MappedBytes``): their pages leave the process's memory once
    /// parsed.
    public static let mappingThreshold = 4 << 20

    /// Reads a file; `-` reads standard input.
    ///
    /// At most `maxSize + 1` bytes are read, from a file or a pipe: a larger input is refused
    /// without being read to its end. A regular file of ``mappingThreshold`` bytes or more is
    /// mapped instead.
    ///
    /// - Parameters:
    ///   - path: The file, or `-` for standard input.
    ///   - maxSize: The most bytes accepted.
    /// - Throws: ``ConfigReadError`` naming the path and the reason.
    public init(contentsOf path: String, maxSize: Int = SourceFile.defaultMaxSize) throws(ConfigReadError) {
        if path == "-" {
            let bytes = try Self.read(FileHandle.standardInput, path: "standard input", maxSize: maxSize)
            self.init(path: "<stdin>", bytes: bytes)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigReadError(path: path, reason: Message("no such file"))
        }
        guard !isDirectory.boolValue else { throw ConfigReadError(path: path, reason: Message("it is a directory")) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        if let size, size > maxSize {
            throw ConfigReadError(path: path, reason: Self.tooLarge(maxSize))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ConfigReadError(path: path, reason: Message("permission denied"))
        }
        defer { try? handle.close() }
        if let mapped = Self.map(handle.fileDescriptor, maxSize: maxSize) {
            self.init(path: path, mapped: mapped)
            return
        }
        self.init(path: path, bytes: try Self.read(handle, path: path, maxSize: maxSize, expectedSize: size ?? 0))
    }

    /// The file mapped, when it is a regular file of at least ``mappingThreshold`` bytes and
    /// the system maps it; nil to read it instead.
    private static func map(_ descriptor: Int32, maxSize: Int) -> MappedBytes? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size >= mappingThreshold, size <= maxSize else { return nil }
        return MappedBytes(descriptor: descriptor, count: size)
    }

    /// Reads to the end, or fails once more than `maxSize` bytes have come. `expectedSize` (a
    /// regular file's size) sizes the buffer once instead of growing it, which would hold two
    /// copies of a large file at a time.
    private static func read(_ handle: FileHandle, path: String, maxSize: Int, expectedSize: Int = 0)
        throws(ConfigReadError) -> [UInt8]
    {
        let descriptor = handle.fileDescriptor
        var bytes = try read(descriptor, upTo: min(expectedSize, maxSize) + 1, path: path)
        while bytes.count <= maxSize {
            let chunk = try read(descriptor, upTo: min(1 << 20, maxSize - bytes.count + 1), path: path)
            if chunk.isEmpty { return bytes }
            bytes += chunk
        }
        throw ConfigReadError(path: path, reason: tooLarge(maxSize))
    }

    /// Reads `count` bytes, or fewer at the end of the input, straight into a new array.
    private static func read(_ descriptor: Int32, upTo count: Int, path: String) throws(ConfigReadError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < count {
                let result = Glibc.read(descriptor, base + initialized, count - initialized)
                if result > 0 {
                    initialized += result
                } else if result == 0 {
                    return
                } else if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        guard failure == 0 else {
            throw ConfigReadError(path: path, reason: Message(verbatim: String(cString: strerror(failure))))
        }
        return bytes
    }

    private static func tooLarge(_ maxSize: Int) -> Message {
        Message(
            "it is larger than \(maxSize) bytes, the input size limit (raise it with --max-input-size or PARTNERCTL_MAX_INPUT_SIZE)"
        )
    }
}
