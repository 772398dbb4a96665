/// A configuration or data file that cannot be used: which file, where, and why.
package struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    package var file: String
    /// The dotted key (`stages.detect.workers`) or empty when the file as a whole is wrong.
    package var key: String
    /// 1-based line, when known.
    package var line: Int?
    package var reason: String

    package init(file: String, key: String = "", line: Int? = nil, reason: String) {
        self.file = file
        self.key = key
        self.line = line
        self.reason = reason
    }

    package var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if !key.isEmpty { s += ": \(key)" }
        return s + ": " + reason
    }
}
