import Foundation
import PartnerCLI

exit(await CommandRunner.run(Array(CommandLine.arguments.dropFirst())))
