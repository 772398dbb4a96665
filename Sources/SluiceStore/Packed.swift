import CZlib
import Foundation
import GRDB

/// Text the store keeps deflated against a preset dictionary of what such text always holds: the
/// listing's wire keys, the notice template's phrases, the decision body's keys. Short texts
/// barely compress on their own (a 400-byte listing deflates to ~300 bytes); with the dictionary
/// a notice keeps about a quarter of its bytes and a listing about half.
///
/// A packed value is a BLOB: one byte naming its dictionary, then raw deflate. Anything else (TEXT,
/// or a BLOB that starts with another byte, as rows written before packing do) reads as it is.
package enum Packed {
    /// The dictionaries, by the byte that names them in stored values.
    ///
    /// Never edit one: stored rows are read back with the dictionary their first byte names, so a
    /// changed dictionary corrupts every row written with it (`PackedTests` pins each one's
    /// checksum). Add a new case for a new dictionary.
    package enum Dictionary: UInt8, CaseIterable, Sendable {
        case listing = 1
        case notice = 2
        case decision = 3

        /// zlib gives the end of a dictionary the shortest distances: the most common strings last.
        var bytes: [UInt8] {
            switch self {
            case .listing: Self.listingBytes
            case .notice: Self.noticeBytes
            case .decision: Self.decisionBytes
            }
        }

        private static let listingBytes = Array("""
            "scene":"package_card","scene":"live_speech","scene":"live_chat","scene":"review_reply","scene":"image_ocr",\
            "scene":"profile","scene":"sku","scene":"chat","scene":"comment","scene":"note",\
            "platform":"wechat_channels","platform":"pinduoduo","platform":"tmall","platform":"taobao","platform":"kuaishou",\
            "platform":"douyin","platform":"xiaohongshu","actor":"user","actor":"buyer","actor":"host",\
            {"listing_id":"","revision":1,"platform":"","merchant_id":"","actor":"merchant","category":"",\
            "observed_at":"2026-01-01T00:00:00.000Z","parts":[{"scene":"title","text":""},{"scene":"detail","text":"
            """.utf8)

        private static let noticeBytes = Array("""
            申诉结果通知：处罚已撤销您好，您对内容（编号 ）处罚决定 的申诉已通过，原处理措施（）已撤销，本次违规不再计入年累计次数。\
            说明：直播间弹幕直播口播包裹卡主页资料评价回复客服聊天图片SKU标题详情页评论笔记\
            扣除保证金 元缴纳信用保证金 元违约金 元停业整顿 天清退商品下架搜索降权 天冻结货款 天限制权限 天\
            关闭商品分享权限扣 分删除商品屏蔽店铺 天限制发布商品 天永久关闭店铺警告\
            站外二维码引导至第三方平台站外链接或口令诱导私下/线下交易诱导加入站外社群电子邮箱\
            微信联系方式QQ联系方式电话号码其他通讯软件特别严重严重一般\
            抖音小红书淘宝天猫视频号快手拼多多 applies to host, merchant, user, not buyer\
            您好，您在发布的内容（编号 ，版本 1）经检测涉嫌违反《-诱导站外交易》（规则版本 2026.）。
            违规证据：
            · ：“***”（）
            违规程度：；本自然年（2026年）累计违规 1 次。
            处理措施：；。
            如有异议，请于 2026-01-01T00:00:00Z（北京时间 2026-01-01 00:00）前提出申诉。
            本次不予处罚：
            """.utf8)

        private static let decisionBytes = Array("""
            "kind":"close_shop","kind":"restrict_publishing","kind":"shield_shop","kind":"delete_listing",\
            "kind":"deduct_points","points":,"kind":"close_product_sharing","kind":"restrict_permissions",\
            "kind":"freeze_payouts","kind":"search_demotion","kind":"delist","kind":"remove_from_platform",\
            "kind":"suspend","days":,"kind":"fine","kind":"require_deposit","kind":"deduct_deposit","amount_cny":\
            "notes":"exempt":" applies to host, merchant, user, not buyer"\
            {"policy":"-诱导站外交易","policy_version":"2026.","count_before":0,"count_after":1,"actions":[{"kind":"warning"}],\
            "appeal_deadline":"2026-01-01T00:00:00Z",
            """.utf8)
    }

    /// Window bits for raw deflate (negative: no zlib header or checksum; the row is the frame).
    /// 4 KiB holds any dictionary above and the start of the text.
    private static let windowBits: Int32 = -12
    /// A small hash (2^(2+7) entries) keeps each call's setup cheap; these texts are short.
    private static let memoryLevel: Int32 = 2

    /// `bytes` deflated against `dictionary`, as a BLOB.
    package static func pack(_ bytes: some Collection<UInt8>, _ dictionary: Dictionary) -> Data {
        var input = Array(bytes)
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            // Out of memory: keep it as it is (it reads back the same).
            return Data(input)
        }
        defer { deflateEnd(&stream) }
        let dictionaryBytes = dictionary.bytes
        _ = dictionaryBytes.withUnsafeBufferPointer { deflateSetDictionary(&stream, $0.baseAddress, UInt32($0.count)) }
        let bound = Int(deflateBound(&stream, UInt(input.count)))
        var out = [UInt8](repeating: 0, count: bound + 1)
        out[0] = dictionary.rawValue
        let status = input.withUnsafeMutableBufferPointer { inP in
            out.withUnsafeMutableBufferPointer { outP in
                stream.next_in = inP.baseAddress
                stream.avail_in = UInt32(inP.count)
                stream.next_out = outP.baseAddress! + 1
                stream.avail_out = UInt32(bound)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return Data(input) }
        return Data(out[0..<(1 + Int(stream.total_out))])
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
    /// inflate were stored as they are (an earlier release kept refused input raw, whatever its
    /// first byte), so they read as they are.
    package static func unpack(_ data: Data) -> [UInt8] {
        inflated(data) ?? Array(data)
    }

    private static func inflated(_ data: Data) -> [UInt8]? {
        guard let first = data.first, let dictionary = Dictionary(rawValue: first) else { return nil }
        var input = Array(data.dropFirst())
        var stream = z_stream()
        guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        let dictionaryBytes = dictionary.bytes
        guard dictionaryBytes.withUnsafeBufferPointer({ inflateSetDictionary(&stream, $0.baseAddress, UInt32($0.count)) }) == Z_OK
        else { return nil }
        var out = [UInt8](repeating: 0, count: max(256, input.count * 6))
        var produced = 0
        let ok = input.withUnsafeMutableBufferPointer { inP -> Bool in
            stream.next_in = inP.baseAddress
            stream.avail_in = UInt32(inP.count)
            while true {
                if produced == out.count { out += [UInt8](repeating: 0, count: out.count) }
                let status = out.withUnsafeMutableBufferPointer { outP -> Int32 in
                    stream.next_out = outP.baseAddress! + produced
                    stream.avail_out = UInt32(outP.count - produced)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    produced = outP.count - Int(stream.avail_out)
                    return status
                }
                if status == Z_STREAM_END { return true }
                if status != Z_OK && status != Z_BUF_ERROR { return false }
                // No progress with room to spare: the input ended early.
                if status == Z_BUF_ERROR && produced < out.count { return false }
            }
        }
        guard ok else { return nil }
        out.removeLast(out.count - produced)
        return out
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
