/// A PEM certificate chain file and its PEM private key file, for serving HTTPS.
public struct ServeTLSFiles: Hashable, Sendable {
    /// The certificate chain, leaf first.
    public var certificatePath: String
    /// The private key.
    public var keyPath: String

    /// Creates a pair.
    public init(certificatePath: String, keyPath: String) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
    }
}
