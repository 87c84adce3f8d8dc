#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes mapped into memory, read-only, unmapped when the last source using them goes.
///
/// The pages are the kernel's page cache: once parsed they can be let go (``release(upTo:)``)
/// and are read back from the file if a diagnostic quotes them. A large configuration then
/// leaves the process's memory as its users are decoded, instead of staying there beside them.
///
/// A mapping shows the file as it is when a page is read: the file must not be cut short while
/// it is mapped. Only large regular files are mapped (see `SourceFile(contentsOf:maxSize:)`).
public final class MappedBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let count: Int
    /// Where the pages let go so far end.
    private var released = 0
    /// Pages are let go a megabyte at a time.
    private static let releaseStep = 1 << 20

    /// Maps `count` bytes of an open file from its start; nil when the system refuses.
    public init?(descriptor: Int32, count: Int) {
        guard count > 0 else { return nil }
        // Read in at once (MAP_POPULATE): the encoding check reads every page first anyway, and
        // one call costs less than a fault per page.
        let address = mmap(nil, count, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0)
        guard let address, address != MAP_FAILED else { return nil }
        base = UnsafePointer(address.assumingMemoryBound(to: UInt8.self))
        self.count = count
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), count)
    }

    /// Lets the pages before `offset` leave memory, once a megabyte more has been read or at
    /// the end; reading them again reads the file. Called from one thread at a time.
    func release(upTo offset: Int) {
        let offset = min(offset, count)
        guard offset - released >= Self.releaseStep || (offset == count && offset > released) else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = released / page * page
        let end = offset == count ? count : offset / page * page
        guard end > start else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
        released = end
    }
}
