import Foundation
import SluiceModel

/// Synthetic, varied listing events for load tests: every platform, scene, actor and category;
/// clean text (including honest look-alikes) and diversion in several disguises.
package struct SyntheticStream: Sendable {
    package var violationRatio: Double
    package var merchants: Int
    package var prefix: String
    private var rng: SplitMix
    private var index = 0

    package init(seed: UInt64, violationRatio: Double, merchants: Int, prefix: String) {
        rng = SplitMix(seed: seed)
        self.violationRatio = violationRatio
        self.merchants = max(1, merchants)
        self.prefix = prefix
    }

    /// The next event, and whether it was generated as a violation.
    package mutating func next(observedAt: Double = Timestamp.now) -> (event: ListingEvent, violating: Bool) {
        index += 1
        let platform = Platform.allCases.randomElement(using: &rng)!
        let violating = Double.random(in: 0..<1, using: &rng) < violationRatio
        let category = Self.categories.randomElement(using: &rng)!
        let actor: Actor = Double.random(in: 0..<1, using: &rng) < 0.8 ? .merchant : [.host, .buyer, .user].randomElement(using: &rng)!
        let product = Self.products[category]!.randomElement(using: &rng)!
        var parts = [ListingPart(scene: .title, text: "\(product) \(Self.titleTails.randomElement(using: &rng)!)")]
        let detail = Self.clean.randomElement(using: &rng)!.replacingOccurrences(of: "{p}", with: product)
        parts.append(ListingPart(scene: .detail, text: detail))
        if Double.random(in: 0..<1, using: &rng) < 0.3 {
            parts.append(ListingPart(scene: .comment, text: Self.lookAlikes.randomElement(using: &rng)!))
        }
        if violating {
            let scene = [Scene.detail, .comment, .liveChat, .chat, .note, .reviewReply, .sku, .imageOCR].randomElement(using: &rng)!
            parts.append(ListingPart(scene: scene, text: diversion()))
        }
        let event = ListingEvent(
            listingID: "\(prefix)-\(index)", revision: 1, platform: platform,
            merchantID: "m-\(Int.random(in: 1...merchants, using: &rng))", actor: actor, category: category,
            observedAt: Timestamp.format(epoch: observedAt), parts: parts.shuffled(using: &rng))
        return (event, violating)
    }

    private mutating func digits(_ n: Int) -> String {
        String((0..<n).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) })
    }

    private mutating func handle() -> String {
        let letters = Array("abcdefghijkmnpqrstuvwxyz")
        return String((0..<Int.random(in: 4...7, using: &rng)).map { _ in letters.randomElement(using: &rng)! }) + "_" + digits(3)
    }

    private mutating func phone() -> String {
        ["138", "139", "150", "159", "177", "186", "188"].randomElement(using: &rng)! + digits(8)
    }

    private mutating func diversion() -> String {
        let p = phone()
        let numerals = p.map { Self.chineseDigits[Int(String($0))!] }.joined()
        let spaced = p.map(String.init).joined(separator: " ")
        let templates = [
            "想要的加微信 \(handle())，价格更低",
            "亲，拍之前加我vx：\(handle())，给你发实拍",
            "需要的姐妹加薇信 \(handle())",
            "售后问题直接打电话 \(p)",
            "联系电话：\(numerals)",
            "手机 \(spaced) 私聊",
            "加扣扣 \(digits(9)) 发资料",
            "去闲鱼搜“\(handle())”，比这里便宜",
            "私下转账可以便宜50，不走平台",
            "大件走线下，欢迎到店看货，当面交易",
            "进我们的微信群，每天发福利，扫码加群",
            "复制口令 ￥\(handle().replacingOccurrences(of: "_", with: "A"))Xy￥ 打开淘宝",
            "官网下单更优惠 www.\(handle().replacingOccurrences(of: "_", with: "")).com",
            "有意者发邮件 \(handle())@163.com",
            "上飞机联系，tg：@\(handle())",
        ]
        return templates.randomElement(using: &rng)!
    }

    static let chineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    static let categories = ["jewelry", "wenwan", "apparel", "beauty", "food", "electronics", "home", "education", "pets", "other"]
    static let products: [String: [String]] = [
        "jewelry": ["和田玉手镯", "18K金项链", "南红吊坠", "莫桑石戒指"],
        "wenwan": ["小叶紫檀手串", "文玩核桃", "菩提子手链"],
        "apparel": ["V领针织衫", "羊毛大衣", "牛仔裤"],
        "beauty": ["保湿面霜", "口红套装", "防晒喷雾"],
        "food": ["旺仔QQ糖", "五常大米", "普洱熟茶", "咸鱼干"],
        "electronics": ["卫星天线", "蓝牙耳机", "扫码枪", "二维码打印机"],
        "home": ["实木餐桌", "乳胶床垫", "企鹅玩偶"],
        "education": ["雅思网课", "奥数思维课"],
        "pets": ["猫粮", "狗狗牵引绳"],
        "other": ["二手相机", "露营帐篷"],
    ]
    static let titleTails = ["新款热卖", "包邮", "限时特价", "官方正品", "现货速发", "年终大促"]
    static let clean = [
        "{p}，品质保证，七天无理由退换。有问题请联系在线客服。",
        "这款{p}做工精细，尺寸请参考详情页图片，下单备注颜色。",
        "{p}支持花呗分期，顺丰包邮，订单号可在订单详情查看。",
        "关注店铺加入粉丝群，领取{p}专属优惠券。",
        "{p} 批次号 2024110812345，生产日期见包装。",
    ]
    static let lookAlikes = [
        "物流单号 YT7712345678901 已发货，请注意查收",
        "收到了，质量不错，会回购",
        "有问题可以私信客服哦",
        "小心那些让你加微信的骗子，只在平台下单",
        "颜色和图片一样，很满意",
    ]
}
