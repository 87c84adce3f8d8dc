import Foundation
import PartnerText
public import PartnerYAML

extension SourceFile {
    /// The largest configuration read unless a caller says otherwise: 64 MiB (67,108,864
    /// bytes), about 600,000 users. The bound keeps a wrong path, a device or an endless
    /// pipe from taking the machine's memory.
    public static let defaultMaxSize = 64 << 20

    /// Reads a file; `-` reads standard input.
    ///
    /// At most `maxSize + 1` bytes are read, from a file or a pipe: a larger input is refused
    /// without being read to its end.
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
        self.init(path: path, bytes: try Self.read(handle, path: path, maxSize: maxSize, expectedSize: size ?? 0))
    }

    /// Reads to the end, or fails once more than `maxSize` bytes have come. `expectedSize` (a
    /// regular file's size) sizes the buffer once instead of growing it, which would hold two
    /// copies of a large file at a time.
    private static func read(_ handle: FileHandle, path: String, maxSize: Int, expectedSize: Int = 0)
        throws(ConfigReadError) -> [UInt8]
    {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expectedSize, maxSize) + 1)
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: min(1 << 20, maxSize - bytes.count + 1))
            } catch {
                throw ConfigReadError(path: path, reason: Message(verbatim: error.localizedDescription))
            }
            guard let chunk, !chunk.isEmpty else { return bytes }
            bytes.append(contentsOf: chunk)
            if bytes.count > maxSize { throw ConfigReadError(path: path, reason: tooLarge(maxSize)) }
        }
    }

    private static func tooLarge(_ maxSize: Int) -> Message {
        Message(
            "it is larger than \(maxSize) bytes, the input size limit (raise it with --max-input-size or PARTNERCTL_MAX_INPUT_SIZE)"
        )
    }
}
