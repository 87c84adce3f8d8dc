// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "partnerctl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "partnerctl", targets: ["partnerctl"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.60.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
    ],
    targets: [
        // MARK: - C libraries

        /// The system libyaml (event API); imported by PartnerYAML alone.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),

        // MARK: - Text

        /// Messages for people in English, Simplified and Traditional Chinese: the message type
        /// (English template and values), the translation catalogs, and the choice of language.
        .target(name: "PartnerText"),

        // MARK: - Loading

        /// YAML documents as trees of nodes that remember where they were written.
        .target(name: "PartnerYAML", dependencies: ["CYAML", "PartnerText"]),

        // MARK: - Model

        /// Primitive model objects: the account, its state, plans, and the store contract. No I/O.
        .target(
            name: "PartnerModel",
            dependencies: ["PartnerText", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.embedInCode("Resources/catalog-china.json"), .embedInCode("Resources/catalog-global.json")]
        ),

        /// The configuration file: decoding marked YAML into the model, and validating it.
        .target(name: "PartnerConfig", dependencies: ["PartnerYAML", "PartnerModel", "PartnerText"]),

        // MARK: - Planning

        /// `plan(desired:current:)`: the pure function from configuration and state to a plan.
        .target(name: "PartnerPlanner", dependencies: ["PartnerModel", "PartnerText"]),

        // MARK: - Stores and applying

        /// The embedded store: an account and its ledger in a SQLite file.
        .target(
            name: "PartnerSQLite",
            dependencies: [
                "PartnerModel", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        /// The team store: accounts, locks and history shared in PostgreSQL.
        .target(
            name: "PartnerPostgres",
            dependencies: ["PartnerModel", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),

        /// Applying plans under the account lock, drift reports and export; tells a delegate, never prints.
        .target(
            name: "PartnerEngine",
            dependencies: ["PartnerText", "PartnerYAML", "PartnerModel", "PartnerConfig", "PartnerPlanner"]),

        // MARK: - Local Partner Center

        /// The HTTP wire shapes of Partner Center REST, Microsoft Graph and sign-in, shared by
        /// `partnerctl serve` and the Partner Center store's client. No HTTP library.
        .target(name: "PartnerWire", dependencies: ["PartnerModel"]),

        /// `partnerctl serve`: a local Partner Center, Microsoft Graph and sign-in over any store.
        .target(
            name: "PartnerServe",
            dependencies: [
                "PartnerWire", "PartnerModel", "PartnerConfig",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        /// The Partner Center store: an account's state over Partner Center REST and Microsoft
        /// Graph, its ledger in another store. Never prints.
        .target(
            name: "PartnerLive",
            dependencies: [
                "PartnerModel", "PartnerWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),

        // MARK: - Commands

        /// The `partnerctl` subcommands; the only module that prints.
        .target(
            name: "PartnerCLI",
            dependencies: [
                "PartnerText", "PartnerConfig", "PartnerPlanner", "PartnerEngine", "PartnerSQLite", "PartnerPostgres",
                "PartnerServe", "PartnerLive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),

        /// The executable: one file calling PartnerCLI.
        .executableTarget(name: "partnerctl", dependencies: ["PartnerCLI"]),

        /// Benchmarks for the performance targets in design.md §8 (run in release).
        .executableTarget(
            name: "partnerctl-bench",
            dependencies: ["PartnerCLI", "PartnerConfig", "PartnerSQLite", "PartnerTestSupport"]
        ),

        // MARK: - Test support

        /// Shared by all test targets: golden files, fixture paths, generators, an in-memory store,
        /// a store that fails on demand, and the store conformance suite.
        .target(name: "PartnerTestSupport", dependencies: ["PartnerModel", "PartnerEngine"]),

        /// Runs `partnerctl` command lines in-process with a console that captures what they print.
        .target(name: "PartnerCLITesting", dependencies: ["PartnerCLI"]),

        // MARK: - Tests

        .testTarget(name: "PartnerYAMLTests", dependencies: ["PartnerYAML", "PartnerTestSupport"]),
        .testTarget(
            name: "PartnerConfigTests",
            dependencies: ["PartnerConfig", "PartnerTestSupport"]
        ),
        .testTarget(
            name: "PartnerPlannerTests",
            dependencies: [
                "PartnerPlanner", "PartnerConfig", "PartnerTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "PartnerSQLiteTests", dependencies: ["PartnerSQLite", "PartnerTestSupport"]),
        .testTarget(
            name: "PartnerPostgresTests",
            dependencies: [
                "PartnerPostgres", "PartnerTestSupport", .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "PartnerEngineTests",
            dependencies: [
                "PartnerEngine", "PartnerConfig", "PartnerPlanner", "PartnerTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "PartnerCLITests",
            dependencies: [
                "PartnerCLI", "PartnerCLITesting", "PartnerSQLite", "PartnerTestSupport", "PartnerText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "PartnerServeTests",
            dependencies: [
                "PartnerServe", "PartnerWire", "PartnerCLI", "PartnerCLITesting", "PartnerSQLite", "PartnerTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "PartnerLiveTests",
            dependencies: [
                "PartnerLive", "PartnerServe", "PartnerWire", "PartnerCLI", "PartnerCLITesting", "PartnerSQLite",
                "PartnerPostgres", "PartnerEngine",
                "PartnerTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
