/// Realistic marketplace text of a chosen length, for benchmarks: product copy, comments and
/// chat, with diversion in some of it, in the proportions a stream has.
package struct RealisticText: Sendable {
    private var rng: SplitMix

    package init(seed: UInt64) { rng = SplitMix(seed: seed) }

    static let sentences = [
        "这款羊毛大衣采用双面呢工艺，手感柔软，版型宽松，适合多种身材。",
        "尺码说明：S/M/L，身高160-175cm可选，详细尺码表见下图。",
        "本店所有商品支持七天无理由退换，退换时请保持吊牌完整。",
        "亲，收到货有任何问题请联系在线客服，我们会第一时间为您处理。",
        "物流单号 YT7712345678901 已发出，预计三天内送达。",
        "和田玉手镯，种水细腻，附带国检证书，证书编号 NGTC2024110873。",
        "宝宝们这个价格真的很划算，库存不多了，喜欢的赶紧下单哦！",
        "蓝牙5.3连接稳定，续航20小时，支持IPX7防水，户外运动首选。",
        "质量很好，和图片一样，物流也很快，会回购的。",
        "关注店铺加入粉丝团，每周都有专属优惠券发放。",
        "V领针织衫搭配半身裙，秋冬通勤必备单品。",
        "生产日期见包装，保质期12个月，请置于阴凉干燥处。",
    ]
    static let diversions = [
        "想要更低价的加我微信 shop_li88 私聊。", "大件走线下，欢迎到店看货。", "售后电话：幺三八 二六七四 零九一五。",
        "加薇信 mm_beauty520 领小样。", "去闲鱼搜同名店铺，那边便宜。", "➕🛰 gold_88 私下转账更便宜。",
    ]

    /// Text of about `length` characters; `diversionRate` of them carry one diversion sentence.
    package mutating func text(length: Int, diversionRate: Double = 0.3) -> String {
        var out = ""
        let divert = Double.random(in: 0..<1, using: &rng) < diversionRate
        var inserted = !divert
        while out.count < length {
            if !inserted && (out.count > length / 3 || length < 80) {
                out += Self.diversions.randomElement(using: &rng)!
                inserted = true
            } else {
                out += Self.sentences.randomElement(using: &rng)!
            }
        }
        return String(out.prefix(length))
    }
}
