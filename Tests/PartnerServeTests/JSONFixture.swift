import Foundation

/// Whether a decoded JSON value equals the JSON a fixture writes out (key order and spacing
/// aside). Fixtures are written by hand from the API reference, not recorded from the server.
func matches(_ value: Any?, _ fixture: String) -> Bool {
    guard let value, let expected = try? JSONSerialization.jsonObject(with: Data(fixture.utf8)) else { return false }
    return (value as? NSObject)?.isEqual(expected) ?? false
}

/// A JSON object's value at a key path (`error.code`).
func value(_ json: Any?, _ path: String) -> Any? {
    var current = json
    for key in path.split(separator: ".") {
        current = (current as? [String: Any])?[String(key)]
    }
    return current
}
