import HTTPTypes
import PartnerWire

/// The Partner Center header names as HTTP field names.
enum ServeHeaders {
    static let correlationId = HTTPField.Name(WireHeaderName.correlationId)!
    static let requestId = HTTPField.Name(WireHeaderName.requestId)!
    static let retryAfter = HTTPField.Name(WireHeaderName.retryAfter)!
    static let continuationToken = HTTPField.Name(WireHeaderName.continuationToken)!
}
