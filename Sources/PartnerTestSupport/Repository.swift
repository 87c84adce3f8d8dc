import Foundation

/// Paths inside this repository, for tests that read examples, schemas and golden files.
public enum Repository {
    /// The folder holding `Package.swift`.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// A path relative to the repository root.
    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Every example configuration: `examples/<name>/partner.yaml`, sorted.
    public static var examples: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("examples"))) ?? []
        return names.sorted().map { "examples/\($0)/partner.yaml" }.filter {
            FileManager.default.fileExists(atPath: path($0))
        }
    }

    /// The files in a folder of the repository with an extension, sorted by name.
    public static func files(in folder: String, withExtension ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { "\(folder)/\($0)" }
    }
}
