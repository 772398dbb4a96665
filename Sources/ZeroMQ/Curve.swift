import CZeroMQ

/// CurveZMQ key pairs in Z85 text (40 characters each).
package struct CurveKeyPair: Sendable, Hashable, Codable {
    package var publicKey: String
    package var secretKey: String

    package init(publicKey: String, secretKey: String) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// A fresh key pair from libsodium's random source.
    package static func generate() throws(ZeroMQError) -> CurveKeyPair {
        var pub = [CChar](repeating: 0, count: 41)
        var sec = [CChar](repeating: 0, count: 41)
        try check(zmq_curve_keypair(&pub, &sec), "zmq_curve_keypair")
        return CurveKeyPair(publicKey: text(pub), secretKey: text(sec))
    }

    /// The public key that belongs to a secret key.
    package static func publicKey(of secretKey: String) throws(ZeroMQError) -> String {
        var pub = [CChar](repeating: 0, count: 41)
        try check(zmq_curve_public(&pub, secretKey), "zmq_curve_public")
        return text(pub)
    }

    /// Whether a string is a well-formed Z85 key.
    package static func isValid(_ key: String) -> Bool {
        key.utf8.count == 40 && key.utf8.allSatisfy { z85.contains($0) }
    }

    private static let z85 = Set(Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#".utf8))
}

/// Text from a NUL-terminated C buffer.
func text(_ buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
