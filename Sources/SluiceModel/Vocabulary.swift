/// The platforms Sluice knows policies for.
package enum Platform: String, Codable, CaseIterable, Sendable {
    case douyin, xiaohongshu, taobao, tmall, kuaishou, pinduoduo
    case wechatChannels = "wechat_channels"
}

/// Who wrote the content.
package enum Actor: String, Codable, CaseIterable, Sendable {
    case merchant, host, buyer, user
}

/// Where on the platform the text appears.
package enum Scene: String, Codable, CaseIterable, Sendable {
    case title, detail, sku, comment, note, chat, profile
    case imageOCR = "image_ocr"
    case reviewReply = "review_reply"
    case liveChat = "live_chat"
    case liveSpeech = "live_speech"
    case packageCard = "package_card"
}

/// The kinds of diversion detect reports.
package enum Signal: String, Codable, CaseIterable, Sendable, Comparable {
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
package enum Severity: String, Codable, CaseIterable, Sendable, Comparable {
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

/// The schema version every Sluice message carries.
package let schemaVersion = 1
