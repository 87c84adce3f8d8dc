import Dispatch
import Foundation
import PartnerCLI

// The standard streams are set up first, synchronously, before the concurrency runtime starts
// threads and opens descriptors: a stream closed by the caller (`partnerctl >&-`) is then still
// closed, and is held with /dev/null rather than taken by the first file partnerctl opens.
_ = Console.standard
CommandRunner.bootstrapLogging()
Task { exit(await CommandRunner.run(Array(CommandLine.arguments.dropFirst()))) }
dispatchMain()
