// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "partnerctl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "partnerctl", targets: ["partnerctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: - C libraries

        /// The system libyaml (event API); imported by PartnerYAML alone.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),

        // MARK: - Loading

        /// YAML documents as trees of nodes that remember where they were written.
        .target(name: "PartnerYAML", dependencies: ["CYAML"]),

        // MARK: - Model

        /// Primitive model objects: the account, its profile, users, roles and catalog. No I/O.
        .target(name: "PartnerModel"),

        /// The configuration file: decoding marked YAML into the model, and validating it.
        .target(name: "PartnerConfig", dependencies: ["PartnerYAML", "PartnerModel"]),

        // MARK: - Commands

        /// The `partnerctl` subcommands; the only module that prints.
        .target(
            name: "PartnerCLI",
            dependencies: [
                "PartnerConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        /// The executable: one file calling PartnerCLI.
        .executableTarget(name: "partnerctl", dependencies: ["PartnerCLI"]),

        /// Benchmarks for the performance targets in design.md §8 (run in release).
        .executableTarget(
            name: "partnerctl-bench",
            dependencies: ["PartnerConfig", "PartnerTestSupport"]
        ),

        // MARK: - Test support

        /// Shared by all test targets: golden-file snapshots, fixture paths, config generators.
        .target(name: "PartnerTestSupport", dependencies: ["PartnerModel"]),

        // MARK: - Tests

        .testTarget(name: "PartnerYAMLTests", dependencies: ["PartnerYAML", "PartnerTestSupport"]),
        .testTarget(
            name: "PartnerConfigTests",
            dependencies: ["PartnerConfig", "PartnerTestSupport"]
        ),
        .testTarget(
            name: "PartnerCLITests",
            dependencies: ["PartnerCLI", "PartnerTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
