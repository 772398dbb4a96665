import Foundation
import SluiceConfig
import SluiceModel

/// Every platform's policy, loaded from a folder at start.
package struct PolicyBook: Sendable, Hashable {
    package var policies: [Platform: Policy]

    package init(policies: [Platform: Policy]) { self.policies = policies }

    /// Loads `<platform>.toml` for every platform; a missing or malformed file is refused.
    package static func load(directory: String) throws(ConfigurationError) -> PolicyBook {
        var policies: [Platform: Policy] = [:]
        for platform in Platform.allCases {
            let path = (directory as NSString).appendingPathComponent("\(platform.rawValue).toml")
            guard FileManager.default.fileExists(atPath: path) else {
                throw ConfigurationError(file: path, reason: "missing: every platform needs a policy file")
            }
            let policy = try Policy.load(path: path)
            guard policy.platform == platform else {
                throw ConfigurationError(file: path, key: "platform", reason: "is '\(policy.platform.rawValue)', expected '\(platform.rawValue)'")
            }
            policies[platform] = policy
        }
        return PolicyBook(policies: policies)
    }

    package subscript(platform: Platform) -> Policy { policies[platform]! }

    /// Every policy's version, for status: `douyin=2026.11.22,…`.
    package var version: String {
        policies.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value.version)" }.joined(separator: ",")
    }
}
