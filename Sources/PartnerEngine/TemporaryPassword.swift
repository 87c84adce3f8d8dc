/// Temporary passwords for new users: 16 characters from letters and digits that cannot be
/// confused (no 0/O, 1/l/I), with at least one upper, one lower, one digit and one symbol.
public enum TemporaryPassword {
    /// A new password, from the system's random number generator.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        let lower = Array("abcdefghijkmnpqrstuvwxyz")
        let digits = Array("23456789")
        let symbols = Array("!#%+-=?@")
        let all = upper + lower + digits + symbols
        var characters = [upper, lower, digits, symbols].map { $0.randomElement(using: &generator)! }
        while characters.count < 16 { characters.append(all.randomElement(using: &generator)!) }
        characters.shuffle(using: &generator)
        return String(characters)
    }
}
