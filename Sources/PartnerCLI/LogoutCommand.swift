import ArgumentParser
import PartnerLive
import PartnerModel
import PartnerText

/// `partnerctl logout`: removes the sign-in `partnerctl login` saved.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout",
        abstract: "Remove the sign-in 'partnerctl login' saved.",
        discussion: """
            Deletes the credentials file ($PARTNERCTL_CREDENTIALS, else \
            $XDG_CONFIG_HOME/partnerctl/credentials.json, else ~/.config/partnerctl/credentials.json) \
            and says what it did; with no file, says so and exits 0. Refuses a symbolic link, a file \
            that is not regular or not a partnerctl credentials file. The refresh token is not \
            revoked at Microsoft: an administrator revokes a user's sessions in Microsoft Entra.
            """
    )

    @OptionGroup var outputOptions: OutputOptions

    func run() async throws {
        let console = Console.current
        guard let file = CredentialsFile.located(environment: console.environment) else {
            console.err(Message("Not signed in: no credentials file (neither PARTNERCTL_CREDENTIALS nor HOME is set)."))
            return
        }
        let path = DisplayText.escaped(file.path)
        do {
            switch try file.remove() {
            case .absent:
                console.err(Message("Not signed in: there is no saved sign-in at \(path)."))
            case .removed(let saved):
                console.err(
                    Message(
                        "Signed out: removed the sign-in for tenant \(DisplayText.escaped(saved.tenant)) (\(saved.cloud.label)) at \(path). The refresh token was not revoked at Microsoft."
                    ))
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension LogoutCommand: PrintsForPeople {}
