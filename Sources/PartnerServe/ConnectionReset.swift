/// Thrown after a reset fault cut the connection: there is no answer to send.
struct ConnectionReset: Error {}
