import Foundation
import Hummingbird

/// JSON in and out of route handlers.
enum WireJSON {
    /// The largest request body taken, in bytes.
    static let maximumBodySize = 1 << 20

    static func response<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func empty(_ status: HTTPResponse.Status = .noContent) -> Response {
        Response(status: status)
    }

    /// Decodes a request's JSON body.
    ///
    /// - Parameter anyKeyCase: Take `PascalCase` keys as well (Partner Center's documented
    ///   request samples use them; the service accepts both).
    /// - Throws: ``ServeError`` 400 when the body is not JSON of that shape.
    static func decode<Value: Decodable>(_ type: Value.Type, from request: Request, anyKeyCase: Bool = false)
        async throws -> Value
    {
        var request = request
        let buffer = try await request.collectBody(upTo: maximumBodySize)
        var data = Data(buffer.readableBytesView)
        do {
            if anyKeyCase, let object = try? JSONSerialization.jsonObject(with: data) {
                data = try JSONSerialization.data(withJSONObject: camelCased(object))
            }
            return try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw ServeError.invalid("The request body is not valid: \(Self.describe(error))")
        }
    }

    /// A form body (`application/x-www-form-urlencoded`), as the sign-in endpoints take.
    static func form(from request: Request) async throws -> [String: String] {
        var request = request
        let buffer = try await request.collectBody(upTo: maximumBodySize)
        var form: [String: String] = [:]
        for pair in String(decoding: buffer.readableBytesView, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            form[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return form
    }

    private static func camelCased(_ object: Any) -> Any {
        if let dictionary = object as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, value) in dictionary {
                let camel = key.prefix(1).lowercased() + key.dropFirst()
                result[camel] = camelCased(value)
            }
            return result
        }
        if let array = object as? [Any] { return array.map(camelCased) }
        return object
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }
}
