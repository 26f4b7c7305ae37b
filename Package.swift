// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "EntityGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EntityGraph", targets: ["EntityGraph"]),
        .executable(name: "entitygraph", targets: ["entitygraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "EntityGraph",
            dependencies: ["CLibXML2"]
        ),
        .executableTarget(
            name: "entitygraph",
            dependencies: [
                "EntityGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "graph-writer-benchmark",
            dependencies: ["EntityGraph"],
            path: "Benchmarks/GraphWriterBenchmark"
        ),
        .executableTarget(
            name: "matcher-benchmark",
            dependencies: ["EntityGraph"],
            path: "Benchmarks/MatcherBenchmark"
        ),
        .testTarget(
            name: "EntityGraphTests",
            dependencies: ["EntityGraph"],
            resources: [.copy("Fixtures"), .copy("Golden")]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["EntityGraph"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
