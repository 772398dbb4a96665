/// The platforms Sluice knows policies for.
package enum Platform: String, CaseIterable, Sendable, JSONWritable {
    case douyin, xiaohongshu, taobao, tmall, kuaishou, pinduoduo
    case wechatChannels = "wechat_channels"
}

/// Who wrote the content.
package enum Actor: String, CaseIterable, Sendable, JSONWritable {
    case merchant, host, buyer, user
}

/// Where on the platform the text appears.
package enum Scene: String, CaseIterable, Sendable, JSONWritable {
    case title, detail, sku, comment, note, chat, profile
    case imageOCR = "image_ocr"
    case reviewReply = "review_reply"
    case liveChat = "live_chat"
    case liveSpeech = "live_speech"
    case packageCard = "package_card"
}

/// The kinds of diversion detect reports.
package enum Signal: String, CaseIterable, Sendable, Comparable, JSONWritable {
    case wechat = "contact.wechat"
    case qq = "contact.qq"
    case phone = "contact.phone"
    case email = "contact.email"
    case otherApp = "contact.other_app"
    case qrCode = "qr_code"
    case platform = "third_party.platform"
    case link = "third_party.link"
    case offlineTrade = "offline_trade"
    case privateGroup = "private_group"

    package static func < (a: Signal, b: Signal) -> Bool { a.rawValue < b.rawValue }
}

/// How bad a violation is, in the platforms' own words.
package enum Severity: String, CaseIterable, Sendable, Comparable, JSONWritable {
    case none, general, serious
    case especiallySerious = "especially_serious"

    package var rank: Int {
        switch self {
        case .none: 0
        case .general: 1
        case .serious: 2
        case .especiallySerious: 3
        }
    }

    package static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The processes of a pipeline, by what they do. Also the role a process proves when it
/// connects (its ZAP user id), so a message is accepted only from the role that may send it.
package enum StageName: String, CaseIterable, Sendable, Comparable, JSONWritable {
    case ingest, detect, score, penalise, notify, recorder, relay
    /// The local process manager (`pipectl up`).
    case supervisor
    /// Operators' commands that ask an owner for a change (appeals, dead-letter re-drive).
    case control
    /// Who feeds listings to the intake.
    case producer

    /// The stages a listing walks through, in order.
    package static let pipeline: [StageName] = [.ingest, .detect, .score, .penalise, .notify]
    /// Stages between two relay boundaries; they scale out.
    package static let workers: [StageName] = [.detect, .score, .notify]
    /// The processes `pipectl up` runs, in the order they stop (upstream first).
    package static let stopOrder: [StageName] = [.ingest, .detect, .score, .penalise, .notify, .relay, .recorder]

    /// Whether the stage runs as exactly one process (it owns state or a fixed endpoint).
    package var isSingleton: Bool { [.ingest, .penalise, .recorder, .relay].contains(self) }

    /// The stage after this one, whose relay boundary it sends to (nil: it sends to the recorder).
    package var next: StageName? {
        switch self {
        case .ingest: .detect
        case .detect: .score
        case .score: .penalise
        case .penalise: .notify
        default: nil
        }
    }

    package var executable: String { "sluice-\(rawValue)" }

    package static func < (a: StageName, b: StageName) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// The schema version every Sluice message carries.
package let schemaVersion = 2
