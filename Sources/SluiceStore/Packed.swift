import Foundation
import GRDB

/// Text the store keeps with the phrases such text always holds written as two-byte codes: the
/// listing's wire keys and enumerations, the notice template's sentences and names, the decision
/// body's keys. General compressors cost more than the whole pipeline's hop per row on texts this
/// short (zlib builds its Huffman trees for every row: ~90,000 instructions for a 400-byte
/// listing); a phrase table costs a few thousand and keeps a notice at about half its size.
///
/// A packed value is a BLOB: one byte naming its phrase table, then the text with
/// * `0x02…0x08` `n`: phrase `(byte − 2) × 256 + n` of the table;
/// * `0x01` `b`: the byte `b` itself (only bytes 0x01…0x08 need it);
/// * any other byte: itself.
///
/// Anything else (TEXT, or a BLOB that starts with another byte, as rows written before packing
/// do) reads as it is.
package enum Packed {
    /// The phrase tables, by the byte that names them in stored values.
    ///
    /// Never edit one: stored rows are read back with the table their first byte names, so a
    /// changed table corrupts every row written with it (`PackedTests` pins each one). Add a new
    /// case for a new table.
    package enum Table: UInt8, CaseIterable, Sendable {
        case listing = 1
        case notice = 2
        case decision = 3

        package var phrases: [String] {
            switch self {
            case .listing: Self.listingPhrases
            case .notice: Self.noticePhrases
            case .decision: Self.decisionPhrases
            }
        }

        /// The wire form's keys in their usual order with their punctuation, and its enumerations.
        private static let listingPhrases = [
            #"{"listing_id":""#, #"","revision":"#, #","platform":""#, #"","merchant_id":""#, #"","actor":""#,
            #"","category":""#, #"","observed_at":""#, #"","parts":[{"scene":""#, #"","text":""#, #""},{"scene":""#,
            #""}]}"#, #""listing_id""#, #""revision""#, #""platform""#, #""merchant_id""#, #""actor""#, #""category""#,
            #""observed_at""#, #""parts""#, #""scene""#, #""text""#,
            "douyin", "xiaohongshu", "taobao", "tmall", "kuaishou", "pinduoduo", "wechat_channels",
            "merchant", "host", "buyer", "user",
            "title", "detail", "sku", "comment", "note", "chat", "profile", "image_ocr", "review_reply", "live_chat",
            "live_speech", "package_card",
            #"":""#, #"",""#, "T00:", ":00.000Z", ":00Z", "2026-", "2027-", "2028-",
        ]

        /// The notice template's sentences (`NoticeComposer`) and the names it writes.
        private static let noticePhrases = [
            "您好，您在", "发布的内容（编号 ", "，版本 ", "）经检测涉嫌违反《", "》（规则版本 ", "）。\n违规证据：\n· ", "）。\n",
            "”（", "）\n· ", "）\n违规程度：", "违规程度：", "；本自然年（", "年）累计违规 ", " 次。\n处理措施：", " 次。\n本次不予处罚：",
            " 次。\n", "处理措施：", "；", "。\n如有异议，请于 ", "（北京时间 ", "）前提出申诉。", "本次不予处罚：",
            "您好，您对内容（编号 ", "）处罚决定 ", " 的申诉已通过，原处理措施（", "）已撤销，本次违规不再计入", "年累计次数。", "\n说明：",
            "违规处罚通知", "违规提醒", "申诉结果通知：处罚已撤销",
            "抖音", "小红书", "淘宝", "天猫", "视频号", "快手", "拼多多",
            "微信联系方式：“", "QQ联系方式：“", "电话号码：“", "电子邮箱：“", "其他通讯软件：“", "站外二维码：“",
            "引导至第三方平台：“", "站外链接或口令：“", "诱导私下/线下交易：“", "诱导加入站外社群：“",
            "标题", "详情页", "SKU", "图片", "评论", "评价回复", "直播间弹幕", "直播口播", "笔记", "客服聊天", "包裹卡", "主页资料",
            "一般", "严重", "特别严重",
            "警告", "扣除保证金 ", "缴纳信用保证金 ", "违约金 ", " 元", "停业整顿 ", " 天", "清退", "商品下架", "搜索降权",
            "冻结货款", "限制权限", "关闭商品分享权限", "扣 ", " 分", "删除商品", "屏蔽店铺", "限制发布商品", "永久关闭店铺",
            "诱导站外交易", "诱导第三方交易", "（保守默认规则）", "-default", " applies to ", "merchant", "host", "buyer", "user",
            ", not ", "****", "***", "2026", "2027", "2028", "T00:", ":00Z",
        ]

        /// The decision body's keys (`Compact.decision`) and values.
        private static let decisionPhrases = [
            #"{"policy":""#, #"","policy_version":""#, #"","count_before":"#, #","count_after":"#, #","actions":["#,
            #"],"appeal_deadline":""#, #"],"appeal_deadline":null"#, #","exempt":""#, #","exempt":null"#, #","notes":""#,
            #","notes":null}"#, #"{"kind":""#, #"","amount_cny":"#, #"","days":"#, #"","points":"#, #""},"#,
            "warning", "deduct_deposit", "require_deposit", "fine", "suspend", "remove_from_platform", "delist",
            "search_demotion", "freeze_payouts", "restrict_permissions", "close_product_sharing", "deduct_points",
            "delete_listing", "shield_shop", "restrict_publishing", "close_shop",
            "诱导站外交易", "诱导第三方交易", "（保守默认规则）", "-default", " applies to ", "merchant", "host", "buyer", "user",
            ", not ", "2026", "2027", "2028", "T00:", ":00Z",
        ]
    }

    /// A phrase table ready for matching: the phrases as bytes, and for each two-byte start the
    /// phrases that begin with it, longest first.
    private struct Matcher: Sendable {
        let phrases: [[UInt8]]
        /// Candidates for a start `b0 << 8 | b1`: `candidates[bucket[start]]` (0: none).
        let bucket: [UInt16]
        let candidates: [[Int]]

        init(_ table: Table) {
            let phrases = table.phrases.map { Array($0.utf8) }
            precondition(phrases.count <= 7 * 256 && phrases.allSatisfy { $0.count >= 3 }, "a phrase table holds at most 1,792 phrases of 3 bytes or more")
            var bucket = [UInt16](repeating: 0, count: 0x10000)
            var candidates: [[Int]] = [[]]
            for (i, p) in phrases.enumerated() {
                let start = Int(p[0]) << 8 | Int(p[1])
                if bucket[start] == 0 {
                    bucket[start] = UInt16(candidates.count)
                    candidates.append([])
                }
                candidates[Int(bucket[start])].append(i)
            }
            for k in candidates.indices { candidates[k].sort { phrases[$0].count > phrases[$1].count } }
            self.phrases = phrases
            self.bucket = bucket
            self.candidates = candidates
        }
    }

    private static let matchers: [Matcher] = Table.allCases.map(Matcher.init)

    private static func matcher(_ t: Table) -> Matcher { matchers[Int(t.rawValue) - 1] }

    /// `bytes` with the table's phrases coded, as a BLOB.
    package static func pack(_ bytes: some Collection<UInt8>, _ table: Table) -> Data {
        if let packed = bytes.withContiguousStorageIfAvailable({ pack($0, table) }) { return packed }
        return Array(bytes).withUnsafeBufferPointer { pack($0, table) }
    }

    private static func pack(_ input: UnsafeBufferPointer<UInt8>, _ table: Table) -> Data {
        let matcher = matcher(table)
        // At worst every byte is escaped.
        var out = [UInt8](repeating: 0, count: 1 + 2 * input.count)
        var k = 1
        out.withUnsafeMutableBufferPointer { o in
            o[0] = table.rawValue
            matcher.bucket.withUnsafeBufferPointer { bucket in
                var i = 0
                let n = input.count
                while i < n {
                    let b = input[i]
                    if b >= 0x01 && b <= 0x08 {
                        o[k] = 0x01
                        o[k + 1] = b
                        k += 2
                        i += 1
                        continue
                    }
                    if i + 1 < n {
                        let slot = Int(bucket[Int(b) << 8 | Int(input[i + 1])])
                        if slot != 0 {
                            var matched = -1
                            for p in matcher.candidates[slot] {
                                let phrase = matcher.phrases[p]
                                if phrase.count <= n - i, phrase.withUnsafeBufferPointer({ memcmp($0.baseAddress!, input.baseAddress! + i, $0.count) == 0 }) {
                                    matched = p
                                    break
                                }
                            }
                            if matched >= 0 {
                                o[k] = UInt8(2 + matched >> 8)
                                o[k + 1] = UInt8(matched & 0xFF)
                                k += 2
                                i += matcher.phrases[matched].count
                                continue
                            }
                        }
                    }
                    o[k] = b
                    k += 1
                    i += 1
                }
            }
        }
        return Data(out[0..<k])
    }

    /// The text of a stored value, packed or not (NULL reads as empty).
    package static func unpack(_ value: DatabaseValue) -> [UInt8] {
        switch value.storage {
        case .string(let s): Array(s.utf8)
        case .blob(let data): unpack(data)
        default: []
        }
    }

    /// The text of stored bytes, packed or not. Bytes that start like a packed value but do not
    /// decode were stored as they are (an earlier release kept refused input raw, whatever its
    /// first byte), so they read as they are.
    package static func unpack(_ data: Data) -> [UInt8] {
        unpacked(data) ?? Array(data)
    }

    private static func unpacked(_ data: Data) -> [UInt8]? {
        guard let first = data.first, let table = Table(rawValue: first) else { return nil }
        let matcher = matcher(table)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [UInt8]? in
            let input = raw.bindMemory(to: UInt8.self)
            var out: [UInt8] = []
            out.reserveCapacity(input.count * 2)
            var i = 1
            let n = input.count
            while i < n {
                let b = input[i]
                switch b {
                case 0x01:
                    guard i + 1 < n, input[i + 1] >= 0x01 && input[i + 1] <= 0x08 else { return nil }
                    out.append(input[i + 1])
                    i += 2
                case 0x02...0x08:
                    guard i + 1 < n else { return nil }
                    let p = Int(b - 2) << 8 | Int(input[i + 1])
                    guard p < matcher.phrases.count else { return nil }
                    out.append(contentsOf: matcher.phrases[p])
                    i += 2
                default:
                    out.append(b)
                    i += 1
                }
            }
            return out
        }
    }

    /// `unpacked(value)`: a packed or plain column's text, for SQL (`StoreReader` registers it).
    static let sqlFunction = DatabaseFunction("unpacked", argumentCount: 1, pure: true) { values in
        values[0].isNull ? nil : string(values[0])
    }

    /// The text of a stored value as a string.
    package static func string(_ value: DatabaseValue) -> String {
        String(decoding: unpack(value), as: UTF8.self)
    }
}
