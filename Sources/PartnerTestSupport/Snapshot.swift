import Foundation
import Testing

/// Compares text with a golden file in the repository.
///
/// When the golden file is missing, or `RECORD_SNAPSHOTS=1` is set, the text is written as the new
/// baseline and the test fails with "recorded new baseline" so that a recording never passes by
/// accident.
///
/// - Parameters:
///   - actual: The text the code produced.
///   - golden: The golden file's path relative to the repository root.
public func assertSnapshot(_ actual: String, golden: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = Repository.path(golden)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = FileManager.default.contents(atPath: path) else {
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
        Issue.record("recorded new baseline at \(golden)", sourceLocation: sourceLocation)
        return
    }
    let expectedText = String(decoding: expected, as: UTF8.self)
    if actual != expectedText {
        Issue.record(
            """
            output differs from \(golden) (RECORD_SNAPSHOTS=1 re-records it)
            --- expected
            \(expectedText)
            --- actual
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}
