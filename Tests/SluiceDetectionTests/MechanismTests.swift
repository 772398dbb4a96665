import Testing
@testable import SluiceDetection
@testable import SluiceModel

/// One test per general weakness found by reading the rules and the code adversarially (issue
/// 10), with text written for the mechanism — none of it is a corpus line — so none can come back.
@Suite("Detection mechanisms")
struct MechanismTests {
    // MARK: Context never deletes evidence

    @Test("a warning, feature or suppression word in another clause erases no contact", arguments: [
        ("本店不卖假货，加微信 abc12345", Signal.wechat), ("支持视频通话，电话 13812345678", .phone),
        ("谨防假冒，QQ 469201738", .qq), ("骗子太多了，官网 www.shop-abc.com 下单", .link),
        ("消息提醒很及时，邮箱 shop_li@163.com", .email), ("一律不议价。售后 vx：kefu_2024", .wechat),
    ])
    func contextKeepsContacts(text: String, signal: Signal) {
        #expect(signals(text).contains(signal), "\(text) → \(signals(text))")
    }

    @Test("a negation cancels only what it negates", arguments: [
        ("别犹豫了 v我", true), ("不要错过，加微信 abc12345", true), ("没有中间商，加我微信领券", true),
        ("不要加微信", false), ("我们从来不让顾客加微信", false), ("不接受私下转账和见面交易", false),
        ("不会让大家去闲鱼、转转下单", false), ("不用加任何人微信", false),
    ])
    func negationScope(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("an allowed phrase does not swallow a trigger that is not part of it")
    func allowedPhrases() {
        #expect(signals("私下里交易更便宜").contains(.offlineTrade))
        #expect(signals("V领毛衣，加v：shop_88").contains(.wechat))
        #expect(signals("V领毛衣 秋冬款").isEmpty)
    }

    // MARK: Numbers

    @Test("a mobile glued to other digits by a space or dash is still a mobile", arguments: [
        "电话 13812345678-801", "营业时间 9:00-18:00 13812345678", "+86 138 1234 5678", "热线 400-820 13812345678",
    ])
    func gluedMobiles(text: String) {
        #expect(signals(text).contains(.phone), "\(text)")
    }

    @Test("an unrelated word a few characters before a mobile does not make it an order number", arguments: [
        "价格便宜，13812345678", "证书齐全 13812345678 随时打", "物流很快的，要的打 13812345678",
    ])
    func unrelatedWords(text: String) {
        #expect(signals(text).contains(.phone), "\(text)")
    }

    @Test("digits in pinyin, sound-alike characters, OCR letters and spoken counts are read", arguments: [
        "dianhua yao san ba yao er san si wu liu qi ba", "电话 幺三八 幺二三四 五六七八", "电话 1З8I2345678", "手机 l38 0013 8OOO",
        "号码：一个1，两个3，然后 8，然后 1234 567",
    ])
    func spokenDigits(text: String) {
        #expect(signals(text).contains(.phone), "\(text)")
    }

    @Test("decimals and size lists are not phone numbers", arguments: [
        "尺寸 13.3/14/15.6 英寸", "屏幕 1.43 英寸，续航 14 天", "规格 13.5*18.5cm 两件装", "电池 3.7V 18650 三节",
    ])
    func decimals(text: String) {
        #expect(!signals(text).contains(.phone), "\(text) → \(signals(text))")
    }

    // MARK: Links and e-mail

    @Test("look-alike dots and at-signs, spelled punctuation and spaced characters make links and addresses", arguments: [
        ("网址 shop﹒abc﹒com", Signal.link), ("邮箱 abc﹫163.com", .email), ("www。abcshop。com 下单", .link),
        ("邮箱 abc at gmail dot com", .email), ("网址 abcshop 点 com 斜杠 item", .link), ("h t t p s : / / t . c n / a b c d", .link),
        ("联系方式 liu(at)qq(dot)com", .email),
    ])
    func spelledLinks(text: String, signal: Signal) {
        #expect(signals(text).contains(signal), "\(text) → \(signals(text))")
    }

    @Test("any top-level domain with a path is a link; a bare unknown one is not")
    func topLevelDomains() {
        #expect(signals("链接都在 linktr.ee/mimi_shop").contains(.link))
        #expect(signals("版本 v1.5 已更新").isEmpty)
        #expect(signals("说明书见 readme.txt 文件").isEmpty)
    }

    @Test("codes between slashes are not 口令 tokens")
    func skuCodes() {
        #expect(signals("规格 /AB12CD34/ 黑色 均码").isEmpty)
        #expect(signals("复制 ￥Ab12CdEf34￥ 打开").contains(.link))
    }

    // MARK: Vocabulary

    @Test("a channel named without an invitation or a pointer is not a contact", arguments: [
        "这款电子书阅读器支持微信读书", "钉钉子神器 防砸手", "复古电报机 教学套件", "LINE FRIENDS 布朗熊公仔", "云南威信县 农家腊肉",
        "收款音箱 微信支付宝都能播报", "企鹅造型加湿器，可爱",
    ])
    func channelsNamedAlone(text: String) {
        #expect(signals(text).isEmpty, "\(text) → \(signals(text))")
    }

    @Test("one-character invitations and bare letters do not make ordinary words contacts", arguments: [
        "来个大V领毛衣", "上新绿色连衣裙", "大V推荐的好物", "V系列降噪耳机", "进口企鹅玩偶", "去年买的鱼缸",
    ])
    func weakWords(text: String) {
        #expect(signals(text).isEmpty, "\(text) → \(signals(text))")
    }

    @Test("new spellings by sound, shape, initials and emoji are read from data, not listed", arguments: [
        ("加我薇芯 abc_123", Signal.wechat), ("宝子加我喂信 mm_shop88", .wechat), ("去贤鱼搜同名店铺", .platform),
        ("球球 469201738", .qq), ("加徽信：kefu_01", .wechat), ("sx交易请联系", .offlineTrade), ("🐧 469201738", .qq),
        ("✈️ @abc_shop 私聊", .otherApp), ("加 wei信 abc123", .wechat), ("qu xian yu sou tong ming", .platform),
    ])
    func newSpellings(text: String, signal: Signal) {
        #expect(signals(text).contains(signal), "\(text) → \(signals(text))")
    }

    @Test("homophones that are ordinary words are not channels without an invitation", arguments: [
        "充电宝 10000mAh", "网套包装 防震", "开口向下的抛物线", "快手粉丝团优先发货", "点右下角客服咨询",
    ])
    func accidentalSounds(text: String) {
        #expect(signals(text).isEmpty, "\(text) → \(signals(text))")
    }

    @Test("a rare form or look-alike of an everyday character reads as that character everywhere, context words too", arguments: [
        ("羣", "群"), ("線", "线"), ("伩", "信"), ("呺", "号"), ("寳", "宝"),
    ])
    func rareFormsFold(rare: String, everyday: String) {
        #expect(NormalizedText(rare).compactString(0..<1) == everyday)
        #expect(CharacterTables.isRareIdeograph(rare.unicodeScalars.first!.value))
        #expect(!CharacterTables.isRareIdeograph(everyday.unicodeScalars.first!.value))
    }

    @Test("look-alike characters in context words and numbers' cues", arguments: [
        ("私伩我拿v", Signal.wechat), ("手机呺见包裹卡", .phone), ("比線上报名便宜", .platform), ("进羣拿价", .privateGroup),
    ])
    func lookAlikesInContext(text: String, signal: Signal) {
        #expect(signals(text).contains(signal), "\(text) → \(signals(text))")
    }

    @Test("a rare character written for an everyday one of the same sound reads as the word, in terms and context alike", arguments: [
        ("大客户禩下议价", Signal.offlineTrade), ("同城可以渑交", .offlineTrade), ("进宭拿价，群号在简介", .privateGroup),
        ("想要的私鍜我拿微信", .wechat),
    ])
    func rareSoundAlikes(text: String, signal: Signal) {
        #expect(signals(text).contains(signal), "\(text) → \(signals(text))")
    }

    @Test("everyday characters that merely sound like a word stay themselves", arguments: [
        "四下看看，没找到充电器", "他撕下标签就退了", "饲料私藏配方，猫咪爱吃", "免胶贴纸 不伤墙面",
    ])
    func everydaySoundAlikes(text: String) {
        #expect(signals(text).isEmpty, "\(text) → \(signals(text))")
    }

    @Test("ideographs spaced out one by one, or parted by inserted symbols, read as written together", arguments: [
        "包 场 价 格 私 聊", "加·急·费·私·聊", "稀^有~色-价*格 私 聊",
    ])
    func characterSpacing(text: String) {
        #expect(signals(text).contains(.offlineTrade), "\(text) → \(signals(text))")
        let norm = NormalizedText(text)
        #expect(norm.gapBefore.dropFirst().allSatisfy { !$0 }, "\(text): gaps kept")
    }

    @Test("a plus sign used as the verb 加 reads as 加; between two things it stays a plus", arguments: [
        ("想要一手货源的➕我，我帮你对接厂家", true), ("想要一手货源的+我，我帮你对接厂家", true), ("午餐接龙在楼里的群，想➕的私我", true),
        ("泡沫箱+网套包装", false), ("1+1组合装", false), ("套餐A+套餐B一起拍更便宜", false),
    ])
    func plusAsAdd(text: String, violation: Bool) {
        expectVerdict(text, violation)
        #expect(NormalizedText(text).compact.contains(0x52A0) == violation)
    }

    @Test("the speaker leaving a way to reach them (我留了方式) is a pointer with or without a clause after; something left to the speaker is a deed", arguments: [
        ("最新一期视频结尾我留了方式。全场包邮", true), ("最新一期视频结尾我留了方式", true), ("爸妈出门前给我留了银行卡，我用卡在这上面付的", false),
    ])
    func speakerLeftAWay(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("the rules' own spellings of characters reach the words that invite and point, not only the terms", arguments: [
        "价格不方便说，私撩问", "价格不方便说，私亻言问",
    ])
    func respelledContext(text: String) {
        #expect(!signals(text).isEmpty, "\(text) → \(signals(text))")
    }

    @Test("initials that are an ordinary word (a size, a blank) are that word", arguments: [
        "这件尺寸xl的也有，那边能换", "可以xx码的换，同城顺丰到付", "xxl的宝宝那边能拍",
    ])
    func initialsThatAreWords(text: String) {
        #expect(signals(text).isEmpty, "\(text) → \(signals(text))")
    }

    @Test("a discussion word naming a group's or guide's topic (避坑交流群) discusses nothing; said of the words, it still does", arguments: [
        ("二手车避坑交流群，进群免费验车，扫主页二维码", true), ("防骗指南在置顶，想进群的扫主页二维码", true),
        ("二手车避坑：别加陌生人微信，进群的都是骗子", false),
    ])
    func topicNamesNoDiscussion(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("what is in the listing's link is the listing; a link handed over, or goods said not to be in it, is not", arguments: [
        ("价格都在链接里，想要的直接拍，有问题私我", false), ("尺码表在链接上，按身高选", false),
        ("今天的限量款不在链接里，私信我", true), ("要链接的，私我", true),
    ])
    func listingLink(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a refusal reaches through 'any kind of' to 私下, which is the word 'private' and no invitation; 不想等的加我 still invites", arguments: [
        ("本店交易都在平台完成，不接受任何形式的私下转账", false), ("不想等的加我微信 abc_123", true),
    ])
    func refusalThroughAnyKind(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("the brand's official after-sales line is the maker's; a number offered for a sale is not", arguments: [
        ("这个问题建议联系品牌官方售后 400-666-0123 检测", false), ("全国统一服务热线 400-820-1234，联系我们享批发价", true),
    ])
    func officialAfterSales(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a rule told, then got round in a later clause (所以 …), is the speaker's offer; the rule told alone is not", arguments: [
        ("平台规定不能留联系方式，所以放在头像里了，自己看", true), ("平台规定不能留联系方式，有问题请点客服", false),
    ])
    func ruleGotRound(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a phrase-parting space and a list's separators stay gaps")
    func phraseSpacesStay() {
        let norm = NormalizedText("谁要 我这里有")
        #expect(norm.gapBefore[2])
        #expect(NormalizedText("红/黄/蓝").gapBefore[1])
        #expect(signals("颜 色 ： 红 黄 蓝 绿").isEmpty)
    }

    @Test("context words and contact cues spelled in pinyin read as the words (one spelling is a term and a near rule's half too)", arguments: [
        "尺码表和 wei xin 在我主页背景图", "有问题加我 qi e 28374619",
    ])
    func pinyinContext(text: String) {
        #expect(!signals(text).isEmpty, "\(text) → \(signals(text))")
    }

    // MARK: Parts

    @Test("an invitation in one part reaches a handle in the next, and each finding points into its part")
    func acrossParts() throws {
        let event = ListingEvent(listingID: "x", revision: 1, platform: .douyin, merchantID: "m", actor: .merchant, category: "other",
                                 observedAt: "2026-11-30T00:00:00Z",
                                 parts: [ListingPart(scene: .title, text: "想要同款的加我"), ListingPart(scene: .detail, text: "shop_li88 备注来意")])
        let findings = detector.detect(event)
        let f = try #require(findings.first { $0.signal == .wechat && $0.counts })
        #expect(f.part == 0 || f.part == 1)
        #expect(f.scene == event.parts[f.part].scene)
        let text = Array(event.parts[f.part].text.unicodeScalars)
        #expect(f.span.end <= text.count)
        #expect(String(String.UnicodeScalarView(text[f.span.start..<f.span.end])) == f.excerpt)
        // The same listing read as one text finds the same signals (what `pipectl eval` does).
        let joined = event.parts.map(\.text).joined(separator: "\u{2029}")
        #expect(Set(detector.counted(findings).map(\.signal)) == signals(joined))
    }

    // MARK: Who is speaking

    @Test("reported, quoted, described and questioned offers are discussion; the speaker's own offers and requests are not", arguments: [
        ("有人私信我让加他微信 abc12345，别信", false), ("客服让我加QQ 469201738 处理，这是你们的人吗？", false),
        ("卡片上印着“加微信领红包”，我没加", false), ("评论区那些让加微信的都是骗子", false),
        ("场控说要我加他WhatsApp看货，这是官方的吗？", false), ("我问能不能加微信，她说只能在小店沟通", false),
        ("主播能私下转账吗？平台扣点太高", true), ("被骗过的姐妹加我微信 abc_12345 教你维权", true), ("想要的加我微信，老客户都知道", true),
    ])
    func voice(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a request echoed as a question and turned down is refused, not offered; an echo answered yes, or a contact, still counts", arguments: [
        ("加微信？不行哦，有事在这里问", false), ("线下交易？抱歉，只能平台下单", false), ("私下转账？算了吧，走平台安心", false),
        ("加微信？可以的，私聊发你", true), ("加微信？不行就打电话 13812345678", true), ("要私下交易？不能少于两件", true),
        ("不了，加微信 abc_12345 聊", true),
    ])
    func echoedRefusal(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("contact exchanged without naming a channel: details offered on request, or the buyer's own asked for with a promise to reach them", arguments: [
        ("想了解的私我拿联系方式", true), ("找客服要联系方式，私下有优惠", true), ("留个手机号，我联系你安排", true), ("留下微信，我拉你进群", true),
        ("请在订单备注留个电话，快递员会打给你", false), ("联系方式已更新，请以订单页为准", false), ("不要在评论区留联系方式", false),
    ])
    func contactExchange(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a handle spelled out character by character is still a handle; words separated by spaces are not")
    func spacedHandle() {
        #expect(signals("vx：s u n n y 8 8 6").contains(.wechat))
        #expect(signals("加我 v：m i a o 2 0 2 3").contains(.wechat))
        #expect(signals("vx 支持 hello world").isEmpty)
    }

    @Test("what a card or note says is reported, not spoken; a QR code to the shop's own page or to tracking is no diversion", arguments: [
        ("包装盒上写着加微信领红包，没理", false), ("卡片让加微信返现，我没加", false), ("扫码关注店铺，上新提醒", false), ("售后卡扫码可查快递", false),
        ("扫码加我微信领红包", true), ("更多款式请移步闲鱼：小满的店", true),
    ])
    func reportedAndOwn(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a group is named by what it is for; a crowd or a cluster is no group", arguments: [
        ("想进读书群的扣1", true), ("加宝妈福利群领资料", true), ("拉你进我们的群", true),
        ("增加人群覆盖，提升转化", false), ("适用人群：上班族", false), ("服务器集群部署方案", false),
    ])
    func groupNames(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("an idiom or a platform word holds no context: 懂的都懂 describes nothing, 上链接 is the cart", arguments: [
        ("私下找我，懂的都懂", true), ("主播马上上链接，大家准备好", false), ("三号链接库存不多", false), ("私下我觉得这款更好", false),
        ("私下交易过几次都很顺利，这次走平台", false), ("私下交易无法保障您的权益", false), ("私下交易更便宜", true),
    ])
    func idiomsAndPlatformWords(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("service the platform order holds is no diversion: the merchant phones the buyer, the shop serves or redeems the order, a link delivers to the order's e-mail", arguments: [
        ("下单后师傅会电话联系您预约上门时间", false), ("支持到店维修，也可以寄修", false), ("凭订单号到门店可免费清洗一次", false),
        ("在实体店试过才来这里买的", false), ("资料通过网盘链接发送到订单预留邮箱", false), ("费用请拍补差价链接", false),
        ("请电话联系我 13812345678", true), ("来店里买比网上便宜", true), ("资料在网盘，链接私信发你", true),
    ])
    func orderService(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("chat moved off the platform without naming where, money routed to the seller, a ping: all diversion", arguments: [
        ("这边聊天会被监控，咱们换个地方聊", true), ("差价我们线下结算", true), ("定金付到我银行卡就行", true), ("想要的滴我 🛰", true),
        ("你看我头像，扫一下就行", true), ("这边聊天会被监控吗？", true),
    ])
    func movedOff(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a title, a listener's own channel, a rival's fakes and a finished phrase before a space are not offers", arguments: [
        ("图书：《私下交易的艺术》全新", false), ("我朋友在你们线下店买过，说不错", false), ("我让助理一个个加你们微信", true),
        ("闲鱼上的可能不是正品，我们有授权", false), ("没抢到的别急 去闲鱼搜同名", true), ("别急，不要私下交易", false),
        ("不要轻信“私下交易更便宜”", false),
    ])
    func notOffers(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a number with its country code is a phone; a domain reserved for examples reaches nobody; English invitations count", arguments: [
        ("WhatsApp me: +852 6123 4567", true), ("call +1 415 555 0100 for wholesale", true), ("有事打 +44 20 7946 0958", true),
        ("邮箱格式示例：name@example.com", false), ("网址示例 www.example.org/path", false), ("满199+30元送礼品", false),
        ("add me on telegram", true), ("Compatible with WhatsApp and Telegram notifications", false),
    ])
    func internationalAndReserved(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a video frame to pause on, a card to copy from, the marketplace's nickname; a blogger's recommendation reported", arguments: [
        ("看我主页置顶视频最后一帧", true), ("包裹里有张卡片，照着加就行", true), ("去海鲜市场找我，便宜一半", true),
        ("视频最后一帧有彩蛋", false), ("海鲜市场同款冷冻虾仁", false), ("和小红书上博主推荐的一样", false),
    ])
    func pointersAndNicknames(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("letters read as initials need a plain invitation, and a code after a hyphen makes them a model; sound-alikes across words need care", arguments: [
        ("佳能相机 备用电池 LP-E6", false), ("加湿器 卫生 易清洗", false), ("VX-A300 无线鼠标", false),
        ("加我 lp：mm_2288", true), ("寇寇：385726194", true), ("店话 139 2233 4455", true),
    ])
    func initialsAndCodes(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("the platform's own channels and pickups are no diversion; a cash discount is, and a coupon is not cash", arguments: [
        ("同城配送，也可到店自提", false), ("被人私信说可以私下便宜买，没理他", false), ("现金券可以优惠20元", false),
        ("付现金的话可以再少五十", true), ("团购券到店后还可以再谈价", true), ("现金支付可以打九折，到店自提", true),
    ])
    func ownChannels(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("context words and sound-alikes are read within a clause: a report does not form across a quote and a comma", arguments: [
        ("评论区打“好的”，我发你网盘链接", true), ("回复“想要”，我发你百度网盘", true),
        ("拍了视频，导出来就行", false), ("做完视频，导入相册", false),
    ])
    func clauseBound(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a word after a channel's name invites only in its own phrase: not across a bracket, not before a negated predicate, not as a listed feature", arguments: [
        ("定制门牌可印二维码（酒店前台用）", false), ("求个链接（这里的橱窗就行）", false),
        ("我在小程序里没找到这款", false), ("咸鱼上不卖这个", false),
        ("手表支持通话、微聊、计步", false), ("收音机、闲鱼、书包都是二手的", false),
        ("有事微聊，随时在", true), ("咸鱼上搜我店名", true), ("小程序里下单更便宜", true),
    ])
    func wordsAfter(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a single letter owned by the words an invitation reaches through is their object: 加一下我们老板的V", arguments: [
        ("要批发价的加一下我们老板的V", true), ("加个店长的v，发你实拍", true), ("加一下腰带更好看，深V款", false),
    ])
    func ownedLetter(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("posting somewhere is no invitation; sending to the speaker is", arguments: [
        ("做好的蛋糕发到朋友圈，亲戚都点赞", false), ("设计稿发到我邮箱 studio_k@163.com", true), ("样图发到我的微信，秒回", true),
    ])
    func postingVersusSending(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a report ends where the speaker speaks for themselves again; a third person or a speech verb keeps it reported", arguments: [
        ("大家都说我这便宜，想要的加我微信 mm_7788 看看", true), ("有人问我要联系方式，我统一说一下：加我微信 lw_2290", true),
        ("客服让我加他微信，我没加，他还发了微信号 kf_8812", false), ("有人私信我，说加我微信 ab_1234 能退款", false),
    ])
    func reportEnds(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("in a text that warns, an invitation to the speaker is still theirs; one reported or quoted is not", arguments: [
        ("被坑过的姐妹别怕，需要的私我要联系方式", true), ("被骗过一次，那人让我私他要联系方式", false),
        ("避雷，朋友问能不能加我微信私下买，我拒绝了", false),
    ])
    func invitationToSpeaker(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("quoted words made a kind by 的, or half of a pair quoted, are someone else's; a quoted offer with a handle is not", arguments: [
        ("评论区一堆“加我看主页”的，烦死了", false), ("评论区全是“加我”，真烦", false), ("“加我微信 ab_1234”的福利只有今天", true),
    ])
    func quotedKinds(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a negation reaches through invitation words, and 不存在 negates", arguments: [
        ("本店不存在私下加价", false), ("我们不会私信任何人要联系方式", false), ("卖家一直问我要微信，烦", false),
    ])
    func negationThroughInvitations(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a clause of one character joins its neighbours: transcribed speech puts commas between syllables", arguments: [
        ("加我那个，威，信，号码打在公屏上", true), ("那个，嗯，加，v，私聊", true), ("好，谢谢，不加微信也可以", false),
        ("加，微信，abc12345", true), ("支持视频通话，亲，平台扣点太高，您直接吱付宝转我", true),
    ])
    func singleCharacterClauses(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a QR code for the product's own video is honest, one that adds the speaker is not; a reported question is a report", arguments: [
        ("扫码观看使用视频", false), ("扫码加我，看使用视频", true), ("有的人问能不能私下交易，不行的", false),
        ("我发个人联系方式给你", true), ("请核对发货联系方式", false), ("你们私聊我，我们线下成交", true),
    ])
    func spokenLiveCommerce(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("an app used as a tool where a product works is no meeting place; 到 that is not a destination invites nobody", arguments: [
        ("礼品卡到货后在微信上绑定", false), ("年卡到手后在微信读书里兑换", false), ("电子卡密到账后在微信小程序里激活", false),
        ("加我微信，在微信上激活会员", true), ("微信上联系我", true), ("收到后到闲鱼上搜我", true),
    ])
    func appAsTool(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("the speaker's own account is no one else's; skipping the platform is offline trade however it is negated", arguments: [
        ("在抖音搜我们的账号“小店官方”私信", true), ("冒充客服的账号都是骗子", false),
        ("以后直接找我，不用再走平台", true), ("已补发，不用再拍", false),
    ])
    func ownAccountsAndSkippingThePlatform(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("an address spelled out character by character after a colon, with ideographic full stops for dots, is read", arguments: [
        ("官网：w w w 。x i a o y a 。c o m", true), ("邮箱：s h o p @ 1 6 3 。 c o m", true), ("微信：l i l y _ 9 9", true),
        ("好 的 。 谢 谢 。 收 到", false), ("尺码：S M L XL 均有", false),
    ])
    func spelledAddresses(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("a pointer to any picture or corner, or to a code to screenshot, shows a contact; a picture's honest contents do not", arguments: [
        ("视频最后一帧有二维码，截图识别就行", true), ("第三张图右下角是我的号，加那个", true),
        ("货号在第一张图左上角", false), ("看第二张图，找到我们的店铺入口", false),
    ])
    func picturePointers(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a QR code scanned with the platform's own app is honest on that platform only; another marketplace's app never is")
    func ownAppQRCodes() {
        expectVerdict("请用抖音扫码关注我们", false, platform: .douyin)
        expectVerdict("请用抖音扫码关注我们", true, platform: .taobao)
        expectVerdict("打开手机淘宝扫一扫二维码，领店铺优惠券", false, platform: .taobao)
        expectVerdict("打开手机淘宝扫一扫二维码，领店铺优惠券", true, platform: .douyin)
        expectVerdict("扫码进京东app领券", true, platform: .douyin)
    }

    @Test("a channel that only sells the product elsewhere is no invitation: 京东也卖")
    func soldElsewhere() {
        #expect(signals("这款在京东也卖，但我们是官方授权店", platform: .taobao).isEmpty)
        #expect(!signals("闲鱼有卖，去那边拍", platform: .taobao).isEmpty)
    }

    @Test("a channel's locative made attributive by 的 describes what is there; 上 or 里 before a verb still invites", arguments: [
        ("淘宝上的评价都是刷的，别信", false), ("拼夕夕上的东西能买吗", false), ("京 东 上 的 价 格 差 不 多", false),
        ("淘宝上搜 小林家 更便宜", true), ("微博上搜 小林同学 有链接", true),
    ])
    func attributiveLocatives(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("where something was seen or bought is a report, not an invitation to go there", arguments: [
        ("在快手直播间刷到的，来这里下单了", false), ("闲鱼上买过一个，是假的", false), ("微博上看到的热搜同款", false),
        ("去快手直播间找我，更便宜", true), ("闲鱼上拍，私聊改价", true),
    ])
    func seenOrBoughtThere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("apps and marketplaces by their common nicknames and abbreviations, with an invitation; the honest words they hide in", arguments: [
        ("关注我围脖 每天抽奖", true), ("微博私信我 领资料", true), ("加我IG：lilycloset", true), ("追蹤我的IG：@lily.closet", true),
        ("狗东有同款 去狗东搜 小王数码", true), ("夕夕搜 小林百货 同款", true), ("要的 zfb 转我 直接发货", true),
        ("针织围脖 加厚", false), ("狗东西 又迟到", false), ("支持zfb花呗分期", false), ("来看看ig战队同款队服", false),
        ("我的igloo冰屋模型", false), ("看我的design作品集", false),
    ])
    func nicknamesAndAbbreviations(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a request for a channel's handle asks for a contact; asking its price or a count does not", arguments: [
        ("主播微信多少", true), ("老板你vx是多少", true), ("主播企鹅号多少 我加你", true),
        ("淘宝多少钱 这里多少钱", false), ("这个v领多少钱", false), ("京东多少块", false), ("群多少人", false),
    ])
    func handleRequests(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("listeners invited into a channel are its guests, not its owners: 拉你们进v群 invites, 你们微信群 asks about theirs", arguments: [
        ("我拉你们进微信群 发福利", true), ("带你们进v群 每天抽奖", true), ("你们微信群还招人吗", false),
    ])
    func listenersInvitedIn(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("English invitations, an English ID label before a handle, and English ways of paying outside; honest English text", arguments: [
        ("Follow us on Instagram for discount codes", true), ("Let's move to Telegram, easier", true),
        ("join our WhatsApp group for deals", true), ("WeChat ID: lucy_trade88", true), ("Line ID: ami_tw88", true),
        ("pay me directly and save the fee", true), ("add me on snapchat: jenny_kk", true),
        ("Join our membership program at checkout for points", false), ("Follow us on this store page for new arrivals", false),
        ("Move to the next size if between sizes", false), ("Refund will be transferred directly to your account", false),
        ("Messenger bag canvas men", false), ("Product ID: SKU_2024_blue", false),
    ])
    func english(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("asking the buyer to leave a contact (留个邮箱) invites; leaving a phone for the courier, a review or a follow does not", arguments: [
        ("图片看不清 留个邮箱吧 我发给您", true), ("亲 留个微信 发您实拍", true),
        ("下单时留个电话，方便快递联系", false), ("留下您宝贵的好评", false), ("给主播留个关注", false),
    ])
    func leaveAContact(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a question about what something is (是…吗) or which way to go (还是…？) asks; a request or a statement after it offers", arguments: [
        ("这个是淘宝同款吗", false), ("这个是闲鱼上那家吗？", false), ("你们是不是在小红书也有店？", false),
        ("要在这里拍还是去拼多多拍？", false),
        ("是不是可以加你微信？", true), ("能加你微信吗？", true), ("加你vx吗？", true), ("想要便宜的？去拼多多搜同名店", true),
        ("这是我的微信吗？加我 abc_1234", true),
    ])
    func questionsAsk(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a failed attempt (联系不上, 加不了, 搜不到) reports what could not be done; an offer beside it still counts", arguments: [
        ("客服电话打不通，怎么办", false), ("微信加不上你们客服", false), ("QQ搜不到这个群", false), ("进不了群怎么办", false),
        ("电话联系不上的话加我微信 wx_88771", true), ("搜不到的进群 559876213", true), ("这个不上车，要的私下找我", true),
        ("平台上不了架，加我微信下单", true),
    ])
    func failedAttempts(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a code scanned to reach the listing platform's own page stays on the platform; on another platform it leads away", arguments: [
        ("扫码关注视频号，开播提醒", Platform.wechatChannels, false), ("扫码关注视频号，开播提醒", .douyin, true),
        ("扫码进抖音直播间", .douyin, false), ("扫码进抖音直播间领券", .taobao, true), ("扫码加我，视频号同名", .wechatChannels, true),
    ])
    func codesToTheOwnPlatform(text: String, platform: Platform, violation: Bool) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a handle after where to search for it (搜) is a pointer; a spaced-off dot between words is an address's dot, not between digits", arguments: [
        ("tg 搜 @lin_handmade", Signal.otherApp), ("请移步 w w w . xiaolin-shop . c n 优惠更大", .link),
        ("请移步 www . xiaolin-shop . cn 优惠更大", .link), ("邮箱 lin123 @ 163 . com", .email),
    ])
    func searchAndSpacedDots(text: String, signal: Signal) {
        #expect(signals(text, platform: .taobao).contains(signal), "\(text) → \(signals(text, platform: .taobao))")
    }

    @Test("a complaint about what the platform takes is a reason to leave it, not a report", arguments: [
        ("不想被平台抽成的加我v", true), ("那家店被平台封了", false),
    ])
    func platformComplaints(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a number with digits masked out (1386****321) is shown for checking, not offered", arguments: [
        ("收货人微信 1386****321 已核对", false), ("收货电话是1386****321吗", false), ("有事打电话 138 1234 5678", true),
    ])
    func maskedNumbers(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a report cue read across a writer's space (谁要 我…) is none; one written whole still reports", arguments: [
        ("谁要 我有货 加我v", true), ("客服要我加他v，我没加", false),
    ])
    func reportAcrossSpace(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a colour nickname is read with or without 的 (绿色的app, 绿色软件)", arguments: [
        "绿色的app上聊", "有事绿色的软件上说", "黄色的软件上搜我", "就那个绿色的app 搜我全名",
    ])
    func colourNicknames(text: String) {
        expectVerdict(text, true, platform: .kuaishou)
    }

    @Test("refusals (不做, 不接), where an app was recommended, and what a product may take on board are honest; the invitations beside them are not", arguments: [
        ("本店不做私单，只走平台", false), ("同事在微信上推荐了这家店", false), ("充电宝可带上飞机", false), ("收款码挂件 亚克力", false),
        ("上飞机找我 资源多", true), ("闲鱼上挂着呢 搜我昵称", true),
    ])
    func honestWordsAroundTriggers(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("asking for a payment code, or a WeChat id that is the account id shown here, is a way off the platform", arguments: [
        "我要了 发个收款码吧", "拍不了 发张收款码来", "我vx就是我快手号 价格好说", "微信就是我的抖音号",
    ])
    func paymentCodesAndDerivedIDs(text: String) {
        expectVerdict(text, true, platform: .kuaishou)
    }

    @Test("a handle written before the channel's name and tied to it by 是 is its pointer; a code before 是 that names no channel is not", arguments: [
        ("lily_0925 这个是我薇", true), ("wang_8823 是我vx", true), ("amy_2288 就是我卫星", true), ("shop_li 是我绿泡泡", true),
        ("订单 abc_12345 是我上周拍的", false), ("款号 abc_2024 是我们家的爆款", false),
    ])
    func handleBeforeTheName(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a handle spelled out in text spaced character by character is read whole, however the spacing drifts", arguments: [
        "添 加 客 服 微 言 : abc d 1 2 3", "加 一 下 客 服 主 管 的 v : lily 0 9 2 5",
    ])
    func driftingSpacedHandles(text: String) {
        expectVerdict(text, true, platform: .douyin)
    }

    @Test("a contact offered a few words after a warning counts; a warning right at it or right after it does not", arguments: [
        ("被坑过的姐妹找我 电话 138 2233 8877", true), ("别信那些骗子 我的号在背景图上", true),
        ("这个号天天发 13900001111 引流", false), ("骗子微信 abc12345 大家别加", false), ("骗子 微信 abc12345 大家别加", false),
    ])
    func warningsAndOfferedContacts(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("after a report, the speaker answering in their own voice (我说一下, a new phrase with 我) speaks for themselves", arguments: [
        ("有人问哪里买 我说一下 去闲鱼搜小王数码", true), ("主播说不能私下 但我可以 加我v amy_2288", true),
        ("有没有人一起拼 拼单群 859302716", true), ("客服让我加他微信，我没加", false),
    ])
    func ownVoiceAfterReports(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a trigger as a topic the speaker then refuses (私下交易我们是不做的) is refused; a negation of something else after it is not", arguments: [
        ("私下交易我们是不做的", false), ("线下交易本店一律不支持哦", false), ("您问的私下交易我们是不做的", false),
        ("私下交易不用担心，加我微信 amy_2288", true),
    ])
    func refusedTopics(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a name to search for in quotation marks points like a handle; a term's written form is not read as another's sound-alike", arguments: [
        ("避坑 这家太贵 去🐟搜“阿芳小铺”", true), ("视频号这个价格比小红书便宜，已下单", false),
        ("您担心是假货的话，可以来我们门店验货，当场付现金", true),
    ])
    func quotedNamesAndWrittenTerms(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .wechatChannels)
    }

    @Test("an app used as a tool (用QQ邮箱注册, 用微信号登录) or said to be popular somewhere (在淘宝上很火) is no invitation; an invitation beside it is", arguments: [
        ("我用QQ邮箱注册的视频号，登录很方便", Platform.wechatChannels, false), ("用微信号登录就行", .douyin, false),
        ("老铁 这款在小红书上也很火，我们店里是正品", .kuaishou, false), ("这个色号在淘宝上很火 我们这里也有现货", .douyin, false),
        ("用微信 联系我 amy_2288", .douyin, true),
    ])
    func toolsAndPopularity(text: String, platform: Platform, violation: Bool) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("认准 (go only by) before a contact endorses it: the contact counts", arguments: [
        "复购请认准店长💚：tm_zhang_88，老客价更低", "回购认准老板vx lin_boss_01 直接发货",
    ])
    func endorsedContacts(text: String) {
        expectVerdict(text, true, platform: .tmall)
    }

    @Test("where something was seen or used (群里刷到, 微信群里看到的链接) is a place described; 是…吗 asks with 是 after the name too", arguments: [
        ("我是在QQ群里刷到的这款", false), ("朋友在微信群里看到的链接", false), ("你们家和拼多多上那家是同一个老板吗", false),
        ("淘宝上卖的是正品吗？", false), ("看到的加我微信", true), ("进群 福利群 559876213", true),
    ])
    func placesDescribed(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("live-commerce and private-domain jargon: 扣 typed in the live chat is no QQ; 私域 as where the deal is diverts; 💬 before a handle is WeChat's bubble; others recommending somewhere is a place described", arguments: [
        ("公屏上扣想要的颜色 等下改价", Platform.douyin, false), ("这个价只在私域给", .douyin, true), ("私域运营课程 从0到1", .douyin, false),
        ("约稿💬 hua_lily", .xiaohongshu, true), ("泡泡袖连衣裙 法式复古", .douyin, false),
        ("抖音上也有人推荐过这个牌子", .wechatChannels, false), ("小红书上有人出同款 搜“二手小鹿”", .wechatChannels, true),
    ])
    func liveAndPrivateDomainJargon(text: String, platform: Platform, violation: Bool) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("seen or bought somewhere, with 也 between (淘宝上也买过), and paying with an app's balance are places and tools; paying the speaker is not", arguments: [
        ("我姐在淘宝上也买过这个", false), ("能用微信余额付款吗", false), ("用微信付款给我 amy_2288", true),
    ])
    func toolsAndPlacesWithAdverbs(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("the way to buy shown on the speaker's page, and a service fee paid to the technician, lead off the platform; the platform's own versions do not", arguments: [
        ("想买的看我主页简介 有购买方式", Platform.xiaohongshu, true), ("购买方式：点笔记里的商品卡片", .xiaohongshu, false),
        ("上门费直接给师傅 不用线上付", .tmall, true), ("上门费已含在价格里 师傅不另收", .tmall, false),
    ])
    func buyingWaysAndServiceFees(text: String, platform: Platform, violation: Bool) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("Taiwan and Hong Kong usage: 联络 invites, FB 社团 is a group elsewhere, pickup at a 门市 is the order's; the same characters in food and idiom are not channels", arguments: [
        ("香港客人请联络我们的微信客服：hk_kefu_01", Platform.tmall, true), ("我在FB社团有卖 入社团私我", .douyin, true),
        ("加我们的赖 ID 在主页", .douyin, true), ("台中门市和天猫同价 可选门市自取", .tmall, false),
        ("虾皮紫菜汤 鲜美", .taobao, false), ("别赖我 不是我干的", .douyin, false),
    ])
    func regionalUsage(text: String, platform: Platform, violation: Bool) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("pointers without a channel word: where the speaker's handle is shown, or how to derive it; a courier's phone and a shared post are not", arguments: [
        ("要的看我主页 头像里有号", true), ("看我作品最后一个视频 结尾有我的号", true), ("把我账号倒过来 就是另一个号", true),
        ("我把链接转发到朋友圈了 好多人问", false), ("快递单上的电话是快递员的 有事找客服", false), ("看我作品 都是原创的", false),
    ])
    func pointersWithoutChannelWords(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("something done for the speaker in an app (在QQ上给我推荐) is a place described; money given to the speaker there is not", arguments: [
        ("同事在QQ上给我推荐了这家店", false), ("微信转账给我 直接发货", true), ("钱微信上给我就行", true),
    ])
    func doneForTheSpeaker(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a channel asked of the speaker (找我要…的vx) is offered; the buyer's phone asked for, with a promise that anyone will call, leads off the platform; the order's phone, a worker's call to it and a visit after buying here do not", arguments: [
        ("想约号的找我要医生的vx", true), ("私我要店长的微心", true), ("把手机号留给我吧，我让设计师回电给您", true),
        ("您的电话留给我，我这边让客服加您", true), ("麻烦下单时在订单备注里留个电话，我们师傅到了好联系您", false),
        ("团购买好后师傅会提前电话联系您确认时间", false), ("拍下后到门店试戴调圈，店址在商品详情", false),
        ("上门时间可以在订单里改", false), ("用了团购券到店还能再砍价，现金再便宜点", true),
    ])
    func askedOfTheSpeaker(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a visit to the buyer (上门), a voucher shown at the shop, a rating held elsewhere and the platform's own group chat are honest; the same words with an offer are not", arguments: [
        ("在店里拍“上门安装”链接就行", false, Platform.taobao), ("到店出示快手券码即可使用", false, .kuaishou),
        ("这家在大众点评上好评率很高", false, .douyin), ("作业每天在快手群聊里讲评", false, .kuaishou),
        ("可以上门交易，现金结算", true, .taobao), ("作业每天在快手群聊里讲评，加我进群", true, .taobao),
    ])
    func honestVisitsRatingsAndOwnGroups(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a worry put as a condition (要是不放心) is a reason offered; many people asking is a report; another place named only to choose this one is no invitation; an invitation reaches through his or her; a quoted note to write when adding is passed over", arguments: [
        ("要是不放心可以来我们南京的门店看货，店里付款再打九折", true), ("在闲鱼上买总是不放心，怕是假的", false),
        ("很多人问我们在淘宝上有没有店，没有的", false), ("闲鱼上也有卖的，不过还是在这里买放心", false),
        ("想要的扣1，我发你他的v", true), ("装修报价请添加顾问，添加时备注“快手装修”：zx_design01", true),
    ])
    func conditionsReportsAndNotes(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("the invitation disguised: 连系 for 联系, 上面 after a name is 'on it', the speaker's personal WeChat named, asking for it (要我私人V); refusing the offline road and reports stay honest", arguments: [
        ("连系方式在我主页简介", true, Platform.douyin), ("淘宝上面搜我们店名，价格更低", true, .kuaishou), ("图片上面有尺码表", false, .kuaishou),
        ("回购的找我私人V", true, .taobao), ("回购的话可以要我私人V", true, .taobao), ("我们不加私人微信，有事旺旺留言", false, .taobao),
        ("有人让我加他个人微信，没理", false, .taobao), ("我们不走线下，都在抖音上拍", false, .douyin), ("不走抖音，直接线下交易", true, .douyin),
    ])
    func disguisedInvitations(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a FAQ's question ending in 吗 where its phrase does is answered by a refusal in the next; 发 of 发票 after a Q: label invites nothing; cheaper than online is an offline offer", arguments: [
        ("❓能私下交易吗 ❌不能 只在平台下单", false, Platform.kuaishou), ("能私下交易吗 能 现金更便宜", true, .kuaishou),
        ("Q：发票抬头写什么？A：写公司全称", false, .taobao), ("有的，就在商贸城二楼，比网上便宜", true, .taobao),
        ("网上比实体店便宜多了", false, .taobao),
    ])
    func faqAnswersAndComparisons(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("the buyer's own account number asked for a top-up, and a QR code that is the product's own feature, are honest; a number or an invitation to the speaker beside them is not", arguments: [
        ("视频会员月卡 拍下后填写QQ号，自动充值", false), ("明信片背面印有二维码 扫码可听祝福语音", false),
        ("识字卡 扫描卡片二维码收听读音音频", false),
        ("充值有问题的加我QQ 2837465910", true), ("挪车码贴好，有事加我微信 wx_car01", true),
    ])
    func topUpsAndProductCodes(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("virtual goods: game-trading sites, paying the speaker, not buying here, a phone asked for to text the code; a crab, photos and a repeat order are honest", arguments: [
        ("号在交易猫上挂着，搜我店名", true), ("要号的去盼之搜同名", true), ("续费找我转账就行，便宜二十", true),
        ("别在抖音拍，手续费高，私下走", true), ("激活码我短信发你，告诉我手机号", true),
        ("螃蟹上市了，个个都是满黄", false), ("别在抖音拍照片，光线太暗", false), ("已经拍过的不用再拍了，我们合并发货", false),
    ])
    func virtualGoods(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("not making groups (不拉群, 不建群) refuses them; making one still invites", arguments: [
        ("我们不拉群，有事直播间说", false), ("直播讲课 不收费 也不建群", false), ("要的扣1，我拉群发福利", true),
    ])
    func notMakingGroups(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("live captions: 信 heard as 性 (V性), a promise to send the channel (给你们发那个V), naming the speaker at a shop for a price (报我名字); a neckline and a shipping promise are honest", arguments: [
        ("呃 V性 搜 就是 阿 青 的 全 拼", true), ("私信我 我给你们发那个V", true), ("在四季青二楼 报我名字 给你拿批发价", true),
        ("今天给你们发顺丰 明天就到", false), ("v领口的毛衣今年很火", false),
    ])
    func liveCaptions(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("comment threads: everyone (@所有人) is no report; a phone number asked for with a promise to call; Moments with an offer to pass the contact on; recommending products and a Moments trend are honest", arguments: [
        ("@所有人 别在这个店铺买了 私我", true), ("我让师傅打您电话 您把号码发我一下", true), ("她朋友圈每天更新 要的话我推给你", true),
        ("好用的东西我推给你们 都在橱窗", false), ("朋友圈都在晒这个 我也买了", false), ("所有人都说好用", false),
    ])
    func commentThreads(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("talk about diversion: anyone who (谁拉你…) is someone else; never (从未开设), not sending (不发) and being lured (骗去) are no offer; 'not in after-sales' is no 'not on the platform'", arguments: [
        ("谁让你加微信 说是我们客服的 都是假的", false), ("本店从未开设任何微信小店", false), ("我们不发站外链接，请放心", false),
        ("我爸被“扫码领鸡蛋”骗去听课了", false), ("别的渠道买的商品不在售后范围内", false),
        ("不在这里买的话 加我微信 wx_deal22", true),
    ])
    func talkAboutDiversion(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("apps by other names: a brand holding a marketplace's name (京东方), a search run on the platform's own app, an office app used as a tool are honest; QQ's own space with the speaker's album is QQ", arguments: [
        ("屏幕面板是京东方的，色彩很准", false), ("想要同款的在抖音小店搜围脖就行", false), ("部门用钉钉打卡，打卡机也是我们店卖的", false),
        ("要看实拍的 QQ空间看我相册", true), ("在抖音搜不到的，去淘宝搜同名", true),
    ])
    func appsByOtherNames(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("numbers disguised: the speaker stating their phone, asking the buyer to note it, numeral groups parted by full stops, a letters-only handle after a label's colon; sizes and prices stay honest", arguments: [
        ("我手机号是一五九开头的 后面私聊", true), ("记一下店长手机号 有事找他", true), ("号码：幺三八。二二七六。九九零一", true),
        ("需要的 V：meimeishop 同名", true), ("尺码一八零。二号链接拍", false), ("款式V：领口设计", false), ("记一下订单号，售后用得到", false),
    ])
    func numbersDisguised(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("the listed price said to be only a reference (标价仅供参考) moves the price elsewhere; a strikethrough price and pictures for reference are honest", arguments: [
        ("玉镯 真实价格另议 标价仅供参考", true), ("划线价格仅供参考，以实际成交价为准", false), ("图片仅供参考 以实物为准", false),
    ])
    func listedPriceOnlyAReference(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("asking the other side for their phone leads off the platform; the courier's phone and the order's phone stay honest", arguments: [
        ("老板能不能给个手机号 我让司机联系你", true), ("你电话多少 我下午过去拿", true),
        ("快递员电话多少 我联系不上", false), ("订单上的电话给我改一下", false),
    ])
    func phoneAskedFor(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a group number pointed at in the profile leads off the platform, even beside a failed search on the platform's own app", arguments: [
        ("新群在抖音搜不到 去我简介里找群号", true), ("群满了 群号在主页置顶", true), ("在抖音小店搜围脖就有同款", false),
    ])
    func groupNumberPointers(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("what the shop is called elsewhere (在某宝叫“…”) points there; a deposit sent to an app; another place named only to prefer this shop, and the shop's own listing link, are honest", arguments: [
        ("这家在某宝叫“阿青小铺” 便宜不少", true, Platform.douyin), ("先私信 再转定金到支付宝", true, .douyin),
        ("闲鱼上也有 但是成色差 还是这家的好", false, .douyin), ("这款在小红书店铺有链接，我发你商品卡", false, .xiaohongshu),
        ("退款会原路退到支付宝，请注意查收", false, .taobao),
    ])
    func elsewhereNamedAndOwnLinks(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a phone said in short groups of numerals with words between them is one number where a contact is named; the same groups with no contact named stay words", arguments: [
        ("电话我分开说 一三七 然后是 五五零二 再后面 八六四一", true), ("座机区号零二一 号码是 六二八八 后面 七七一五", true),
        ("一二三 木头人 四五六 拍拍手 七八九 好朋友", false),
    ])
    func numeralGroupsWithWordsBetween(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("digits named in English, four or more in a row, are read as digits", arguments: [
        ("call me: one three nine, two two four five, six seven zero eight", true, Platform.taobao),
        ("buy one get one free, two for three dollars", false, .taobao),
    ])
    func englishDigitNames(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a search for a quoted name a few words after another marketplace points there; the marketplace named with no search stays a comparison", arguments: [
        ("某鱼同款有好几个 搜‘小周数码’", true), ("在转转上买过一次 成色一般", false),
    ])
    func searchedNameLaterInTheSentence(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a shop of one's own on another marketplace (也开了店) points there; a role named after it (店主), a payment switched to an app's transfer, and everyday words that hold 加微 or a QR tag's feature", arguments: [
        ("我家在京东也开了店 同款都有", true, Platform.douyin), ("私聊定价格 然后转支付宝付款就行", true, .taobao),
        ("京东店主都在用的打包胶带", false, .douyin), ("叶面肥添加微量元素 果树蔬菜通用", false, .pinduoduo),
        ("老人防走失卡 扫码显示家人联系方式", false, .taobao), ("转转挂了一个月没卖掉 还是在这里卖出去了", false, .xiaohongshu),
    ])
    func shopsElsewhereAndLookalikeWords(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("written Cantonese reads as the Mandarin it stands for: asking for a phone (畀個電話), skipping the platform (唔使走平台); honest Cantonese stays honest", arguments: [
        ("畀個電話我，聽日打返畀你", true, Platform.xiaohongshu), ("呢單唔使走平台，平啲", true, .xiaohongshu),
        ("睇吓圖片先，喺店舖度落單就得", false, .xiaohongshu),
    ])
    func cantoneseFolds(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a personal payment code sent to the buyer is paid off the platform even beside a scan to pay; a shop's payment-code stand is a product", arguments: [
        ("我发你收款码，你扫码付款就行", true), ("店铺收款码台卡 顾客扫码付款 语音播报", false),
    ])
    func payeeCodeSent(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("asking for, offering or pointing at a channel in new forms (要个微信, 仓库的微信, 把手机号发你, 卡片上的客服号); a plea not to be blocked, a group chat on the profile, a call, a link posted in a note and trying on at a shop are honest", arguments: [
        ("老板别拉黑我，能要个微信吗", true, Platform.douyin), ("发货问题加一下我们工厂仓库的微信", true, .douyin),
        ("我把店长手机号发你", true, .douyin), ("回购直接找卡片上的客服号", true, .taobao),
        ("老板别拉黑我，我就是问问发货时间", false, .douyin), ("点我主页的群聊，进群领福利", false, .xiaohongshu),
        ("快递会打电话给你，注意接听", false, .douyin), ("明天把购买链接发在笔记里", false, .xiaohongshu),
        ("可以去门市试戴，喜欢再在店铺下单", false, .douyin),
    ])
    func channelAskedOfferedAndHonestLookalikes(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("an invitation that ends a line reaches the first word of the next (text laid out in lines); a line that only names a payment method stays honest", arguments: [
        ("下单前请联系\n企业微信客服", true), ("七天无理由\n支持微信支付", false),
    ])
    func invitationAcrossALineBreak(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a clause of speech fillers (那个, 嗯, 就是) joins the clauses around it; fillers beside honest words stay honest", arguments: [
        ("想要的加我，嗯，那个，微信", true), ("这个，就是，微信支付也可以", false),
    ])
    func fillerClausesJoin(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("talk reported from a group or an app (群里都在说, 群里姐妹推荐的, 在转转上卖过) is no invitation there; a group offered with its number is", arguments: [
        ("我们班级群里都在说这家的书包好", false), ("群里姐妹推荐的这款真不错", false),
        ("以前在转转上卖过旧手机，这次换新在这里买", false), ("有问题群里问，群号 635281947", true),
    ])
    func talkReportedThere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a WeChat id said to be the account name (同名vx), a shop said to be cheaper in person (到店购买更优惠) and a shop name to search after 店名 lead off the platform; a code that opens the shop does not", arguments: [
        ("抖音号 zhang_8899 同名vx", true, Platform.douyin), ("门店地址见图，到店购买更优惠", true, .taobao),
        ("闲鱼便宜一半，搜店名'小周数码'", true, .douyin), ("扫码进店 领取新人券", false, .taobao),
    ])
    func sameNameCheaperInPersonAndShopCodes(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a message passed on to the audience (让我转告大家) and a reported request the speaker grants (可以的) are the speaker's own; the same framings around honest words, or refused, stay honest", arguments: [
        ("店长让我转告大家，要团购价的加她微信", true), ("店长让我转告大家，今晚直播推迟到九点", false),
        ("有人问能不能加微信，可以的，私我", true), ("有人问能不能加微信，不行哦，只在平台", false),
    ])
    func relayedAndGranted(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("an offer to or from the speaker (私我, 我发你, 加我) is theirs even where the text warns or asks why; a warning about someone else's link stays a warning", arguments: [
        ("提醒一下：想要低价的私我，我发你转转链接", true), ("为什么老顾客都来加我微信，因为便宜", true),
        ("问我是不是托？我不是，加我微信看实拍", true), ("提醒一下：有人冒充我们发转转链接，别点", false),
    ])
    func speakersOwnOfferInADiscussion(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("selling or taking orders elsewhere now (只在小红书接单了) points there; on the platform itself it does not", arguments: [
        ("现在只在小红书接单了", true, Platform.douyin), ("现在只在抖音接单了", false, .douyin),
    ])
    func sellingThereNow(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("what many people say is reported: refuted it stays someone else's, confirmed (没错) it is the speaker's; a channel the speaker will not hand over (不方便发) is refused", arguments: [
        ("好多人说我们不走平台，不对，都是平台发货", false), ("好多人说我们不走平台更便宜，没错，想要的私下找我", true),
        ("我的微信不方便发，有问题这里留言", false),
    ])
    func manyPeopleSayAndRefusedHandOver(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a contact said to be placed where the buyer can see it, a v in the speaker's name, and WeChat as 'a green chat app' lead off the platform", arguments: [
        "联系方式不好发，挂在主页简介了", "不能直接说，v在我名字里", "打个比方：一个绿色的聊天软件，搜我店名",
    ])
    func placedAndDescribedChannels(text: String) {
        expectVerdict(text, true, platform: .douyin)
    }

    @Test("a number written as sound-alike characters (衣伞吧 铃铃舞溜 妻妻酒酒) is read as digits; a short run of the same characters in a name stays words", arguments: [
        ("电话：衣伞吧 铃铃舞溜 妻妻酒酒", true), ("扣扣：伞思舞 溜妻吧 酒铃衣", true), ("新品系列：一衣一伞一酒吧", false),
    ])
    func soundAlikeDigits(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a number claimed as someone's phone right after it (（其实是我手机）) is a contact whatever word or letters stand before it; the same number left as an order's stays honest", arguments: [
        ("运单号 15912348765（这个是我手机号）", true), ("证书编号 CQC18623456789（店长电话）", true), ("运单号 15912348765 请核对", false),
    ])
    func numberClaimedAfterIt(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a handle to search for, or given as the speaker's other account, is a contact with no channel named; a search for a picture is not", arguments: [
        ("搜 lily_shop99 加好友", true), ("我的小号 xiao_hao22 随时在", true), ("搜 尺码表 看第三张图", false),
    ])
    func searchedAndSecondAccountHandles(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a number read out in numeral groups to be remembered (记住了吗) is a phone; fakes described at another marketplace (好多假货) are a warning", arguments: [
        ("听好了，一三六，然后，二二八零，然后，四七一九，记住了吗", true, Platform.douyin),
        ("转转上好多假货，大家还是在店里买", false, .xiaohongshu),
    ])
    func rememberedNumbersAndFakesElsewhere(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a negation asked back (谁说不能…？), cancelled by another (不是不能) or taken back (其实有, 开玩笑的) denies nothing; a plain denial still does", arguments: [
        ("谁说不能加微信？加我就行", true), ("不是不能面交，是怕麻烦，想面交的私我", true),
        ("我们没有闲鱼店（其实有，搜'阿竹家'）", true), ("别加我微信哦，开玩笑的，要的加", true),
        ("我们没有闲鱼店，也不在别处卖", false),
    ])
    func negationsAskedCancelledOrTakenBack(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("people who came across the speaker (刷到我的朋友们) are addressed, not reported; a channel asked back and answered yes (企鹅？有的) is granted, answered no it is refused; a handle said to be there (号在那) is pointed at", arguments: [
        ("刷到我的朋友们，转转搜'阿竹家'有更多", true), ("企鹅？有的，看我简介", true), ("企鹅？没有的，只在这里聊", false),
        ("别问了，看我简介，号在那", true),
    ])
    func seenSpeakerEchoesAndPlacedHandles(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("honest speech in the loosened framings stays honest: a condition is no yes (可以的话), a joke denied is no retraction (不是开玩笑), someone else is no correction (其实有人), a number changed for the buyer is no number handed over", arguments: [
        "有人问可不可以私下交易，可以的话就好了，可惜不行", "我们不私下交易，不是开玩笑的，被骗没人管",
        "我们不加微信（其实有人冒充我们）", "手机号给你改好了，快递会联系你",
    ])
    func loosenedFramingsStayHonest(text: String) {
        expectVerdict(text, false, platform: .douyin)
    }

    @Test("money paid to the speaker through an app (微信转我), a message relayed to one buyer (让我告诉你) and a channel on the package card lead off the platform; fakes said to be elsewhere stay a warning", arguments: [
        ("如果平台拍不了，微信转我也行", true, Platform.pinduoduo), ("老板让我告诉你，换货找包裹里那张卡上的微信", true, .taobao),
        ("听说转转上有假货，还是在店里买放心", false, .douyin),
    ])
    func paidThroughAppsRelayedToOneAndFakesElsewhere(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("selling, taking orders or having a shop elsewhere points there only in the speaker's present (现在都在…卖了, 我们家在…也开了店); someone else's shop, past experience and trades described stay honest", arguments: [
        ("现在只在绿泡泡接单了，懂的来", true, Platform.douyin), ("我们家在转转也开了店 同款便宜", true, .douyin),
        ("旧手机在闲鱼卖了三百块，还挺值", false, .xiaohongshu), ("我以前在淘宝卖了五年衣服，现在专心做抖音小店", false, .douyin),
        ("拼多多卖货的老板都知道这个行情", false, .douyin), ("转转接单的回收师傅服务还不错", false, .xiaohongshu),
        ("朋友在京东也开了店，我们是两家不同的店", false, .taobao),
    ])
    func commerceElsewhereInTheSpeakersPresent(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("contact details promised back (我回你联系方式), the platform's checkout left by name (不用再走快手了) and a channel id said to be a visible name changed lead off the platform; a visible id explained and digits named as a date stay honest", arguments: [
        ("评论区扣暗号，我回你联系方式", true, Platform.douyin), ("下次直接找我，不用再走快手了", true, .douyin),
        ("微信号是店名全拼，加的时候备注", true, .douyin), ("我的快手号去掉ks就是我名字的拼音", false, .kuaishou),
        ("编号前三位139是产地代码，后八位是生产日期20240315", false, .taobao),
    ])
    func promisedDetailsSkippedCheckoutsAndDerivedIDs(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a deal kept for after the stream, in private (下播私聊我) leaves the live room; the shop's service after the stream does not", arguments: [
        ("直播间就这价，下播私聊我", true), ("下播以后私信我们客服处理售后", false), ("下播以后找我们客服处理售后就行", false),
    ])
    func dealsAfterTheStream(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("English net speech: hmu, KakaoTalk, foreign marketplaces with a name to search, payment apps; refused payment apps, the shop followed, brand names and a link in the bio (often the profile's own shop tab) stay honest", arguments: [
        ("hit me up on whatsapp for the price", true), ("add me on kakaotalk for Korean sizes", true),
        ("same bag on temu for half, search 'city tote'", true), ("venmo me and I ship today", true),
        ("full price list, link in my bio", false),
        ("we don't accept venmo, please pay at checkout", false), ("follow my shop for new arrivals every friday", false),
        ("Amazon Basics compatible cable, 2 meters", false),
    ])
    func englishNetSpeech(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("English negations reach across a few words, an English no refuses an echoed offer, the shop's own inbox and a colon before English words are honest; an offer in English stays one", arguments: [
        ("we never take payment outside the app, pay at checkout", false), ("We do not accept Venmo or Cash App here", false),
        ("meet in person? nope, ship it please", false), ("DM us in the shop inbox for sizes", false),
        ("skip the line: order ahead in the shop", false), ("亲 我们 don't do 线下交易", false),
        ("meet in person downtown, cash only", true),
    ])
    func englishNegationsAndRefusals(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("money settled off the platform: offline settlement, the worker collecting in person, a company account, the rest paid on meeting, a price for skipping checkout; cash on delivery chosen at checkout and a shop that is also offline stay honest", arguments: [
        ("上门维修先在平台预约占个号，维修费当天线下结算", true), ("家具款和运费师傅上门时一起收，链接只拍定金", true),
        ("真想要的私聊，款直接打公司账户", true), ("先拍个一块钱的，见面再把剩下的给我", true),
        ("能走平台也能不走，不走的话给你便宜点", true),
        ("本店支持货到付款，下单时在支付方式里选择即可", false), ("货到付款的订单请准备好零钱", false),
        ("这个牌子线下也有，商场里价格一样", false), ("凭订单号到门店可免费保养一次", false),
    ])
    func moneySettledOffThePlatform(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a word after a place that is a verb of having seen it (线下见过, 线下碰到过) invites nowhere; an invitation there still does", arguments: [
        ("线下见过这位主播一次，比镜头里还高", false), ("线下碰到过老板，人很好", false), ("线下见，当面交易更放心", true),
    ])
    func experienceAfterAPlace(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a phone pointed at in a picture named by its place (最后一张图上的电话)", arguments: [
        "批发的老板看详情最后一张图上的电话", "要量大的看第六张图上的号码",
    ])
    func phoneInANamedPicture(text: String) {
        #expect(signals(text, platform: .pinduoduo).contains(.phone), "\(text) → \(signals(text, platform: .pinduoduo))")
    }

    @Test("JD by nickname and group-buy or course tools with a shop of their own lead off the platform, as does 'go there to order'; bought there, pictures stolen by others and 'cheaper here after all' stay honest", arguments: [
        ("东东上搜我们店名就能下单", true), ("快团团开团了，想要的私我", true), ("课程都放在知识星球里，进去看", true),
        ("这边缺货了，你去那拍吧", true),
        ("这个好东东上新了，快来看看", false), ("抖音上买的同款，来问问怎么清洗", false),
        ("我们不卖拼多多，别家都是盗图", false), ("京东上贵了五十，还是这里划算", false),
    ])
    func marketplacesByNicknameAndTools(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("links and codes opened off the platform: a browser, a code scanned with WeChat, a mini-program link, an @handle a few words after a channel; the listing's own link, the shop's own group and device data kept in step stay honest", arguments: [
        ("复制这串到浏览器打开就能下单", true), ("存图后打开微信扫一扫，领新人券", true), ("点开 #小程序://好物商城/AbC123 直接买", true),
        ("推特日常更新：@lulu.bags", true), ("网盘链接发你，记得保存", true),
        ("链接里有两个尺码，拍前看好", false), ("链接已挂小黄车，点进去拍", false), ("视频已上传到店铺首页，去看看", false),
        ("店铺首页有粉丝群入口，入群领券", false), ("群聊截图是假的，别信", false), ("这款手环支持微信运动步数同步", false),
        ("支持微信扫码支付和刷卡", false),
    ])
    func linksAndCodesOpenedElsewhere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("in a text that warns or complains, the speaker's own practice stated (我们可以…, 我们都是…) or their own place invited to still counts; a story, a refusal or a question in the first person does not", arguments: [
        ("很多人怕被骗，我们可以走闲鱼担保交易", true), ("为了防骗，大额订单我们都是线下当面交易", true),
        ("避坑：别在直播间拍，直接来我们仓库挑", true), ("举报也没用，我微信还是 jin_77jade", true),
        ("我们被骗去线下交易过一次，大家小心", false), ("本店不支持任何形式的私下交易，谨防上当受骗", false),
        ("我们可以举报让你加微信的骗子吗？", false),
    ])
    func ownPracticeInAWarning(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("asking the shop's people (问客服能不能…) and someone talking in a group (群里有人说…) are reports", arguments: [
        ("问客服能不能加微信，客服说只能在平台沟通", false), ("QQ群里有人说这家是正品，我来买买看", false),
        ("问老板可不可以私下交易，老板没回", false),
    ])
    func askedAndTalkedThere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("发 that is hair (发夹, 发圈) after a nickname sends nothing; 发 that sends still invites", arguments: [
        ("球球发夹 可爱少女款", false), ("企鹅发圈 三个装", false), ("球球发我，要原图", true),
    ])
    func hairAfterANickname(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("an allowed phrase claims a term's last character (去那拍照, +V领马甲); a link opened in the platform's own app, a household product and a meet-and-greet are honest; receiving through V stays an offer", arguments: [
        ("那边风景很好，去那拍照很出片", false, Platform.taobao), ("今日穿搭：针织衫+V领马甲", false, .taobao),
        ("用浏览器打开淘宝网页版也能下单", false, .taobao), ("家用云盘 私有云 4TB", false, .taobao), ("线下见面会人超多", false, .douyin),
        ("加V领取新人红包", true, .taobao), ("复制链接到浏览器打开淘宝", true, .douyin),
    ])
    func allowedPhrasesClaimTheirStart(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a courtesy (让您久等了) reports nothing and a speaker vouching for themselves (不是骗子) discusses no deceit, so an offer after them counts; a code to check authenticity (查真伪) is the product's", arguments: [
        ("不好意思让您久等了，大单这边加个v：silk_hz", true), ("家人们不是骗子啊，线下来店里拿更便宜", true),
        ("扫码查真伪，假一赔十", false), ("有人说我们是骗子，大家放心，都在平台发货", false),
    ])
    func courtesiesAndVouching(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a link is the listing's own (链接下单, 上链接) unless an invitation before it or a private message after it sends it (words_after)", arguments: [
        ("整件有单独链接，下单后直接发货", false), ("链接下单就行，都是现货", false), ("家人们上链接了，点小黄车", false),
        ("资料链接私信领取", true), ("私我发你链接，这里不挂", true),
    ])
    func theListingsOwnLink(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("the shop's own member group is the platform's; a group reached through WeChat is not", arguments: [
        ("店铺会员群每周上新，欢迎入群", false), ("加我微信进会员群", true),
    ])
    func theShopsMemberGroup(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .tmall)
    }

    @Test("pointers: a scratch card, the live room's pinned chat, a watermark, a nickname's digits said to be the QQ, the speaker's own work's comments; what is pointed at explained as a time or an order number is no contact", arguments: [
        ("刮开涂层，下面是顾问的号，加了有红包", true), ("要的看公屏第一条，那是助理发的号", true), ("号在我主页背景图的水印里", true),
        ("看我昵称后面的数字，那个就是扣扣", true), ("联系方式在我第二个作品的评论区", true),
        ("我签名里那串数字是开播时间", false), ("主页那个号是订单号，查物流用的", false),
        // Ending right after 是 (nothing explained): the pointer stands, and nothing reads past the text.
        ("号在我主页置顶，那个号就是", true),
    ])
    func pointersAndTheirExplanations(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a report's cue closed by a particle (写着呢，…) reports nothing after it; a shop said not to be on this platform leads elsewhere", arguments: [
        ("店名卡片上写着呢，不是这个平台的", true), ("卡片上写着加微信返现，我没加", false),
    ])
    func reportClosedByAParticle(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a warning reaches its own sentence and the ones beside it: fakes discussed two sentences after an offer leave it the speaker's; a handle joined by a middle dot is a handle; satellite signal is a device's", arguments: [
        ("大件诚心要的可以到海口工作室当面交易。发货走顺丰保价。关于真假：市面上有人用越南料冒充，本店支持复检。", true, Platform.douyin),
        ("加微信返现。这种都是骗子，别信", false, .douyin), ("市面上冒充的很多，认准本人 v hnhl・laoliao", true, .douyin),
        ("地下车库无卫星信号时会切换基站定位", false, .taobao),
    ])
    func warningsInLongTexts(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("speech as recognition writes it: false starts (加一下那个，那个V，V信; 私，私聊我) stand for nothing between an invitation and its word; the platform's own storefront (小店), its own name in 'search me there' and 到 ending a verb (提到) invite nowhere", arguments: [
        ("要批发的老板加一下那个，那个V，V信，批发价另算", true, Platform.douyin), ("下了播以后呢，私，私聊我", true, .kuaishou),
        ("想要的，加，加我那个，威，威信", true, .douyin), ("线下的话呢，你可以直接到我们那个，那个工厂来拿", true, .douyin),
        ("你们就在那个，那个快手上搜我们，搜店名就能找到", true, .douyin),
        ("你们就在那个，那个抖音上搜我们，搜店名就能找到", false, .douyin), ("可以点下方小店，我们小店下单会更便宜一些", false, .douyin),
        ("您提到的问题我们已经反馈给工厂，下一批会改进", false, .tmall),
    ])
    func speechAsRecognitionWritesIt(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("English, third round: a number offered in words, PayPal instead of checkout, a wire transfer; a bare no refuses the next two words only", arguments: [
        ("message me and i'll send u my number", true), ("could you pay via paypal instead", true), ("a wire transfer saves us the fee", true),
        ("no venmo or zelle please, pay at checkout", false), ("you can pay with PayPal at checkout here", false),
        ("no problem, hit me up on whatsapp", true),
    ])
    func englishThirdRound(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("Taiwan and Hong Kong usage: remitting or paying in to the seller (汇款, 过数), local payment apps, not via the platform; refusing to meet, trusting this shop more and a shop page (卖场) stay honest", arguments: [
        ("請匯款到我的帳戶，不用透過平台", true, Platform.taobao), ("唔使落單，直接過數俾我", true, .taobao), ("付款可以用街口支付，比較划算", true, .taobao),
        ("有興趣的直接在這裡下單，不面交", false, .taobao), ("蝦皮也有人在賣，但我比較相信這邊", false, .douyin),
        ("點頭像進入賣場就能看到更多款式", false, .xiaohongshu),
    ])
    func taiwanAndHongKongUsage(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a not-a-contact word nearer a number than the QQ word makes it no QQ; a pointer whose target is then named as something with no owner or contact is honest; the flagship store is the platform's", arguments: [
        ("吊坠扣 冰种 证书号 2739001862 可查", false, Platform.douyin), ("qq 2739001862 证书齐全", true, .douyin),
        ("看我第一个视频的最后一帧，那个就是做好的样子", false, .douyin), ("看我第一个视频的最后一帧，那个就是我的号", true, .douyin),
        ("看快递单上寄件人的电话，那个就是我们老板的，直接打", true, .pinduoduo),
        ("下次买可以直接来旗舰店，会员日价格更便宜", false, .tmall),
    ])
    func namedTargetsAndNearerWords(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("honest texts against the later readings: a negation repeated after a comma stays a negation, the listing's link sent in chat, a payment app's name on a product, a pointer to the platform's own account", arguments: [
        ("不要，不要私下找我啊，有问题都在小店里说", false, Platform.douyin), ("亲，链接发您了，您点开直接拍就行", false, .taobao),
        ("链接找客服要，客服会发店铺里的专属链接", false, .douyin), ("Line Pay 卡套 透明 防磁", false, .taobao),
        ("号在我主页简介，是小红书号，搜一下就能关注", false, .xiaohongshu),
        ("资料在度盘，私我发你", true, .douyin), ("号在我主页简介，是v号，加一下", true, .xiaohongshu),
    ])
    func laterReadingsStayHonest(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a question reported, then answered yes in the next sentence, is the speaker's grant; answered no, it stays a report", arguments: [
        ("老有人问扣扣？有的，3 3 2 1 8 7 6 5 0", true), ("有人问能不能私下交易？不行哦，只在平台", false),
    ])
    func reportedQuestionAnswered(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a transfer into a payment account (转账到…, 汇款到…) is paid off the platform; a refund back to one, or a warning against it, is not", arguments: [
        ("尾款汇款到这个账户，收到就发", true), ("运费转款到卡上就行，不用拍", true),
        ("退款会原路退回到支付宝，请注意查收", false), ("别转账到支付宝，在平台下单就行", false),
    ])
    func transferIntoAccount(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a pointer to the personal signature (个签), to a string said to be it (那串就是), or to a number kept for one buyer or after-sales (专属号) is a contact; the same places holding anything else are not", arguments: [
        ("想买的看我个性签名，里面写着怎么找我", true), ("看我主页置顶，封面上那串就是", true), ("卡片背面有售后专属号，加了送运费险", true),
        ("看我个签，里面写着发货时间", false), ("头像那串手串是朋友送的", false), ("刮开涂层就是防伪码，官网可查", false),
    ])
    func pointerSignatureAndStrings(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("measurements named on a spec sheet are no pieces of a phone; asking the shop's people, said as done (问过客服), reports the question", arguments: [
        ("功率 1380W，电压 220V，转速 3300 转", false), ("问过客服能不能私下转账，客服说不行", false),
        ("问过主播了，可以私下转账，加我微信 abc12345", true),
    ])
    func specSheetsAndAskedQuestions(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a co-occurrence whose later half is reported (有人…要联系方式) is someone else's words; said in the speaker's own voice it counts", arguments: [
        ("评论区不让发，有人私信问联系方式，没理他", false), ("背面那个贴纸撕了吧，有人说是联系方式，其实是广告", false),
        ("评论区发不了，想要的私信我拿联系方式", true),
    ])
    func coOccurrenceReportedFromItsLaterHalf(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("where the text names a contact, a number written with many OCR look-alike letters (o for 0, l for 1) is still one; a code with them elsewhere is not", arguments: [
        ("客服电话：l 5 9 o o l 2 o 4 5 6", true), ("手机 l59OOl2O456 白天打", true),
        ("型号 l59OO 款式 l2O", false), ("电话手表 solo 1080p 高清", false),
    ])
    func lookalikeDigitsWithContactCue(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a bracketed full stop (abc[.]com, abc(.)cn) is a link's dot; a bracketed decimal is no link", arguments: [
        ("下单去 fangshop[.]com 更便宜", true), ("官网 lily-home(.)cn 有折扣", true),
        ("规格（2.5）kg，尺寸[1.2]米", false),
    ])
    func bracketedDots(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("the passive (被拉进, 被邀请) tells what was done to the speaker, and 让 right before a trigger tells what someone asked; the speaker's own offer beside them still counts", arguments: [
        ("前几天被拉进一个内部福利群", false), ("莫名其妙被加进一个团购群", false),
        ("对方说先确认收货，然后让私下补差价，我没同意", false), ("客服那边让扫码进群领红包，我没扫", false),
        ("被拉进群的不用慌，想要正品的加我微信 abc12345", true),
    ])
    func passiveAndAskedTo(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("adding the seller on a payment app (加我支付宝, 互加支付宝好友) is paying off the platform; paying with it at checkout is not", arguments: [
        ("互加一下支付宝，尾款直接给你", true), ("您加个支付宝好友，我这边收", true),
        ("结算时可以选支付宝付款，花呗也行", false), ("支付宝和微信都支持，下单即可", false),
    ])
    func paymentAppFriend(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a shop named by the platform's own name (抖音小店 on Douyin) is the online shop here; a physical shop or another platform's is not", arguments: [
        ("想要的到我们抖音小店来逛逛，新品都在", false), ("想要的到我们实体店来逛逛，比直播间便宜", true),
        ("想要的到我们淘宝店来拍，比这边便宜", true),
    ])
    func platformsOwnShop(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a number pointed at on a sticker, a business card, a backdrop or in subtitles, or left for the buyer in the order's note, is a contact; the same places holding a batch number, a birthday or an anti-counterfeit code are not", arguments: [
        ("包装盒上有张贴纸，贴纸上的号码打过去能拿出厂价", true), ("我的名片夹在发票里，名片上的号就是我私人的", true),
        ("我的号写在直播间背景墙上了，自己看", true), ("号发不出来，我把号藏在这条视频的字幕里了", true),
        ("在订单备注里我给你留的号，加一下", true),
        ("外箱贴纸上的号码是批次号，售后请报这个", false), ("我昵称后面那几个数字是我女儿生日", false),
        ("揭开涂层，里面的字母加数字就是防伪码", false),
    ])
    func pointedPlacesAndWhatTheyHold(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("Pinduoduo named by what it is known for (砍一刀的软件) is another marketplace off Pinduoduo", arguments: [
        ("想拼单的去砍一刀的平台，那边便宜", true), ("砍一刀的app上那些都是套路，别信", false),
    ])
    func pinduoduoByWhatItIsKnownFor(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("speech through a medium (短信说, 电话说) reports; a report the speaker endorses at once (…说的没错) leaves the next clause theirs; asking whether something is the platform's (是不是平台的) discusses it", arguments: [
        ("店家打电话说加他微信 kf_778899 能退差价，我没理", false), ("快递员发消息说 15987654321 是他私人号，我没存", false),
        ("老板说的没错，线下店买更便宜，地址私信我发你", true), ("客服说得对，私下交易更便宜，价格私我", true),
        ("直播间说的“去小程序拍”是不是平台的啊", false),
    ])
    func mediumReportsEndorsementsAndEitherOrQuestions(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a pointer to a group's number is a group's words: the shop's own group on the platform sets it aside; a group elsewhere, or the speaker's own, still counts", arguments: [
        ("上新提醒在店铺粉丝群里发，群号在店铺主页", false), ("进粉丝群抢券，群号看主页置顶", false),
        ("新群的群号在我主页，是微信群，粉丝群不用了", true), ("群号在主页置顶，进群拿内部价", true),
    ])
    func pointerToTheShopsOwnGroup(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("加 as \"more\" or a process begins a product's word (加宽款, 加绒, 加长): no invitation to the channel named after it; 加 on its own still invites", arguments: [
        ("加宽款 QQ同款收纳盒", false), ("加绒卫衣 微信表情包印花", false), ("加长款 抖音同款数据线 2米", false),
        ("加宽款到了，想要的加微信 abc12345", true), ("加急可以，加我微信说", true),
    ])
    func jiaAsMoreIsNoInvitation(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("Latin small capitals (ᴠ, ʟ, ᴡ: LATIN LETTER SMALL CAPITAL …) read as their letters; honest text in them stays honest", arguments: [
        ("ᴡx ʟɪʟʏ_ᴄʟᴏsᴇᴛ 私聊", true), ("ᴀᴅᴅ ᴍʏ ᴡᴇᴄʜᴀᴛ: ᴊᴀᴅᴇ_ʜᴏᴜsᴇ", true), ("ʜᴀᴘᴘʏ ᴅᴀʏ 印花卫衣 宽松款", false),
    ])
    func smallCapitals(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a style or feature named after an app (ins风, wechat支付) is a product's word; an invitation to the speaker before such a phrase with a handle after it is not", arguments: [
        ("北欧ins风落地灯，搜 ins风 落地灯同款", false), ("支持 wechat 支付 和花呗", false), ("weixin支付立减5元", false),
        ("加我 微信支付给我 lily_0925 就行", true), ("ins风的裙子想看实拍，私我ins", true),
    ])
    func appNamedStylesAndFeatures(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("where to look for a contact (vx 看置顶评论, 电话见简介) points at it", arguments: [
        ("要的宝 vx→看置顶", true), ("订花电话见简介", true), ("尺码问题看置顶，发货时间见简介", false),
    ])
    func whereToLookForAContact(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("what a pointer shows, denied right where it is named (不是号码), is no contact; the same place said to hold the number is one", arguments: [
        ("主页简介里那串数字是店庆日期，不是号码", false), ("头像上的字母是品牌缩写，并不是电话", false),
        ("主页简介里那串数字就是号码，直接打", true), ("头像上那串就是电话，备注来意", true),
    ])
    func pointerDeniedWhereNamed(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a 口令 to open the platform's own app (打开淘宝 on Taobao) is its sharing feature; on another platform it sends the buyer away", arguments: [
        ("打开淘宝粘贴这段口令就能领券：￥Hq7Lm20￥", Platform.taobao, false), ("打开淘宝粘贴这段口令就能领券：￥Hq7Lm20￥", .pinduoduo, true),
        ("去那个软件粘贴 ￥Hq7Lm20￥ 更便宜", .taobao, true),
    ])
    func tokenForThePlatformsOwnApp(text: String, platform: Platform, violation: Bool) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("what is shown there said to be the handle (签名第二行就是号), a number said to be a visible name changed (号码是店名的全拼), Twitter by its bird", arguments: [
        ("想要的点头像，签名第二行就是号", true), ("号码就是我们店名的拼音全拼，加上就行", true), ("小蓝鸟上同名，去那边看返图", true),
        ("小蓝鸟发夹 儿童款 三只装", false), ("签名是店铺口号，不是号", false),
    ])
    func shownThereIsTheHandle(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a slang emoji read as a word (❤ as 心) may also stand between a word's characters as a separator (微❤信); honest text with it stays honest", arguments: [
        ("微❤️信：lily_0925", true), ("扣❤扣 38472615", true), ("加❤我 v：lily_0925", true), ("v❤ lily_0925", true),
        ("微❤️笑服务，亲的满意是我们的动力", false), ("爱你❤️ 谢谢亲的支持，下次再来", false),
    ])
    func emojiWordAsSeparator(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("somewhere else unnamed and a verb of talking in one clause (换个平台跟你说) moves the talk away; the same words in separate clauses or about other things do not", arguments: [
        ("换个平台跟你说，这里一提价格就被屏蔽", true), ("咱们换个地方再慢慢谈", true), ("去别的平台私聊吧，这里不方便", true),
        ("店里换个地方了，说一下新地址在万达", false), ("换个地方放就好了，说明书上有写", false),
    ])
    func talkMovedElsewhere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("the buyer's handle asked for bare with a promise to add or call (你把号发我，我加你) is a contact exchange; an order number asked for is service", arguments: [
        ("你把号发我，我加你", true), ("你的号发给我，晚点我打给你", true),
        ("把你的订单号发我，我联系快递帮你查", false), ("你的订单号发我一下，我联系你说明情况", false),
    ])
    func handleAskedForBare(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a handle labelled by a colon a few words after a channel's name (微信同步更新：mm_shop88) is that channel's account, also with a symbol after every character; a product code after a colon in another clause is not", arguments: [
        ("微信同步更新：pdd_lucky7", true), ("VX 每天上新：mm_shop88", true), ("V🌟X🌟同🌟步🌟更🌟新：pdd_lucky7", true),
        ("微·信·号：lily_0925", true),
        ("微信同款挂件 货号：XH_2024A", false), ("支持微信、支付宝付款。款号：ab_1234", false), ("微信支付订单号：4200001234567", false),
    ])
    func colonLabelledHandle(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a number in sound-alike characters reads every numeral in it (幺, folded to 么) and a second reading that names a digit (似 sì); ordinary words with those characters stay words", arguments: [
        ("电话：幺叁捌 灵灵幺贰 溜溜巴久", true), ("扣扣：伞久琪巴 溜似幺贰", true),
        ("号码是不是说好了，似乎也没什么", false), ("幺妹儿们晚上好，今天溜达一圈买了好多零食", false),
    ])
    func soundDigitRunsReadNumerals(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("brackets between single digits join them into one number, as round ones do; bracketed figures of a date or a spec stay apart", arguments: [
        ("电话【1】【3】【9】【0】【0】【1】【3】【9】【2】【8】【8】", true), ("电话[1][3][9][0][0][1][3][9][2][8][8]", true),
        ("第【12】期【2024】年【3】月【8】日开奖", false), ("规格【500ml】【1L】【2L】可选", false),
    ])
    func bracketedDigits(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a channel named as a record's attribute (发到您订单上的邮箱) is the address the platform holds; with an address written after it, or on a card in the parcel, it is a contact", arguments: [
        ("发票会发到您订单留的邮箱里", false), ("发票会在确认收货后开具，发到您订单上的邮箱", false),
        ("报价发你邮箱里：sales_cn@163.com", true), ("加一下包裹卡片上的微信", true),
    ])
    func channelAsRecordAttribute(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("an underscore spelled as a word between a handle's parts (tb 下划线 lucky88) joins them into one handle; a model code spelled so after no channel stays a code", arguments: [
        ("V是 tb 下划线 lucky 加 88，记住了", true), ("微信：tb 下划线 lucky 88", true),
        ("型号 tb 下划线 2024 的配件", false),
    ])
    func spelledUnderscoreInHandle(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a bank card or account number given for a transfer is payment outside the checkout; the same words refused or warned against are not", arguments: [
        ("拍下后不要付款，联系客服提供银行卡号转账，享受九折", true), ("加我后提供收款卡号直接汇款", true),
        ("退款会原路退回，无需提供银行卡号转账", false), ("请勿向任何人提供银行卡号转账，谨防诈骗", false),
    ])
    func cardNumberForTransfer(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a pointer that is scanned (扫一下包裹里的…) with the platform's own app is the platform's, as a QR code so scanned is; scanned to add the speaker it is a contact", arguments: [
        ("亲，您用淘宝扫一下包裹里的二维码就能领优惠券", false),
        ("扫一下包裹里的二维码加我微信", true),
    ])
    func scannedPointerWithOwnApp(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("another marketplace said to be dearer (抖音上同款贵了二十) is a comparison that keeps the buyer here; said to be cheaper, or dearer only when asked, it still points there", arguments: [
        ("抖音上同款贵了二十，还是小红书这家实惠", false), ("淘宝上同款要贵五十，还是这里划算", false),
        ("拼多多上同款便宜二十，去拼多多拍", true), ("快手上贵不贵？去快手搜我", true),
    ])
    func dearerElsewhere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a visit to look while the price is the platform order's (价格以拼多多下单为准) is a showroom; a visit to pay or buy on site is an offline deal", arguments: [
        ("寄养可以先来店里看环境，价格以拼多多下单为准", false),
        ("可以来店里看货，现场付更便宜", true), ("来店里买，价格以店里为准", true),
    ])
    func showroomVisit(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("initials joined by an underscore to what follows (dy_shop2024) begin a handle and name no channel for it; the channel named in words still counts", arguments: [
        ("抖音号 dy_shop2024，关注主页不迷路", false), ("加我邮箱 dy_shop2024", true),
    ])
    func initialsBeginningAHandle(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a pointer to the platform's own account by name (快手号就在我头像下面 on Kuaishou) is an account here; another platform's account so pointed at sends the buyer away", arguments: [
        ("没关注的家人们点一下关注，快手号就在我头像下面", Platform.kuaishou, false),
        ("快手号就在我头像下面，去快手找我", Platform.douyin, true),
    ])
    func ownAccountPointer(text: String, platform: Platform, violation: Bool) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a channel's name ending its line, the next line opening with a label to a colon and a handle, is one entry over two lines; without the colon the lines stay apart", arguments: [
        ("直播间专享价\n发给客服薇\n❤：kf_007\n返现五元", true),
        ("客服微信\n型号 AB1234", false), ("欢迎光临小店\n货号：ab_1234", false),
    ])
    func nameAndHandleOverTwoLines(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("payment steered round the checkout in other words: another way to pay to spare the fee, a transfer instead of the order, a red packet, a payment code handed over; the same words about a failed payment, a photo or a rebate are not", arguments: [
        ("如果不想被平台扣手续费，咱们可以换个方式付款，你懂的", true), ("支付失败的话换个付款方式试试，手续费平台承担", false),
        ("亲，直接走支付那个宝转给我就行，不用拍", true), ("订单截图转给我就行，不用拍照", false),
        ("亲，运费你直接发我红包就行，不用补差价链接", true),
        ("亲，这单您别在天猫付了，我给您一个收款码，便宜五十", true),
    ])
    func paymentRoundTheCheckout(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("的号 right after a channel's name (那个绿色图标的号) is the account on that channel; after a person (骗子的号) it is someone else's", arguments: [
        ("要的小窗我，发你那个绿色图标的号", true), ("别加那个骗子的号", false),
    ])
    func accountOfAChannel(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("点 after an hour (每晚 8 点 live) tells the time, not a spelled dot; after a word it is still one (163 点 com)", arguments: [
        ("follow 我的快手账号，每晚 8 点 live", false), ("官网 163 点 com 下单更便宜", true),
    ])
    func hourIsNoSpelledDot(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("how to reach the speaker asked and answered in the next sentence (怎么找我？看我第一篇笔记的最后一张图) is one pointer; the same answer to another question is not", arguments: [
        ("怎么找我？看我第一篇笔记的最后一张图", true), ("怎么搭配？看我第一篇笔记的最后一张图", false),
        ("怎么找我？我一直在直播间", false),
    ])
    func contactQuestionAnswered(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a sign behind the host whose number is to be called is a pointer; the sign showing a price list or a brand is not", arguments: [
        ("想要的看我身后那块牌子，上面的号码打过来", true), ("想要的看我身后那块牌子，上面是今天的价格表", false),
        ("我身后的牌子是我们的品牌名", false),
    ])
    func signBehindTheHost(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a refusal after its topic with the shop as subject (私下转账我们这边不接受的) turns it down; the topic accepted there is still offered", arguments: [
        ("亲，私下转账我们这边不接受的，为了您的资金安全请走天猫下单", false), ("私下转账这里不支持哦", false),
        ("私下转账这边也行", true),
    ])
    func refusalAfterTopicWithPlace(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .tmall)
    }

    @Test("a sound-alike whose first character ends the word before it (卖家微信 heard as 加微信) is that word; the seller's WeChat with a handle is still a contact", arguments: [
        ("朋友说她在别的平台加了卖家微信买，结果收到假货，还是天猫靠谱", false),
        ("商家微信 tb_shop123 加一下", true),
    ])
    func soundAlikeInsideAWord(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .tmall)
    }

    @Test("a question about adding the speaker answered by the account in the next sentence (该加我薇？号 dy_muzi) offers it; the same question turned down does not", arguments: [
        ("想要便宜的是不是该加我薇？号 dy_muzi 哈哈", true), ("是不是该加我薇？不用的", false),
    ])
    func questionAnsweredByAccount(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a question reported and then answered yes (有老铁问有没有群，有的有的，…) leaves the answer's contact the speaker's; answered no, or 有的 as some, it stays reported", arguments: [
        ("有老铁问有没有群，有的有的，扣扣群 593018247 直接搜", true), ("有老铁问有没有群，没有哦，有事快手私信", false),
        ("有老铁问有没有群，有的人说有，其实我们没有", false), ("有人问有没有群，行业规矩不建群", false),
    ])
    func reportedQuestionAnsweredYes(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a negation reaches through a comparison (不用像以前那样加微信) to its verb; a contact offered after it still counts", arguments: [
        ("视频号小店售后挺好的，不用像以前那样加微信找人", false), ("大家不要跟别人一样私下交易", false),
        ("不用像以前那样加微信了，现在加我工作号 wx_abc123 就行", true),
    ])
    func negationThroughComparison(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .wechatChannels)
    }

    @Test("quoted words named right after the closing mark (“加我V我50”这个梗) are mentioned, not said; the same words said after the quote count", arguments: [
        ("“加我V我50”这个梗到底是谁发明的哈哈哈", false), ("“私下交易”这种说法是违规的吗", false),
        ("“加我微信”这个我天天说，加我微信 abc12345", true), ("加我V我50", true),
    ])
    func quotedAndNamed(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("an amount to transfer to the speaker (您转我三百) is paid outside the order; a refund returned or a transfer declined is not", arguments: [
        ("视频号这边下单有点麻烦，我帮您个忙，您转我三百，我直接给您发货", true), ("您付我三百定金就行", true),
        ("运费险会退给您，不用转我钱", false), ("退款三百元已原路退回，请查收", false),
        ("我老公上次转我五百块说给我买口红，结果我买了这个", false), ("运费您转我十块就行", true),
    ])
    func amountTransferredToSpeaker(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a visit to try or look (预约线下体验, 来店参观) is no offline deal; a payment named beside it still is", arguments: [
        ("工作室地址在静安区，可以预约线下体验，预约通道在主页笔记置顶", false), ("支持来店参观，环境很好", false),
        ("可以预约线下体验，满意了现场付款更便宜", true), ("支持来店参观，看好了私下交易", true),
    ])
    func visitToTry(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("words owned as a joke right after them (V我50看看实力（开玩笑的）) offer nothing; a contact with the joke, a joke denied, or a joke that takes back a refusal still offer", arguments: [
        // (The V我50看看实力 meme alone is the joke it is — an allowed phrase; V我50 for a fee is a transfer.)
        ("主播你好帅，V我50看看实力（开玩笑的）", false), ("V我50，资料发你", true), ("加我微信 abc12345（开玩笑的）", true),
        ("加我微信聊，不是开玩笑的", true), ("不要加我绿泡泡哦，开玩笑的，要的来", true),
    ])
    func wordsOwnedAsAJoke(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a one-character money word ending the verb of a co-occurrence (直接付|款) is the verb's own object: paying the order directly is no direct payment; paid to the worker it is", arguments: [
        ("视频号小店支持微信支付，下单时直接付款就行，不需要转账", false), ("到了直接付款给师傅就行", true),
        ("你给我个银行卡号 我直接打钱", true),
    ])
    func moneyWordFusedToTheVerb(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .wechatChannels)
    }

    @Test("a third person's shop named as theirs (他们家线下店) is the speaker's experience as a customer; a third person's contact handed over is still a contact", arguments: [
        ("周末去了他们家线下店，和小红书店铺一个价，服务也好", false), ("他家微信是 abc12345，可以去问", true),
    ])
    func thirdPersonsOwnShop(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("what a pointer names denied with 什么 between (不是什么联系方式) is no contact; said to be the contact it is", arguments: [
        ("我名字里的数字是我生日，不是什么联系方式哈", false), ("我名字里的数字就是联系方式，直接加", true),
    ])
    func pointerDeniedWithWhat(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("the buyer's own handle asked for by name (备注一下您的vx，我加您) is a contact pulled off the platform; the buyer's phone on the order is not", arguments: [
        ("下单的时候备注一下您的vx，我这边加您发电子版", true), ("请问您的v是多少，我加您", true),
        ("您的电话已经填在订单上了，快递会联系您", false),
    ])
    func buyersHandleAskedFor(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("the speaker's own code scanned with a payment app (支付宝直接扫我给的码) pays them, not the order; a payment code of the order does not", arguments: [
        ("付款那步老是失败的话，您支付宝直接扫我给的码也一样", true), ("用支付宝扫码付款就行", false),
        ("付款那步老是失败的话，换一下支付方式，比如拼多多支付或者银行卡", false),
    ])
    func speakersCodeScannedToPay(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("cash for goods in hand (一手交钱一手交货) is a deal off the platform; a same-city courier booked on the order is not", arguments: [
        ("同城的话可以约个地方见面，一手交钱一手交货", true), ("同城的话可以选闪送，下单后一小时内送到", false),
    ])
    func cashForGoodsInHand(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("加我微 heard in its sound-alikes (家我薇) with a handle is the invitation; 大家 or 国家 before 我 is not", arguments: [
        ("喜欢的家我薇，mm_lily99", true), ("大家我为你们准备了福利", false), ("国家我为你骄傲", false),
        ("回家我微信跟你说", false),
    ])
    func addMeHeardAlike(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a price said to be lower for cash (现金价更低) is a cash discount; a cash coupon's floor is not", arguments: [
        ("老铁我们在郑州有仓库，你直接来提货，现金价更低", true), ("付现金价格低一点，直接来店里", true),
        ("现金红包最低五元", false),
    ])
    func cashPriceLower(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("another marketplace named only to say the price here counts (价格以抖音直播间为准，今天这里最便宜) keeps the buyer here; the same words with a contact or pointing there do not", arguments: [
        ("我们淘宝也有店，但是价格以抖音直播间为准，今天这里最便宜", false),
        ("我们淘宝也有店，加我微信 abc12345，那边最便宜", true), ("淘宝店里这款最便宜，去那边拍", true),
    ])
    func priceHereCounts(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("one letter repeated before 号 店 里 上 is a blank (文三路 XX 号), no initials invited by them; an invitation before it or a handle still counts", arguments: [
        ("本店支持到店自提（地址：杭州市文三路 XX 号），请在平台下单后凭取件码提货", false), ("XX店同款，比XX店便宜", false),
        ("大克重的可xx交易，欢迎到店", true), ("dd我，滴滴，小窗口聊不方便", true),
    ])
    func repeatedLetterBlank(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a visit to a shop to try something (去线下店试的口红) is no offline deal", arguments: [
        ("今天去线下店试的三款口红，最后还是在旗舰店下单了", false), ("可以先去实体店试一下尺码，再回来拍", false),
        ("来我们线下店，现金交易再便宜五十", true),
    ])
    func shopVisitToTry(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("the same goods offered cheaper, the buyer sent to the speaker's bio (我这有一样的 便宜一半 看我主页简介), points at a contact; a bio that holds shop facts does not", arguments: [
        ("这个价格太贵了吧 我这有一样的 便宜一半 看我主页简介", true), ("官方旗舰店外的正品渠道：点击我的头像，看个人简介", true),
        ("店铺简介里有我们的发货时间和退换规则，今天下单更便宜", false), ("个人简介写了我的身高体重，衣服尺码可以参考", false),
    ])
    func cheaperSeeMyBio(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a road off the platform said to bring no gain (私下也不会更便宜) refuses it; the road offered for a gain does not", arguments: [
        ("这个价格在直播间是最低的了，私下也不会更便宜，大家放心拍", false), ("线下没有优惠哦，直接拍就行", false),
        ("私下更便宜", true), ("私下交易不会更便宜，但更快，加我微信 abc12345", true),
    ])
    func gainDenied(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("coming in person for the goods for less (过来自提，还能打八折) is an offline price; pickup with no price, or a price the same either way, is not", arguments: [
        ("还想要的宝宝可以私我，我发你工作室的地址，过来自提还能打八折", true), ("要的话直接过来拿，能再便宜二十", true),
        ("自己来拿吧，快递太慢了，这款已经很便宜了", false), ("到店自提还能打八折", false),
    ])
    func pickupDiscount(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("an add to be labelled with the platform the buyer came from (加的时候备注快手) is a friend request elsewhere; an order's note is not", arguments: [
        ("哈喽 老铁们 想要的扣1 我一个个私发 加的时候备注快手", true), ("加的时候备注一下尺码", false),
        ("加购的时候备注颜色", false), ("关注的时候备注一下快手昵称就行", false),
    ])
    func addNotePlatform(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a reported question whose object closes its phrase (好多人问链接，…) is answered by the speaker in the phrases after it; a question whose words follow, or an answer someone else gives, stays reported", arguments: [
        ("好多人问链接，这里发不了，主页那个群号进去就有", true), ("有人问，能不能加微信，主页那个群号进去就有", false),
        ("好多人问链接，她说主页那个群号进去就有", false), ("好多人问群号，群号在主页吗？", false),
    ])
    func askedObjectThenAnswer(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a channel with an invitation to the speaker right after it (来蓝色软件找我) is the speaker's own, beside a warning; someone else's is not", arguments: [
        ("这里说话要小心，会被屏蔽，懂的来蓝色软件找我", true), ("小心骗子，他们让你去蓝色软件找他", false),
        ("这里说话要小心，有人让我去蓝色软件找他，我没去", false),
    ])
    func channelThenToSpeaker(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a group entered from the platform order (在订单里加入课程群) is the platform's own; a group reached by adding the speaker is not", arguments: [
        ("想学吉他的朋友，报完在订单里加入课程群，助教会在群里答疑", false), ("课程拍下后在订单里加入学习群，老师在群里答疑", false),
        ("课程拍下后私信我，我拉你进学习群", true), ("报完名加助教vx进课程群，助教会在群里答疑", true),
    ])
    func groupFromOrder(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a group named as the listing platform's own, with 的 between (小红书的群聊), is the platform's; an invitation to a private group is not", arguments: [
        ("二手书漂流活动开始啦！在小红书的群聊里报名，每周交换一次", false), ("打卡活动在小红书里的群进行，每天更新", false),
        ("二手书漂流活动开始啦！想进的评论区扣1，我拉你进群", true), ("想进群的姐妹私我拉你进微信群", true),
    ])
    func ownPlatformGroupWithDe(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a satellite itself (卫星发射, 卫星云图) is no WeChat by nickname; 卫星 with an invitation still is", arguments: [
        ("今天去看了卫星发射直播，太震撼了，顺便拍了好多星空照片分享给大家", false), ("卫星云图显示明天有雨，发货可能延迟一天", false),
        ("蛋糕预定方式：➕卫星 baking_miumiu，同城配送", true), ("想要实拍的加我卫星，发你视频", true),
    ])
    func satelliteItself(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a screen corner tapped (点右上角私信) is no 电邮 by its sound; an e-mail offered still is", arguments: [
        ("有问题点右上角私信，看到都会回，晚上回复可能慢一点", false), ("资料发我电邮 abc@163.com", true),
    ])
    func pointRightCorner(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a fish tank named for its size (QQ缸) is no QQ; a QQ number offered beside it still is", arguments: [
        ("型号：WX-2018 微型水泵，功率 18W，扬程 1.2m，适用 QQ 缸、小型鱼缸", false), ("适用 QQ 缸、小型鱼缸，加我qq 38475621 问", true),
    ])
    func qqTank(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a brand's nationwide warranty line (全国联保，售后服务热线 400-…) is the maker's service; a shop's service line, or a contact beside the warranty, is not", arguments: [
        ("全国联保，售后服务热线 400-820-8820（品牌官方），工作日9:00-18:00", false), ("全国联保，售后服务热线 400-820-8820，工作日9:00-18:00", false), ("全国统一服务热线 400-820-7788，来电享批发价", true), ("声明：本店仅此一个官方售后渠道，售后电话 400-820-6173 转 3", true), ("全国联保，想要批发价的加微信 pifa_888", true),
    ])
    func brandWarrantyLine(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .tmall)
    }

    @Test("on WeChat Channels the order's notices in WeChat (服务通知) are the platform's own; a personal WeChat is not", arguments: [
        ("视频号小店下单的朋友，订单会在微信里通知你，物流也在服务通知里看", false), ("加我个人微信，发货通知我私发你", true),
    ])
    func channelsOrderNotices(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .wechatChannels)
    }

    @Test("a refund sent back the way it was paid (原路退回到你的微信零钱) is the platform's; a transfer to the speaker's WeChat is not", arguments: [
        ("亲，退款已经原路退回到你的微信零钱了，一般两小时内到账，请查收", false), ("退款原路退回，以后直接转我微信零钱就行", true),
    ])
    func refundOriginalRoute(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("what everyone in a group buys (团购群里大家都在买) is a report of where; an invitation into the group is not", arguments: [
        ("小区团购群里大家都在买这个，我也跟了一单，确实好吃，链接放评论区了", false), ("群里大家都在买，想进群的私我", true),
    ])
    func groupEveryoneBuys(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("an account signed up, recovered or logged into with a phone number (换了手机号才登上) is an app's login; a number offered beside it, or a pointer to one, is not", arguments: [
        ("第一次用 QQ 邮箱注册的账号找回不了，最后换了手机号才登上，记录一下", false), ("换绑手机号以后验证码登录就好了", false),
        ("账号被封了找回不了，有事打我手机 13812345678", true), ("账号主页的号码就是我电话，直接打", true),
    ])
    func accountLoginPhone(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("加 as the second half of a word (参加活动, 增加, 更加) adds no one; an invitation after it still counts", arguments: [
        ("谢谢大家参加小红书的线下读书会", false), ("欢迎参加我们的线下活动，报名在小红书店铺", false),
        ("参加活动的加我微信 abc_123", true), ("想参加的来我店里现金交易", true), ("想参加读书会的加我v", true),
    ])
    func jiaInsideWord(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("Alipay named after WeChat in a list (微信、支付宝) makes no payment by WeChat; an invitation to WeChat beside it still counts", arguments: [
        ("分享我的手机桌面：微信、支付宝、小红书放第一屏，其他都收进文件夹", false), ("微信、支付宝放第一屏", false), ("付款微信、支付宝都可以，加我微信 abc_123", true),
    ])
    func wechatThenAlipayList(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("the speaker's own visit told (打卡了一家线下书店, 去了线下的展) is where they went; an invitation after it still counts", arguments: [
        ("打卡了一家线下书店，环境超好，店里的咖啡也好喝，地址在定位", false), ("周末带娃去了线下的乐高展，门票在抖音团购买的，比现场便宜二十", false), ("我们线下店更便宜，打卡了的家人们来店里付现金", true), ("周末去了线下的展会，想要同款的加我微信 aa_123", true),
    ])
    func ownVisitTold(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("the place the listener spoke of (你说的那家线下店) is theirs, asked about; the speaker's own shop offered is not", arguments: [
        ("姐妹你说的那家线下店在哪个商场呀？周末想去试试", false), ("你说的那家线下店，其实是我开的，来店里付现金更便宜", true),
    ])
    func listenersPlace(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a call told as done and described (司机电话联系的很准时) is no number offered; a number given beside it still is", arguments: [
        ("记录一下搬家：找的货拉拉，司机电话联系的很准时，东西一件没坏", false), ("师傅电话联系的很准时，有需要的打 13812345678", true),
    ])
    func callDescribed(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("going offline oneself (第一次去线下看房, 以前都是去线下药店买) is the speaker's outing; a shop's invitation offline still counts", arguments: [
        ("记录一下第一次去线下看房，中介的电话一直打不通，最后自己找过去的", false), ("以前都是去线下药店买，现在抖音上买方便多了，还能送到家", false), ("想要便宜的去线下店找我，付现金打八折", true), ("家人们去线下交易更划算，私聊我", true), ("大件的走线下，私聊约时间", true),
    ])
    func goingOfflineOneself(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("bought second-hand there (闲鱼上收的二手) is a report of where; an invitation there still counts", arguments: [
        ("我是在闲鱼上收的二手，九成新，用到现在没问题，分享给大家参考", false), ("闲鱼上收的，想要的去闲鱼搜我同名", true),
    ])
    func boughtSecondHandThere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a link said to be the listing platform's own item link (我都发的抖音商品链接) is the platform's; another marketplace's link sent is not", arguments: [
        ("给女朋友买的，她在朋友圈晒了，好几个闺蜜来问链接，我都发的抖音商品链接", false), ("来问链接的我都私发淘宝链接，那边便宜", true),
    ])
    func ownItemLink(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("别 inside a word (别的款式, 特别喜欢, 分别) forbids nothing; 别 before an invitation still does", arguments: [
        ("想要别的款式加我微信", true), ("特别喜欢的加我微信 ab_12", true), ("分别加我微信和QQ", true), ("别加我微信，平台上聊", false), ("特别提醒：别加任何人微信", false),
    ])
    func bieInsideWord(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a purchase elsewhere told as gone wrong (结果货不对板, 这次学乖了) is a story; a shop's own promise (货不对板包退) beside an invitation is not", arguments: [
        ("之前在别的店加过微信买，结果货不对板，这次学乖了", false), ("朋友说她在别的平台加了卖家微信买，结果收到假货，还是天猫靠谱", false), ("我们家货不对板包退，老客户加微信直接下单", true),
    ])
    func purchaseGoneWrong(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("someone in a service role telling (酒店前台说可以加她微信) narrates, as 她说 does; the speaker's own invitation is not", arguments: [
        ("出差住的酒店前台说可以加她微信帮忙叫车，我没加，自己用打车软件叫的", false), ("房东说可以加他微信交房租，我还是走的平台", false),
        ("出差住的酒店，想叫车的加我微信 jiuche_88", true),
    ])
    func serviceRoleTells(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a transfer told as done (给我转了, 给我打了) is something that happened; a transfer asked for (微信给我转过去就行) is still a way to pay", arguments: [
        ("我妈在微信上给我转了两百块，让我买这个送外婆", false), ("我朋友上周支付宝给我打了三百", false), ("我老公微信上给我付了定金", false),
        ("发票已经发到我邮箱了，谢谢商家", false),
        ("微信给我转过去就行", true), ("直接微信给我转，便宜二十", true), ("您支付宝转给我，马上发", true), ("钱已经转我支付宝了，下次也这样", true),
    ])
    func transferToldAsDone(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("不想 and 不愿 refuse (不想私下转账); a negated condition (不想加微信的话…, 不愿意私下交易的就算了) presupposes the offer", arguments: [
        ("请问可以走平台担保交易吗？不想私下转账", false), ("我不想私下交易，还是拍链接吧", false), ("不用加微信的，直接拍就行", false),
        ("不想加微信的话，私聊也行", true), ("不愿意私下交易的就算了", true), ("不加微信的就不发货了", true),
    ])
    func negatedCondition(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a price compared with the shop (比店里便宜) names no way to buy: what is cheaper is said elsewhere", arguments: [
        ("上周去店里试戴了，回来在抖音下单的，比店里便宜", false), ("加我微信拿代购价，比店里便宜一半", true),
    ])
    func cheaperThanTheShop(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a deed told inside the words (给我留了银行卡) or as 是…的 (推荐给我的) happened; a request (钱直接微信转给我的) did not", arguments: [
        ("老公出差前给我留了银行卡，我用卡在这上面付的", false), ("看视频号直播买的，朋友在微信里推荐给我的", false),
        ("钱直接微信转给我的，包邮", true), ("尾款支付宝转给我，今天发", true),
    ])
    func deedToldInside(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .wechatChannels)
    }

    @Test("words made a kind someone is (一个加微信买代购的，…; 那种让你私下转账的都…) are described; an offer's own name (这个…的福利) and an invitation to the speaker are not", arguments: [
        ("我之前就是信了一个加微信买代购的，钱转过去人就拉黑我了", false), ("那种让你私下转账的都是骗子", false),
        ("这个加微信的福利只有今天，加我 abc12345", true), ("一个加微信就能拿货的渠道，私下联系 vx abc12345", true),
    ])
    func describedAsKind(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("the speaker's past opening the clause (之前在线下批发, 去年在闲鱼上卖过) is history; an invitation to the speaker in it still counts", arguments: [
        ("我是做餐饮的，之前在线下批发，现在都在快手小店进货", false), ("以前在线下店上班，现在自己开网店了", false),
        ("之前在线下买过的老顾客，加我微信 abc12345 有优惠", true), ("以前的老客户现在直接线下交易，私聊", true),
    ])
    func pastInTheClause(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a crowd as the subject (好多人发电话号码, 好多姐妹私信要联系方式) tells what others do; the speaker answering or posting again speaks for themselves", arguments: [
        ("这个主播是官方认证的吗？评论区好多人发电话号码，有点吓人", false), ("好多姐妹私信要联系方式，真的没有哦，有事小红书私信我就行", false),
        ("好多人加不上，重新发一次：vx 同号 15866203317", true), ("好多人问链接，这里发不了，主页那个群号进去就有", true), ("好多人问，统一说一下，vx abc12345", true),
    ])
    func crowdAsSubject(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a question about the rules (能发自己的微信号吗？, 私下交易被发现会怎么样？) asks; a request of the listener (能发我你的微信吗？, 可以私下交易吗？) does not", arguments: [
        ("小红书能发自己的微信号吗？我看好多人发了被限流", false), ("请问私下交易被发现会怎么样？我是买家会被封吗", false), ("可以在评论区发自己的QQ吗？怕违规", false),
        ("能发我你的微信吗？", true), ("可以私下交易吗？便宜点", true),
    ])
    func asksAboutTheRules(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("asking the shop's people told as done (问了下客服能不能走线下) is reported; an offer after a bare 问了下 is not", arguments: [
        ("问了下客服能不能走线下，客服说不行，只能淘宝下单，理解", false), ("问了下，能走线下的私聊我", true),
    ])
    func askedTheShop(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a visit told right before a place (去了趟线下的科技馆, 逛过线下店) happened; going there as a way to buy does not", arguments: [
        ("周末陪爸妈去了趟线下的家具城，东西是真不便宜", false), ("去过一次线下的批发市场，价格和网上差不多", false),
        ("去线下店里买更便宜，私聊要地址", true), ("加了微信去线下交易，价格好谈", true),
        ("去了线下门店报我名字打八折", true), ("你去了线下就知道了，价格好商量", true),
    ])
    func visitToldAsDone(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a private source claimed (我有渠道) with the profile or a picture pointed at is a pointer; an official channel or a question is not", arguments: [
        ("我也有内部渠道哦，比官网便宜好多，看我头像", true), ("有一手渠道，价格看主页最后一张", true),
        ("官方渠道买的，主页有开箱视频", false), ("有渠道的姐妹能不能分享一下，我看了好多主页都不靠谱", false),
    ])
    func sourceAndPointer(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("the speaker's family acting (我爸非要在微信群里抢红包) or telling (我妈说…团购群) is their life told; a relative handed over, owning or offering is not", arguments: [
        ("我爷爷天天在微信群里发养生文章，拦都拦不住", false), ("昨天帮我婆婆用QQ传了几张照片，折腾半天", false),
        ("老公说他们公司团购群里的水果挺新鲜的", false),
        ("把孩子的电话留给我，老师直接打给您", true), ("老公的线下店欢迎来玩，地址私聊", true), ("老人孩子都可以线下来店，价格更低", true),
    ])
    func familyActsOrTells(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a delivery inspected in front of the courier (签收时请当面验货) is the order's service; meeting in person to trade is not", arguments: [
        ("快递到了请当面开箱检查，有问题当场拒签", false), ("同城可以当面交易，价格好商量", true),
    ])
    func inspectedOnDelivery(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("one character after 那个就是 (那串数字，那个就是威) clips a channel's name; it explains nothing away", arguments: [
        ("看我简介那串数字，那个就是薇", true), ("我主页那串数字，那个是开播时间", false),
    ])
    func oneCharacterExplainsNothing(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("the speaker adding the audience one by one (我挨个加你们) is a way off the stream; adding to the cart is not", arguments: [
        ("要的扣个想要，我一个个加你们", true), ("大家挨个加购物车，我一个个讲", false), ("我加你们的粉丝团了，主播加油", false),
    ])
    func addingTheAudience(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a search told as done (在淘宝搜了好久) and groups joined, counted (加了好几个兼职群) happened; a search or a group offered did not", arguments: [
        ("在淘宝搜了好久都没找到这个颜色", false), ("大学的时候加了好几个兼职群，后来全退了", false),
        ("淘宝搜店名小熊家就能找到", true), ("想进群的加群，群里好几个福利", true), ("以后去二手平台找我，那边便宜", true),
    ])
    func searchedAndJoined(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a service line limited to service, a code that bookmarks the shop and the e-mail the buyer left with the order are the order's; a line that sells, a code that adds the speaker, an e-mail asked for are not", arguments: [
        ("售后热线 400-820-3366（仅用于售后咨询，购买请在天猫下单）", false), ("卡片上有店铺二维码，扫码收藏店铺不迷路", false),
        ("资料会发到您预留的邮箱，请注意查收", false),
        ("全国统一热线 400-820-7788，来电享批发价", true), ("卡片上有二维码，扫码加我领红包", true), ("您发个邮箱给我，我把报价单发您", true),
    ])
    func theOrdersOwn(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a negation reaches through a place (千万别在笔记里放微信号); an offer after it stays one", arguments: [
        ("千万别在笔记里放微信号，会被限流", false), ("不要在简介里写电话，平台会查", false),
        ("不在笔记里放微信号，私信问我要", true), ("不在平台上交易，加我微信", true),
    ])
    func negationThroughAPlace(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("someone else's advice to the speaker (客服一直推荐我去…), a shop's words (这家说…) and a road said to have no protection are told; the speaker answering with 因为 speaks again", arguments: [
        ("店员一直劝我去他们的小程序买，我还是在这拍了", false), ("那家说可以私下交易便宜点，靠谱吗？", false),
        ("在平台外面交易啥保障都没有，别贪便宜", false),
        ("好多人问为什么这里不卖了，因为平台扣点高，想要的去闲鱼搜“小林木作”", true),
    ])
    func othersAdviceAndAnswers(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a post in a group told as done (在家长群里发了几张照片) and a relative's habit told on in a clause of its own (我妈…，天天在家庭群里发…) are the speaker's life; a group the speaker posts offers in, a relative's shop with a handle, are not", arguments: [
        ("出差回来在同学群里发了几张合照，大家都说我胖了", false), ("我爸学会了用手机拍照，每天在老年群里发他种的花", false),
        ("我们每天在群里发福利，进群扫主页码", true), ("我妈做的腊肉，每天微信接单，加 lamei_88", true),
        ("我老公是做批发的，天天在群里发新款，想进群的私我", true),
    ])
    func toldPostsAndHabits(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("after a report, a phrase that turns to whoever wants the goods is the speaker's own offer (天天有人问，想要的加微信…); words a statement verb introduced, or asked, stay reported", arguments: [
        ("这款天天有人问，想要的加微信 abc12345", true), ("好多人说好用，需要的宝子加我v：mm_shop66", true),
        ("客服说：想要的加微信 abc12345", false), ("有人问，想要的怎么加微信？", false),
    ])
    func turnsToTheAudience(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a picture pointed at by its place and scanned, the way to reach written there, Enterprise WeChat by its short name and a private talk promised for the buyer's number are contacts; a size chart or a scanner gun, ways to pay, and a courier calling are not", arguments: [
        ("第五张图有个码，扫了就能加到我", true), ("看我简介第一行，那里有方式", true), ("老顾客加店长企微，每周有内部价", true),
        ("有意向的留个电话，我们电话详谈", true), ("想要的看我置顶笔记评论区，我把方式放那了", true), ("支付方式在简介里写了，支持花呗", false),
        ("图三是尺码表，扫码枪另购", false), ("我们有多种支付方式，简介里写了", false), ("扫描下方二维码可查看使用说明视频", false),
    ])
    func picturesWaysAndTalk(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("the speaker's own Moments offered as a source is a contact; Moments full of other people's posts are not", arguments: [
        ("我朋友圈有拿货价，想要的找我", true), ("不过我的朋友圈有更便宜的渠道，感兴趣的私我", true),
        ("我朋友圈好多人都在买这个，我也跟风了", false), ("我朋友圈有人说这个更便宜，真的吗？", false),
    ])
    func momentsAsASource(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("上 ending a word of time (晚上在闲鱼卖画) invites nowhere, and a booking told as done (在大众点评上订了位) is a story; an invitation beside the time word still counts", arguments: [
        ("白天上班，晚上在闲鱼卖自己画的画", false), ("她提前在美团上订了位，人均八十", false),
        ("晚上来闲鱼找我，搜小林手作", true), ("马上去闲鱼搜我店名", true), ("晚上上闲鱼，那边便宜", true),
    ])
    func timeWordsAndBookings(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a question whether the other road is allowed, with the platform as the alternative (能加微信吗？还是只能在直播间买？), asks; a request with a handle, or an answer after a reply to all, offers", arguments: [
        ("主播能加微信吗？还是只能在直播间买？", false), ("在这买东西可以走闲鱼担保吗？还是必须在平台下单？", false),
        ("能加微信吗？我微信 abc12345", true), ("主播能加微信吗？还是只能在直播间买？我的微信 abc12345", true),
        ("为什么这么多人问我在哪买的？统一回复：在我小店里，店名看主页，那边比这里便宜", true),
        ("为什么总有人问我要微信？统一回复：本店不加微信", false),
    ])
    func onlyHereAndRepliesToAll(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a relative a few words off, or others the speaker tells of (教他们怎么在淘宝上看物流), act in their own story; a story that ends on whoever wants the goods, or a handle, offers", arguments: [
        ("我奶奶八十岁了还会用微信视频，每周都要跟我们打一次", false), ("今天把爸妈的手机换成了大字版，还教他们怎么在淘宝上看物流", false),
        ("我妈天天在家庭群里发她跳广场舞的视频，喜欢的点个赞", false),
        ("我奶奶八十岁了还在微信上卖她做的鞋垫，想要的私我", true), ("我奶奶做的手工鞋垫，想要的加微信 nn_xiedian", true),
        ("他们都在闲鱼上买，你也去闲鱼搜我店名", true),
    ])
    func othersInTheirStory(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("coming in person to pick up with the address kept for a private message is a pickup off the platform; a pickup chosen when ordering here is not", arguments: [
        ("住得近的姐妹可以直接来我家拿，地址私聊告诉你", true), ("同城的可以来仓库自提，地址私信发你", true),
        ("同城可以选择到店自提，下单时选自提就行", false),
    ])
    func pickupAddressInPrivate(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a group named for its community (小区业主群, 公司群) with no one invited is the speaker's neighbours or colleagues; invited into, it is a seller's group", arguments: [
        ("我们小区业主群里在团购车厘子，团长是楼下阿姨", false), ("我们公司群里在讨论年会的节目", false),
        ("业主群里在团购，想进的私我拉你", true), ("我们业主群里有团购，加我微信拉你进群", true), ("公司群里卖剩的货，想要的私我", true),
        ("我们自己的团购群比这里便宜，进群私我", true),
    ])
    func communityGroup(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("where a deed was done, told as 在…上…的 closing its clause (在公众号上预约的), is the past; the same words after whoever wants the goods, or asked of the listener, offer", arguments: [
        ("周末带娃去科技馆，提前在公众号上预约的，现场不能买票", false), ("这个是在微信上买的，比这里贵", false),
        ("想要的在群里拿的", true), ("有需要的在微信上拍的", true), ("请在公众号上预约的", true), ("想要的到群里拿的", true),
    ])
    func placeOfADeed(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("another marketplace named only to choose this one by its name (但我还是在天猫买了) is a buyer's comparison; sent there, the buyer is diverted", arguments: [
        ("京东上同款便宜五十，但我还是在天猫买了，因为有七天无理由", false), ("京东上同款便宜十块，还是天猫下单放心", false),
        ("京东上同款便宜五十，想要的去京东搜店名", true),
    ])
    func platformChosenByName(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .tmall)
    }

    @Test("relatives further off and those the speaker lives or works beside (表姐, 闺蜜, 同事) act in their own story; the same story ending on an offer offers", arguments: [
        ("我表姐就是在外面私下买的翡翠，花了两万，拿去鉴定是假的", false), ("我闺蜜在闲鱼上卖过二手包", false),
        ("我表姐在外面私下卖翡翠，想要的私我", true),
    ])
    func relativesFurtherOff(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a negation that reaches the first item of a list (别放二维码和微信号, 不要留电话、微信) reaches every item; after an ended negation the list is offered", arguments: [
        ("写给新手卖家：别在笔记里放二维码和微信号，会被限流", false), ("不要在评论里留电话、微信，会被封", false),
        ("别急，二维码和微信号在主页", true),
    ])
    func negationReachesAList(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a negated speech verb (这边不方便说) introduces nothing: the next clause is the speaker's own, and an account on another unnamed app handed over is a contact", arguments: [
        ("好多姐妹问怎么买，这边不方便说，私信我给你发另一个软件的号", true), ("私信我，我把另外一个软件的账号发你", true),
        ("有人说：私信我给你发另一个软件的号，别信", false), ("这个功能另一个软件也有", false), ("其他平台的号不卖货，只在这里卖", false),
    ])
    func negatedSpeechAndOtherApp(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("where to find the speaker said to be known, with a place on the profile for the rest, points at a contact", arguments: [
        ("老粉都知道去哪找我，新来的看我头像", true),
        ("有人说我让大家去外面买是违规，我不管，老粉都知道去哪找我，新来的看我头像", true),
    ])
    func whereToFindMe(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("上 with 的 after it is 'on' a place (手机壳上的小飞机图案), no 'go on'; a pointer to the card (包裹卡片上的微信) still points", arguments: [
        ("手机壳上的小飞机图案掉色了，用了一个月", false), ("想要的上小飞机找我", true), ("补发的事加一下包裹卡片上的微信", true),
    ])
    func onAPlace(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("what a pointer names said to be masked (快递单上的电话被打码了, 号码都遮住了) shows nothing; said to be the speaker's, it points", arguments: [
        ("收到了，快递单上的电话被打码了，挺保护隐私的", false), ("简介里的号码都遮住了吗？看不到", false),
        ("快递单上的电话就是我的，直接打", true), ("简介里的号码就是我的", true),
    ])
    func maskedPointer(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a channel said to be on the profile (vx在置顶, 电话在简介) is pointed at; a video there is not; a watch's chat feature (支持微聊功能) is the device's", arguments: [
        ("需要原图的姐妹可以滴我，vx在置顶", true), ("电话在简介，直接打", true), ("视频在主页，自己去看", false),
        ("电话手表支持微聊功能，需要在手表APP里绑定家长手机号", false), ("有问题加我微聊 abc12345", true),
    ])
    func placedOnProfile(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("after someone narrated, a phrase opening on 要的 turns to whoever wants the goods: the speaker passes the offer on; 要的是 and narration with no such turn stay reported", arguments: [
        ("昨晚跟闺蜜聊到半夜，她说她那边有一手货源，要的姐妹加她，她的v是 gm_8866", true),
        ("我妈说这批床单卖完就不做了，要的赶紧，📞 一八六 一二三四 五六七八", true),
        ("她说加她微信 gm_8866 能便宜，我没信", false), ("她回我说加微信 abc123 就行，我没加", false),
    ])
    func narratedThenTurned(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("coming back (等他回来) is no reply: what follows is the speaker's own", arguments: [
        ("我们老板出差去了，这两天下单的先别付款，等他回来在群里统一收钱", true), ("她回来以后在群里发了照片", false),
    ])
    func comingBackIsNoReply(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("coming in person with the place to search on a map, and contacting the speaker instead of ordering, are deals off the platform; a failed search or asking without ordering are not", arguments: [
        ("今天又去果园摘了一车，附近的直接来园里拿，导航搜王家果园", true), ("住附近的可以直接过来拿，高德搜李记农场就到", true),
        ("导航搜不到，绕了半小时才过来", false), ("周末带孩子去果园摘草莓，导航搜农场名字就能到", false),
        ("下次想要直接在拼小圈找我，不用下单", true), ("有问题找我，不用下单也可以问", false), ("有事找我，别拍错了", false),
    ])
    func visitByMapAndContactNotOrder(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a visit told as done earlier in the sentence makes what follows a story of it; an invitation or a turn to the audience after it, or a visit that is an errand, does not", arguments: [
        ("上个月去过一次景德镇，现场买的瓷器比网上便宜多了", false), ("国庆去了趟义乌，批发市场里砍价比网上便宜一半", false),
        ("去了趟批发市场，拿货比网上便宜，姐妹们可以私我", true), ("去了趟批发市场，拿货比网上便宜，有需要的说一声", true),
        ("东西寄过去了，比网上便宜", true), ("我们老板出差去了，这两天线下交易比网上便宜", true),
    ])
    func visitToldEarlier(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("what cannot be said here and the avatar, bio or signature pointed at instead; a question or a judgement (不能说很好) is no such thing", arguments: [
        ("价格这里不方便说，懂的姐妹看我签名", true), ("有些事这边不能说，想了解的看我个签", true),
        ("效果不能说很好，但是看头像就知道我是老用户了", false), ("能不能说一下价格，看简介没看懂", false),
        ("这个色差不好说，看买家秀吧", false),
    ])
    func unsaidThenPointed(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("tele, short for Telegram, handed over is another app; a lens's tele end is not", arguments: [
        ("要定制的私我，我发你我的tele，那边聊", true), ("海外的朋友加我 tele 联系", true), ("长焦端表现不错，tele端有点软", false),
    ])
    func teleIsTelegram(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("an attempt that came to nothing right after the words (扫了没反应, 加了没通过) offers nothing; an invitation beside it still does", arguments: [
        ("这个二维码扫了没反应，是不是过期了", false), ("微信加了没通过，客服也不回", false),
        ("扫这个二维码加我，扫了没反应就私我", true), ("加我微信 abc12345，加了没通过的私信我", true),
    ])
    func attemptFailed(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("隔壁 before a person or a room is next door; before a purchase or a search it is the marketplace next door", arguments: [
        ("买了两个，一个送给隔壁阿姨，她让我再拍一个", false), ("隔壁宿舍的同学用了也说好", false),
        ("隔壁卖得便宜，去隔壁买", true), ("想要的去隔壁搜同名", true),
    ])
    func nextDoor(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("the buyer's number asked for in the live chat to be called back is a contact taken off the platform", arguments: [
        ("下播以后记得把号码打在公屏上，我一个个回电话", true), ("拍不了的把手机号留在评论区，我挨个打给你", true),
        ("地址电话打在备注里就行", false),
    ])
    func numberAskedInPublic(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("orders taken by a chain in a group are a sale in the chat; a community's own group buying is not", arguments: [
        ("这批不上架，进群接龙，群号 556677889", true), ("团购价只在群里报，想要的进群接龙", true),
        ("我们小区群里接龙买的车厘子，很新鲜", false),
    ])
    func chainInGroup(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("the account elsewhere said to share this one's name, and the speaker's other shop with its link sent in private, point off the platform; another shop with no way there handed over does not", arguments: [
        ("同款我在某鱼卖得更便宜，id 和这边一样", true), ("我们另外有个小店在拼夕夕，链接我私你", true),
        ("我们另外有个小店在卖童装，有需要私我", false), ("名字挺好听的，和这款很配", false),
    ])
    func sameNameElsewhere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .tmall)
    }

    @Test("after the stream the speaker reaching the buyers in private is a deal off the platform; a viewer asking the host after it is not", arguments: [
        ("家人们不好说价格，想要的扣想要，下了播我私聊发你们", true), ("想要的扣1，下播后我私聊你们", true),
        ("下播以后我私聊主播问问还有没有货", false), ("主播下播后私信我说发货了", false),
    ])
    func privateAfterStream(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("the speaker's own counter in a mall is a place to come and buy; verifying at a brand's counter is not", arguments: [
        ("这款线上价格没法改，您来我们专柜，可以给您内部折扣", true), ("可以到专柜验货，假一赔十", false),
        ("上周去了你们专柜试穿，尺码偏大", false),
    ])
    func ownCounter(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .tmall)
    }

    @Test("a bare 群 after a community's group named earlier in the sentence is that group; an invitation into it is a seller's", arguments: [
        ("我家孩子班主任建了个家长群，天天在群里发作业", false), ("公司新建了个同事群，领导天天在群里发通知", false),
        ("小区建了个业主群，想进群的私我拉你", true),
    ])
    func communityGroupNamedEarlier(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("paying the speaker in private instead of ordering is a deal off the platform; a warning against transfers is not", arguments: [
        ("下单太麻烦的话，直接私我发个红包，我给你寄", true), ("私聊我转账，我这边手动发货", true),
        ("有问题私我，别转账给陌生人", false),
    ])
    func payInPrivate(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .wechatChannels)
    }

    @Test("content shared to Moments is passed on to friends; Moments shown only to those who add the speaker is a contact", arguments: [
        ("老板直播讲得好，我把视频号分享到朋友圈了", false), ("今天学了剪视频，导出后发到朋友圈，家人都说好看", false),
        ("新品都发朋友圈了，加我看", true),
    ])
    func momentsShared(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .wechatChannels)
    }

    @Test("a relative, friend or colleague saying something (我同事说…) frames it as theirs; the speaker turning to the audience after it does not", arguments: [
        ("我同事说她在微信群里团的比这便宜，我不信，自己买了一单试试", false), ("我老公说加我微信 abc12345 的都是骗子", false),
        ("我老公说了，想要的加我微信 abc12345", true), ("我妈说这批床单卖完就不做了，要的赶紧，📞 一八六 一二三四 五六七八", true),
    ])
    func familySays(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("what the host said, for the audience to note down (主播说的大家记一下), is passed on; reported alone it is not", arguments: [
        ("刚刚主播说的大家记一下：薇 ❤ 是 zhubo_8888", true), ("主播说的大家记一下：微信 abc12345", true),
        ("有人说加微信 abc12345 能便宜，我没加", false),
    ])
    func relayedToNoteDown(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("buyers of stock told to come in person are wholesale off the platform; coming once to buy, told as the past, is not", arguments: [
        ("做了十年服装了，现在想拿货的直接来广州沙河找我", true), ("拿货的直接来我们档口，地址在简介", true),
        ("以前是来档口拿货的，现在都网上买了", false), ("有问题来找我", false),
    ])
    func comeForGoods(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a channel said to be put in the comments is pointed at; the comments' first post as something else is not", arguments: [
        ("我表姐也在卖这个，她的vx我放评论第一条了", true), ("评论第一条是我的买家秀", false),
    ])
    func placedInComments(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a negation asked and granted in the next sentence (不能私下交易？能的) holds nothing back; confirmed (是的) it still refuses", arguments: [
        ("有人说我们不能私下交易？能的，私我就行", true), ("有人问能不能私下交易？是的，平台规定不能", false),
        ("我们不能私下交易？是的，请在平台下单", false),
    ])
    func negationAskedAndGranted(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("after a report, a phrase opening on whoever wants to see (想看的) turns to the audience; introduced by the speech verb it stays reported", arguments: [
        ("有老铁说我们是三无产品，资质都在，想看的加微信 ks_zz666 发你", true), ("他说想看的加微信 ks_zz666，我没加", false),
    ])
    func wantsToSeeTurnsToAudience(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a negation inside a phrase made a kind by 的 (说我们不发货的) ends before the 去 or 来 addressed to them", arguments: [
        ("说我们不发货的去看看我们实体店，地址在主页，随时欢迎", true), ("不要去那种实体店，都是骗人的", false),
        ("不想要的去别家看看", false),
    ])
    func negationInsideKind(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a kind of person described by what befell them (那个说加V有优惠的已经被踢出直播间了) is described, not speaking", arguments: [
        ("刚才那个说加V有优惠的已经被踢出直播间了，干得漂亮", false), ("那种让你私下转账的被封了好几个", false),
        ("那个说加V有优惠的，加我V shop_a88 就行", true),
    ])
    func kindBefallen(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a how-to the speaker teaches names an app as its topic; one that leads to the speaker, or turns into an invitation, still offers")
    func taughtHowTo() {
        expectVerdict("教大家怎么在闲鱼上卖二手书，第一步拍照要清楚", false, platform: .xiaohongshu)
        expectVerdict("教你们如何用微信视频通话，老人也能学会", false)
        expectVerdict("教你们怎么在拼多多上砍价，亲测有效", false)
        expectVerdict("我教大家怎么在闲鱼上找到我的店，搜同名", true, platform: .xiaohongshu)
        expectVerdict("教大家怎么私下交易更便宜，私我", true, platform: .taobao)
        expectVerdict("教你怎么加我微信，搜 abc12345", true)
    }

    @Test("the speaker's own place named, then the buyer asked to come; an address sent for collecting in person; after the stream, come and find me")
    func placesAndPickups() {
        expectVerdict("我们在广州十三行有门店，过来直接找我", true, platform: .xiaohongshu)
        expectVerdict("我们在杭州有档口，来了报暗号给拿货价", true, platform: .kuaishou)
        expectVerdict("我们有仓库，过来的货都要质检", false, platform: .taobao)
        expectVerdict("我们有仓库，来了新货先入库", false, platform: .taobao)
        expectVerdict("我家楼下就有实体店，试过了再来这边买的", false, platform: .kuaishou)
        expectVerdict("下单前私聊我，我把地址发你，自己过来拿", true)
        expectVerdict("退货的话我把地址发您，您寄过来就行", false, platform: .taobao)
        expectVerdict("维修的话我把地址发你，寄过来修好再寄回", false, platform: .taobao)
        expectVerdict("直播间就这个价，有意向的下了播来找我", true)
        expectVerdict("今天下播了，明天来找我玩", false)
    }

    @Test("a channel as the place to tell the speaker (在QQ上跟我说) invites; someone else telling the speaker there reports")
    func placeToTellTheSpeaker() {
        expectVerdict("直接在 QQ 上跟我说要几斤", true, platform: .kuaishou)
        expectVerdict("有啥问题在微信上跟我说哈", true)
        expectVerdict("朋友在QQ上和我说这个主播靠谱", false)
        expectVerdict("我妈在微信上跟我说这个便宜", false)
        expectVerdict("她在微信上跟我说要退货", false, platform: .taobao)
    }

    @Test("the way to buy or get after-sales said to be on the profile is a pointer; a way to use or clean the goods is not")
    func wayOnTheProfile() {
        expectVerdict("下播以后看我主页背景图，那里有售后的方式", true, platform: .kuaishou)
        expectVerdict("主页置顶有清洗的方式，大家可以看看", false, platform: .xiaohongshu)
        expectVerdict("售后方式：七天无理由，请在订单页申请", false, platform: .taobao)
    }

    @Test("what befell the deed, told as done (私下买号被找回了), is a consequence; reassurance that nothing will befall it (不会被发现) still offers")
    func whatBefellIt() {
        expectVerdict("私下买号被找回了，哭都没地方哭", false)
        expectVerdict("加微信被封了，大家小心", false)
        expectVerdict("线下交易被坑了好几次", false, platform: .kuaishou)
        expectVerdict("私下交易不会被发现，放心加我微信", true)
        expectVerdict("加我微信，不怕被骗", true)
        expectVerdict("私下交易被平台发现了就不好，所以加我微信聊", true, platform: .taobao)
    }

    @Test("Weibo written with v for w (vb, v博) is named like 微信 as v信; VB the language is not an invitation")
    func weiboWithV() {
        expectVerdict("约拍请移步 vb 私信", true, platform: .xiaohongshu)
        expectVerdict("v博同名，来找我", true)
        expectVerdict("学VB的同学可以看看这本书", false, platform: .taobao)
    }

    @Test("not to be said here, with where named between (不方便在评论区说), then the bio pointed at; a friend added to transfer to; a watch's 微聊 in a list of features parted by spaces")
    func unsaidHereFriendTransferWatchChat() {
        expectVerdict("不方便在评论区说价格，感兴趣的看我简介第二行", true, platform: .xiaohongshu)
        expectVerdict("不能在这里说，看我签名", true)
        expectVerdict("这个价格走淘宝我们亏本，诚心要的加个好友转账", true, platform: .taobao)
        expectVerdict("儿童电话手表 可插卡 定位 拍照 微聊 防水", false, platform: .pinduoduo)
        expectVerdict("支持 通话 定位 微聊 计步 防水", false, platform: .taobao)
        // (Phrases spaced out in a sentence are no list: 要的姐妹 闲余见 我挂了 名字叫 阿梅的小铺.)
        expectVerdict("要的姐妹 闲余见 我挂了 名字叫 阿梅的小铺", true, platform: .xiaohongshu)
        expectVerdict("有事 微聊 随时在", true)
        expectVerdict("加我微聊 abc12345", true)
    }

    @Test("a number asked after a way of trading (来电号码 sounds like 来店号码) asks for nothing; a record's label (型号：) labels its own value; a FAQ's labelled answer (答：抱歉) refuses its question")
    func tradeHasNoHandleRecordLabelFaqAnswer() {
        expectVerdict("售后会通过来电与您预约，来电号码为品牌官方热线", false, platform: .tmall)
        expectVerdict("品牌：绿源 型号：LY-2208 额定功率：1200W", false, platform: .taobao)
        expectVerdict("品牌：绿源 微信：lvyuan88", true, platform: .taobao)
        expectVerdict("问：能加客服微信吗？答：抱歉，所有咨询请在店铺旺旺内进行", false, platform: .tmall)
        expectVerdict("问：能加微信吗？回复：不行哦", false, platform: .taobao)
        expectVerdict("问：能加微信吗？答：可以的，vx123456", true, platform: .taobao)
    }

    @Test("where the business is done, named before the channel (接单都在绿色软件), invites; the note to say when adding (说是红薯来的) is no account of the platform's own; an account at a place of the speaker's own (看我主页背景图，右下角有个号) is no report")
    func businessThereNoteToSayAccountAtOwnPlace() {
        expectVerdict("接单都在绿色软件哈", true, platform: .xiaohongshu)
        expectVerdict("售后都在微信处理，直接找我", true, platform: .taobao)
        expectVerdict("咨询都在线，随时问", false, platform: .taobao)
        expectVerdict("别人接单都在微信，我们只在抖音", false)
        expectVerdict("主页简介那串字母就是，加的时候说是红薯来的", true, platform: .xiaohongshu)
        expectVerdict("有预算的看我主页背景图，右下角有个号，那个号能看到全部价格", true)
        expectVerdict("群里有个号一直私信我，大家别信", false)
    }

    @Test("in a transcript (买家：… ⏎ 卖家：…) a cue of discussion is its own speaker's, and a refusal may open the next speaker's turn")
    func transcriptTurns() {
        expectVerdict("卖家：想便宜的话私下转账给我\n买家：安全吗？\n卖家：放心", true, platform: .taobao)
        expectVerdict("买家：有人让我私下转账，安全吗？\n卖家：不安全，别理", false, platform: .taobao)
        expectVerdict("买家：能不能直接私下交易便宜点？\n客服：抱歉亲，所有交易只能通过天猫完成", false, platform: .tmall)
        expectVerdict("买家：能私下交易吗？\n卖家：可以的，转我支付宝", true, platform: .taobao)
    }

    @Test("a question reported in unpunctuated speech ends at its particle: the speaker then addressing the listener answers in their own voice")
    func reportedQuestionEndsAtParticle() {
        expectVerdict("有些家人问能不能便宜点啊这个价格确实最低了如果你要拿十件以上你就下播加一下我们那个绿色的软件", true)
        expectVerdict("好多人问在哪买呀你们去闲鱼搜我店名就行", true)
        expectVerdict("有人问能不能加微信啊你们说呢", false)
        expectVerdict("有个姐妹问能不能线下交易啊她说你们线下交易便宜", false)
    }

    @Test("a suppression scoped to the part reaches across a label's lines: the maker's service line beside its name; never a mobile number or a handle")
    func makersLabelAcrossLines() {
        expectVerdict("生产商：好味食品有限公司\n地址：晋江市经济开发区\n服务热线：400-8812-365", false, platform: .taobao)
        expectVerdict("服务热线：400-8812-365\n有事随时打", true, platform: .taobao)
        expectVerdict("生产商直销\n有事打 13812345678", true, platform: .taobao)
        expectVerdict("生产商：好味食品\n微信：hw_food88 下单更便宜", true, platform: .taobao)
    }

    @Test("a wink or the fear of throttling, then the avatar or profile to open (懂的点我头像), points at a contact; 红薯 the food and 来 that is no coming (用来, 原来) invite nowhere; a term whose first character ends an allowed word never started")
    func winkThenAvatarFoodAndComing() {
        expectVerdict("我有同款的渠道，懂的点我头像", true, platform: .xiaohongshu)
        expectVerdict("怕违规就不细讲了，想要的姐妹点我头像", true, platform: .xiaohongshu)
        expectVerdict("懂的都懂，这个价格真的绝了", false, platform: .xiaohongshu)
        expectVerdict("价格不方便在这说，点我头像进主页，橱窗里标着呢", false)
        expectVerdict("我家每天早上用来烤红薯", false, platform: .douyin)
        expectVerdict("想要的去红薯搜我店名", true, platform: .douyin)
        expectVerdict("原来店里还有这款，下次再买", false, platform: .taobao)
        expectVerdict("同城的可以线下来店里自提", true, platform: .taobao)
    }

    @Test("heads of lines that spell words (藏头: 加…⏎微…⏎信…) are read down when the text points to a handle or says so; heads that happen to spell a word are not")
    func acrosticHeads() {
        expectVerdict("藏头诗送给大家：\n加油努力每一天\n微风拂面心情好\n信心满满去奋斗\nlucky_mall_88 是我们的暗号", true, platform: .pinduoduo)
        expectVerdict("加油努力每一天\n微风拂面心情好\n信心满满去奋斗", false, platform: .pinduoduo)
        expectVerdict("一、打开包装\n二、取出配件\n三、按说明安装\n四、通电试机", false, platform: .taobao)
        expectVerdict("春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少", false)
        // `--explain` shows what the heads spell, as detection reads it.
        let explained = detector.explain(text: "加油努力每一天\n微风拂面心情好\n信心满满去奋斗\nlucky_mall_88", scene: .detail, platform: .pinduoduo)
        #expect(explained.entries.contains { $0.finding.ruleID.hasSuffix(".acrostic") && $0.dropped == nil })
        // The line-feed test behind it reads eight bytes at a time: a feed anywhere (inside a word, at
        // either end, after multi-byte characters) is seen, and no other byte passes for one.
        for length in 0..<20 {
            let text = String(repeating: "微", count: length / 2) + String(repeating: "a", count: length % 2 + 1)
            #expect(!Detector.containsNewline(text))
            #expect(!Detector.containsNewline(text + "\u{0B}\u{8A}\u{2028}"))
            for at in 0...text.unicodeScalars.count {
                var scalars = Array(text.unicodeScalars)
                scalars.insert("\n", at: at)
                #expect(Detector.containsNewline(String(String.UnicodeScalarView(scalars))), "feed at \(at) of \(text)")
            }
        }
    }

    @Test("cheaper than on the listing's own platform, named (比快手上便宜 on Kuaishou), sends the buyer elsewhere; the same words on another platform praise it; coming across someone (遇到) reports only its clause")
    func cheaperThanHereAndEncounters() {
        expectVerdict("今天遇到个卖土鸡蛋的大姐，她家的鸡蛋比快手上便宜，地址我放评论区了", true, platform: .kuaishou)
        expectVerdict("我们这比淘宝便宜多了，放心拍", false, platform: .douyin)
        expectVerdict("遇到个主播，让我加他微信，我没加", false, platform: .kuaishou)
        expectVerdict("碰到一个卖家，说私下交易便宜，大家小心", false, platform: .kuaishou)
    }

    @Test("a prohibition reaches every item of a list and what 等 sums it up as (禁止出现微信号、QQ号、手机号、二维码等站外联系方式); a warning word the speaker denies of themselves (不刷单, 不是骗子) discusses nothing and leaves the offer beside it")
    func prohibitedListAndDeniedWarnings() {
        expectVerdict("禁止出现微信号、QQ号、手机号、二维码等站外联系方式，违者扣除保证金", false)
        expectVerdict("严禁私下交易、线下见面、私下转账等行为", false, platform: .kuaishou)
        expectVerdict("不要发微信号、手机号、QQ号、邮箱、二维码等，直接加我微信 abc12345", true)
        expectVerdict("我们不卖假货、不刷单，私下转账更便宜", true)
        expectVerdict("我们不是骗子，私下转账更便宜", true)
        expectVerdict("大家不要被骗，私下转账的都是骗子", false)
        expectVerdict("主播确认下是不是冒充的，说走微信便宜", false)
        expectVerdict("请问小红书买东西可以私下交易吗？怕没有保障", false, platform: .xiaohongshu)
    }

    @Test("用 before an app used with someone else (我用 whatsapp 跟家里人说一声) is a tool; with the speaker (用 whatsapp 跟我联系) it invites; Twitter by its bird (蓝鸟私信我), not the car")
    func appUsedWithOthersAndTheBird() {
        expectVerdict("主播这个能寄到马来西亚吗？我用 whatsapp 跟家里人说一声", false)
        expectVerdict("用whatsapp跟我联系", true)
        expectVerdict("国内不方便聊的话，蓝鸟私信我，ID 是 lily_designs", true, platform: .xiaohongshu)
        expectVerdict("我爸开了十几年的蓝鸟终于退休了，换了辆新能源", false, platform: .xiaohongshu)
    }

    @Test("a warning word promised to the reader as what an invitation before it is for (加我，带你避坑) is the pitch, not a warning; one that opens the text, or follows its invitation's report, still warns")
    func warningPromisedToReader() {
        expectVerdict("想学理财的加我v：licai_88，带你避坑", true, platform: .douyin)
        expectVerdict("留学的事戳主页那串数字加我，帮你们避坑少走弯路", true, platform: .xiaohongshu)
        expectVerdict("教你避坑：千万别加陌生人的微信", false, platform: .douyin)
        expectVerdict("我带大家避坑，那些让你加微信私下交易的都是骗子", false, platform: .douyin)
        expectVerdict("有人说加他微信带你避坑，结果是骗子，大家小心", false, platform: .douyin)
    }

    @Test("the buyer told to name the platform when calling or visiting (到店报快手, 打过来报抖音) is a deal made outside it; a review that mentions it later is not; a number on the live room's screen to save is a number given")
    func platformNamedOffIt() {
        expectVerdict("到店报快手名字打九折", true, platform: .kuaishou)
        expectVerdict("想约搬家的 截个图 把我屏幕上这个号存一下 打过来报抖音有优惠", true, platform: .douyin)
        expectVerdict("到店后跟老板提抖音，老板送了个小菜，好评", false, platform: .douyin)
        expectVerdict("到店出示抖音团购券即可核销", false, platform: .douyin)
        expectVerdict("屏幕上的号存一下，随时打过来", true, platform: .douyin)
        expectVerdict("屏幕上这个尺码表大家存一下", false, platform: .douyin)
        expectVerdict("来电显示：屏幕上显示来电号码和归属地", false, platform: .taobao)
    }

    @Test("a marketplace by its old one-character name (毒 for 得物) counts only as an app or a place to buy or look; 来电报名 holds no Telegram (电报)")
    func nicknamesInsideWords() {
        expectVerdict("球鞋鉴定后发货，想先验货的可以去毒上下单，我这边挂了同款", true, platform: .pinduoduo)
        expectVerdict("这个面膜能去毒排毒，上脸很舒服", false, platform: .pinduoduo)
        expectVerdict("消毒上门服务，预约请拍下链接", false, platform: .taobao)
        expectVerdict("欢迎来电报名参加", false, platform: .douyin)
        expectVerdict("来电报价，量大从优", false, platform: .douyin)
        expectVerdict("想要的加我电报 shop_tg88", true, platform: .douyin)
    }

    @Test("a group something is posted to (转发到微信群里, 发到家族群, 分享到班级群) invites no one; sent to the speaker (发到我微信) or to the app itself for a reward (截图发到v芯领取) it does, and a handle still counts")
    func postedToAGroup() {
        expectVerdict("我把视频转发到微信群里，家里人都说好看", false, platform: .douyin)
        expectVerdict("照片发到家族群，大家都说好看", false, platform: .douyin)
        expectVerdict("链接分享到班级群了，老师说不错", false, platform: .douyin)
        expectVerdict("拍下后截图发到我微信", true, platform: .douyin)
        expectVerdict("评价后截图发到 v 芯 领取现金", true, platform: .taobao)
        expectVerdict("发到我们的微信群里", true, platform: .douyin)
        expectVerdict("截图发到微信群：shop_88 领券", true, platform: .douyin)
    }

    @Test("Latin initials inside an English phrase (DM me if…, pm for price) are English abbreviations, not pinyin initials; with an @handle a few words on they still point to it")
    func initialsInEnglish() {
        expectVerdict("DM me if you have questions about sizing 🙂", false, platform: .xiaohongshu)
        expectVerdict("want the preset? dm me on insta @mira.edits, cheaper than here", true, platform: .xiaohongshu)
        expectVerdict("去xy搜同名，那边便宜", true, platform: .douyin)
    }

    @Test("a group's name may run to five characters when the reader is pulled in by name (我拉你进团长培训群); adding the speaker after the stream (下播加我好友) keeps its buyers; a wink then the buyer sent to the speaker's bio (懂的…去我个签看看) points there")
    func pulledInAfterStreamAndWink() {
        expectVerdict("想做的扣1，我拉你进团长培训群", true, platform: .kuaishou)
        expectVerdict("带你进入新手村的第一步是认准品牌", false, platform: .douyin)
        expectVerdict("进入会员专属福利群需在店铺首页点击", false, platform: .douyin)
        expectVerdict("有兴趣的姐妹下播加我好友我们聊一下", true, platform: .douyin)
        expectVerdict("下播了，明天见，喜欢主播的点个关注加个粉丝团", false, platform: .douyin)
        expectVerdict("下播前加购物车的宝宝记得付款", false, platform: .douyin)
        expectVerdict("直播间的价格还不是最低的，懂的宝子去我个签看看", true, platform: .xiaohongshu)
        expectVerdict("懂得都懂，这个价格绝了，我主页还有别的测评", false, platform: .xiaohongshu)
    }

    @Test("a negated invitation asked rhetorically as how else the speaker could serve the listener (不加微信怎么给你算批发价) insists on it; a plain question how to reach someone without it asks")
    func rhetoricalNegation() {
        expectVerdict("不加微信怎么给你算批发价呢？", true, platform: .pinduoduo)
        expectVerdict("不拍链接怎么给你发货呢？", false, platform: .pinduoduo)
        expectVerdict("不加微信怎么联系？平台上不是能聊吗", false, platform: .douyin)
        expectVerdict("我们不加微信，有问题在这里说，怎么帮你处理都行", false, platform: .douyin)
    }

    @Test("the speaker's address written out for the buyer to come and collect (地址在…您直接过来拿) is a sale at the counter; a courier collecting a return, a parcel station, or the later half denied (不用过来拿) is not; a channel placed in the profile in a notice's words (已放置于主页背景图) points there")
    func addressForPickupAndPlacedNotice() {
        expectVerdict("亲亲，我们实体店还有现货，地址在深圳市福田区华强北赛格广场5楼5A088，您可以直接过来拿", true, platform: .douyin)
        expectVerdict("取件地址在小区门口，快递员会上门来取", false, platform: .taobao)
        expectVerdict("菜鸟驿站地址在小区东门，到了自取", false, platform: .pinduoduo)
        expectVerdict("退货地址在订单详情里，寄回来就行，不用过来拿", false, platform: .taobao)
        expectVerdict("本店v信已放置于主页背景图，有需要自取", true, platform: .douyin)
        expectVerdict("本店售后政策已放置于商品详情页底部，请自行查看", false, platform: .douyin)
    }

    @Test("a platform's own features stay home: a kind of place qualified by the listing platform's name (抖音小程序 on Douyin), WeChat's customer service on Channels; the same features name another platform elsewhere (抖音小程序 on Kuaishou, 旺旺 off Taobao), and the listeners sent a channel (发你们vx) are its recipients, not its owners")
    func platformsOwnFeatures() {
        expectVerdict("下单后在抖音小程序“我的订单”里查看物流", false, platform: .douyin)
        expectVerdict("下单后在抖音小程序“我的订单”里查看物流", true, platform: .kuaishou)
        expectVerdict("视频号小店下单，售后在微信里直接找客服就行", false, platform: .wechatChannels)
        expectVerdict("加我微信：shop_v88 售后在微信里直接找客服", true, platform: .wechatChannels)
        expectVerdict("这款淘宝有，旺旺联系我 备注抖音", true, platform: .douyin)
        expectVerdict("亲，有问题可以旺旺留言，看到第一时间回复您", false, platform: .taobao)
        expectVerdict("小时候最爱吃旺旺雪饼，搜旺旺大礼包就有", false, platform: .douyin)
        expectVerdict("想要的宝宝去我粉丝群里 群里发你们vx", true, platform: .douyin)
    }

    @Test("a site given to check the goods or the parcel (防伪查询：www…, 顺丰官网 … 查询单号) in a sentence that sells nothing is no road to a sale; with a sale or an offer in its sentence, or another site beside it, a link still counts")
    func linkToCheckGoodsOrParcel() {
        expectVerdict("正品可在品牌官网 www.dyson.cn 输入序列号查询", false, platform: .tmall)
        expectVerdict("快递单号可在顺丰官网 sf-express.com 查询", false, platform: .kuaishou)
        expectVerdict("防伪查询：www.315cx.com", false, platform: .taobao)
        expectVerdict("防伪查询 www.fake-check.cn 下单更便宜", true, platform: .douyin)
        expectVerdict("防伪查询：www.315cx.com。更多款式：www.abc-shop.cn", true, platform: .taobao)
        expectVerdict("物流信息看这里 t.cn/A6xYzQ 领券再买", true, platform: .douyin)
    }

    @Test("a maker's landline on its label (生产商：…电话：0574-…) is the label's, as a 400 line is; a mobile there, or a landline offered for a deal, still counts; the shop's address labelled (实体店地址：…欢迎来拿货) and a channel then 详谈 invite")
    func makersLandlineAndLabelledAddress() {
        expectVerdict("生产商：宁波美佳电器有限公司 地址：宁波市鄞州区 电话：0574-8888 6666", false, platform: .tmall)
        expectVerdict("生产商：宁波美佳电器有限公司 电话：13812345678", true, platform: .tmall)
        expectVerdict("想便宜的直接打厂家电话：0574-8888 6666", true, platform: .tmall)
        expectVerdict("实体店地址：杭州四季青服装市场2楼A区208，欢迎来拿货", true, platform: .douyin)
        expectVerdict("退货地址：杭州市余杭区文一西路969号，寄回即可", false, platform: .taobao)
        expectVerdict("私人定制｜不接平台单｜有意者扣扣详谈", true, platform: .xiaohongshu)
        expectVerdict("价格可以详谈，直接在这里留言", false, platform: .xiaohongshu)
    }

    @Test("来自 says where a thing came from, no coming anywhere; the link to buy said to be on another platform (购买链接在拼多多, 淘宝有链接) sends the buyer there, on the platform itself or in its cart it does not")
    func sourceAndLinkPlacedElsewhere() {
        expectVerdict("这双袜子来自京东，那条围巾是朋友织的", false, platform: .xiaohongshu)
        expectVerdict("来京东找我，那边便宜", true, platform: .xiaohongshu)
        expectVerdict("同款的购买链接在拼多多，需要的自取", true, platform: .xiaohongshu)
        expectVerdict("想要的话京东有链接", true, platform: .douyin)
        expectVerdict("购买链接在拼多多", false, platform: .pinduoduo)
        expectVerdict("链接在小黄车，直接拍", false, platform: .douyin)
    }

    @Test("a maker's line for the whole country (全国服务热线 400-…) is its service, as a warranty line is — unless its sentence offers a deal by phone; a sale on the platform itself offers none, and a mobile number is never set aside")
    func nationwideServiceLine() {
        expectVerdict("全国服务热线 400-860-1122（工作日 9:00-17:30）", false, platform: .tmall)
        expectVerdict("全国统一服务热线 400-860-1122，来电享优惠价", true, platform: .tmall)
        expectVerdict("全国服务热线 400-860-1122（仅限售后，订单请在天猫下单）", false, platform: .tmall)
        expectVerdict("全国服务热线 13912345678", true, platform: .tmall)
    }

    @Test("on WeChat Channels the shop goes by WeChat's name (微信小店): ordering there is ordering here; elsewhere it sends the buyer away, and an invitation beside it still counts")
    func channelsShopByWeChatsName() {
        expectVerdict("看完直播就去微信小店拍了，发货挺快", false, platform: .wechatChannels)
        expectVerdict("看完直播就去微信小店拍，比这边便宜", true, platform: .douyin)
        expectVerdict("微信小店上新了，加微信 shop_a88 看实拍", true, platform: .wechatChannels)
    }

    @Test("unpunctuated speech: a question reported, then answered yes in the next phrase (有的), is the speaker's; a past time or a negation in one phrase does not reach the next, where the speaker turns to the listeners or acts now")
    func phrasesOfUnpunctuatedSpeech() {
        expectVerdict("有老铁问快手上有没有 有的 快手同名店 那边便宜", true, platform: .douyin)
        expectVerdict("有老铁问快手上有没有 没有 我们只在抖音", false, platform: .douyin)
        expectVerdict("上次那个价还算数吗 我直接转你卡里", true, platform: .kuaishou)
        expectVerdict("上次我直接转你卡里了 你查一下", false, platform: .kuaishou)
        expectVerdict("主播别光说不让加v 你们看我头像就知道找谁了", true, platform: .douyin)
        expectVerdict("别加他微信 姐妹们看我置顶避雷", false, platform: .xiaohongshu)
        expectVerdict("不要加微信 你们加了也没用", false, platform: .xiaohongshu)
    }

    @Test("money sent straight to a card (打你卡上, 转我卡里) leaves the checkout; warned against, it does not; the avatar pointed at with a wink after it (看我头像就知道找谁了) points at a contact, what the profile shows of the speaker does not; a dot spelled 点 inside a handle joins it")
    func cardTransferWinkAfterAndSpelledDot() {
        expectVerdict("尾款直接打我卡上就行", true, platform: .taobao)
        expectVerdict("请勿转账到个人卡上，认准平台付款", false, platform: .taobao)
        expectVerdict("想要的看我头像就知道找谁了", true, platform: .douyin)
        expectVerdict("看我主页就知道我是做什么的了", false, platform: .douyin)
        expectVerdict("小号 nana点1990 欢迎来聊", true, platform: .xiaohongshu)
        expectVerdict("每晚8点直播 不见不散", false, platform: .douyin)
    }

    @Test("a channel's name used as a verb on the speaker (有需要微信我, 急事QQ我就行) invites; a place named before 我 (小红书我也发了) or the app's account deleted (微信我删了) does not")
    func channelUsedAsVerb() {
        expectVerdict("有需要微信我", true, platform: .douyin)
        expectVerdict("急事QQ我就行", true, platform: .douyin)
        expectVerdict("小红书我也发了", false, platform: .douyin)
        expectVerdict("微信我删了", false, platform: .douyin)
    }

    @Test("traditional characters whose simplified form Unihan gives beside a rare extension-B one (買, 賬, 闆) fold to it; written Cantonese's own characters (嚟 哋 啲 冇 佢 舖) and 帐/账 read as the lexicon writes them")
    func traditionalAndCantoneseFolds() {
        expectVerdict("老闆，過嚟我哋舖頭買平啲", true, platform: .pinduoduo)
        expectVerdict("請直接匯款至本公司帳戶，可再優惠", true, platform: .tmall)
        expectVerdict("佢話呢度冇得賣", false, platform: .pinduoduo)
        expectVerdict("退款会原路退回到您的帐户", false, platform: .taobao)
    }

    @Test("the buyer asked to come where the goods are grown or made, or to haul them away for less, trades off the platform; going there oneself, or goods said to come from there, does not; a place named as outside the platform (抖音以外的地方) is elsewhere, a region outside the free-shipping area is not")
    func visitToSourceAndOutsideNamed() {
        expectVerdict("欢迎来我们果园采摘，现场买更便宜", true, platform: .douyin)
        expectVerdict("我们去农场玩了一天", false, platform: .douyin)
        expectVerdict("这批橙子来自赣南果园", false, platform: .douyin)
        expectVerdict("可以直接来拉货，一斤便宜两块", true, platform: .douyin)
        expectVerdict("物流拉货很快，第二天就到", false, platform: .douyin)
        expectVerdict("下播后我们在抖音以外的地方聊", true, platform: .douyin)
        expectVerdict("除了新疆以外的地方都包邮", false, platform: .douyin)
    }

    @Test("a reported question answered by turning to those who cannot wait (着急的可以先去淘宝搜) is the speaker's offer; told to wait, it is not")
    func hurriedAudienceAddressed() {
        expectVerdict("很多姐妹问怎么买，着急的可以先去淘宝搜同名店", true, platform: .xiaohongshu)
        expectVerdict("很多姐妹问怎么买，着急的等下周补货", false, platform: .xiaohongshu)
    }

    @Test("the V我50 meme is a joke, a fee asked by WeChat is not; an account kept for perks (福利号) pointed at on the parcel's card is a contact")
    func memeAndPerksAccount() {
        expectVerdict("v我50看看实力 哈哈哈", false, platform: .douyin)
        expectVerdict("资料费 v我50 发你网盘", true, platform: .douyin)
        expectVerdict("我们还有个福利号，看包裹里的小卡片", true, platform: .xiaohongshu)
        expectVerdict("包裹里的小卡片是使用说明，请先阅读", false, platform: .xiaohongshu)
    }

    @Test("a report passed on to whoever wants it (…让我加QQ…，大家要的话可以试试) recommends the contact, a caution does not; a wink after a rule (您懂的) gets round it; the buyer sent to search a quoted name two clauses on goes there, a search here does not; a thing not allowed here put in a post's last picture is hidden there; a card number asked to pay into leaves the checkout")
    func dressedAsReportsAndRules() {
        expectVerdict("商家让我加QQ 2233445566，大家要的话可以试试", true, platform: .pinduoduo)
        expectVerdict("有人让我加QQ 2233445566 退款，大家要的话小心点", false, platform: .pinduoduo)
        expectVerdict("平台规定我们不能说太多 您懂的 去闲鱼搜我们店名就行", true, platform: .taobao)
        expectVerdict("平台规定不能私下交易，不懂的可以问客服", false, platform: .taobao)
        expectVerdict("京东同款便宜40，不懂为什么有人在这买，自己去搜「北欧家居馆」", true, platform: .douyin)
        expectVerdict("淘宝上的太贵了，我在这搜「北欧家居馆」买的", false, platform: .douyin)
        expectVerdict("评论区不让发，放在我主页第二篇笔记的最后一张图了", true, platform: .xiaohongshu)
        expectVerdict("评论区发不了图，效果看笔记第一张图", false, platform: .xiaohongshu)
        expectVerdict("你给个卡号我直接打钱", true, platform: .kuaishou)
        expectVerdict("会员卡号我直接发你了", false, platform: .kuaishou)
    }

    @Test("a marketplace named, then its link said to be put on the speaker's profile or comments (链接我放主页了), sends the buyer there; a quoted name with the search after it (店名叫「…」 去搜) is where to search; a contrast that opens on the platform's own name (不过快手直播间…) prefers it")
    func linkPlacedQuotedSearchAndContrast() {
        expectVerdict("最便宜的是拼多多，链接我放主页了，自取", true, platform: .douyin)
        expectVerdict("同款在京东便宜一百，链接我放评论区第一条", true, platform: .tmall)
        expectVerdict("同款在京东便宜一百，不过我还是喜欢这家", false, platform: .tmall)
        expectVerdict("这个京东有 我买过 店名叫「柚柚家」 去搜", true, platform: .xiaohongshu)
        expectVerdict("店名叫「柚柚家」，在小红书搜就行", false, platform: .xiaohongshu)
        expectVerdict("这个在淘宝也有卖，不过快手直播间送的赠品多一点", false, platform: .kuaishou)
        expectVerdict("淘宝也有卖，不过快手上没有，去淘宝买吧", true, platform: .kuaishou)
    }

    @Test("a link said not to be the platform's own (非抖音链接) is a link elsewhere, a warning against such links is not; a suppression in the clause of a pair's later half sets the pair aside (视频号小店同名 | 微信小店下单 on Channels), not elsewhere")
    func deniedOwnLinkAndLaterHalfSuppressed() {
        expectVerdict("更多款式 点击头像 进粉丝群 群里发链接（非抖音链接）", true, platform: .douyin)
        expectVerdict("请勿点击非官方链接", false, platform: .douyin)
        expectVerdict("视频号小店同名 | 微信小店下单", false, platform: .wechatChannels)
        expectVerdict("视频号小店同名 | 微信小店下单", true, platform: .douyin)
    }

    @Test("a channel asked about and answered at once is what the answer says: the platform's own there sets it aside, a contact there keeps it")
    func answeredQuestionTakesTheAnswersSuppression() {
        expectVerdict("问：有售后群吗？答：有的，店铺首页加入粉丝群就行", false, platform: .taobao)
        expectVerdict("问：有福利群吗？答：有的，群号 58203917 直接加", true, platform: .taobao)
        expectVerdict("有福利群吗？有的，微信搜 shop_wang88 拉你", true, platform: .taobao)
    }

    @Test("a search in the platform's own app is a price here, the same on another platform is not; an A-not-A question going on to another choice asks; a visit served by the platform's order redeemed in a later clause is after-sales, a payment made there is not")
    func ownSearchAlternativeQuestionAndRedeemedVisit() {
        expectVerdict("老顾客直接在淘宝搜店名下单，领券更便宜", false, platform: .taobao)
        expectVerdict("老顾客直接在淘宝搜店名下单，领券更便宜", true, platform: .douyin)
        expectVerdict("闲鱼上有没有你们家，还是只能在这里买", false, platform: .taobao)
        expectVerdict("你闲鱼上有没有号，我去那边找你买", true, platform: .taobao)
        expectVerdict("附近的来我们工作室做检测，线上买的卡到店核销", false, platform: .douyin)
        expectVerdict("附近的来我们工作室做检测", true, platform: .douyin)
        expectVerdict("附近的来我们工作室做检测，线上买的卡到店核销，剩下的钱现场付现金", true, platform: .douyin)
    }

    @Test("numerals counting things (两件, 一件) and groups priced (一五八 元) are no pieces of a phone; a number said to be no phone is none; a contact pointed at and said to be a time is none")
    func quantitiesPricesAndDenials() {
        expectVerdict("记好了 今天福利 一五八 元两件 三七七 一件 六二零九 号截止", false, platform: .kuaishou)
        expectVerdict("记好了 一五八 三七七二 六二零九 打这个", true, platform: .kuaishou)
        expectVerdict("这是快递单号 不是电话 一三九二八八四七七零六", false, platform: .kuaishou)
        expectVerdict("开播时间就是我直播间名字后面那串数字", false, platform: .kuaishou)
        expectVerdict("微信号就是我直播间名字后面那串数字", true, platform: .kuaishou)
    }

    @Test("how someone speaks (店长讲得很细) reports none of their words; a place asked about by who runs it (和你们是同一家吗) is asked about")
    func mannerAndIdentityQuestions() {
        expectVerdict("有问题打店长电话 139 2884 7706，店长讲得很细", true, platform: .pinduoduo)
        expectVerdict("这条线路飞猪上也有，和你们是同一家吗", false, platform: .douyin)
        expectVerdict("这条线路飞猪上也有，去那边订便宜", true, platform: .douyin)
    }

    @Test("a report cue put as a case to come (以后有朋友要…) reports no one; another place asked whether it has the thing too (唯品会也有吗) is asked about")
    func supposedCasesAndTooThereQuestions() {
        expectVerdict("以后有朋友要装修直接介绍给我，好处费私下给你", true, platform: .douyin)
        expectVerdict("这款唯品会也有吗？是一样的货吗", false, platform: .douyin)
        expectVerdict("这款唯品会也有，去那边买便宜", true, platform: .douyin)
    }

    @Test("Vietnamese is read with its marks dropped and đ as d: no order or payment here, a transfer to the seller; an order placed here is none; a report passed on to the listeners (你们也去) is advice")
    func vietnameseAndReportsPassedOn() {
        expectVerdict("Không cần đặt ở đây, chuyển khoản cho shop", true, platform: .taobao)
        expectVerdict("Đặt ở đây rồi chọn thanh toán khi nhận hàng", false, platform: .taobao)
        expectVerdict("我问老板他说加他微信 laoli_0808 便宜，我加了真便宜，你们也去", true, platform: .xiaohongshu)
        expectVerdict("我问老板他说加他微信 laoli_0808 便宜，我没加", false, platform: .xiaohongshu)
    }

    @Test("Thai is read in its own script: LINE messaged, a direct transfer, no order in the app; an order in the shop and a refusal are not")
    func thaiReadInItsScript() {
        expectVerdict("อยากได้ทักไลน์ร้านได้เลย", true, platform: .taobao)
        expectVerdict("ลดเพิ่มถ้าโอนตรงเข้าบัญชีร้าน", true, platform: .taobao)
        expectVerdict("กดสั่งในร้านได้เลย ส่งฟรีทั่วประเทศ", false, platform: .taobao)
        expectVerdict("ร้านเราไม่รับโอนตรง งดนัดรับ สั่งในแอปเท่านั้น", false, platform: .taobao)
    }

    @Test("a QQ number dictated in pieces after its name (QQ 先记 … 再记 …) is read; the platform's own cart as 'that one' sends no one away; the goods said to be bought here after another site was named keep the buyer here; a group on another app is that app's")
    func dictatedQQOwnCartGoodsHereGroupElsewhere() {
        expectVerdict("QQ 先记 四六九 再记 二零三 最后 八一七", true, platform: .kuaishou)
        expectVerdict("企鹅公仔 先拍 四六九 再拍 二零三", false, platform: .kuaishou)
        expectVerdict("想要的去那个购物车里搜 凌凌家 就行", false, platform: .douyin)
        expectVerdict("想要的去那个软件里搜 凌凌家 就行", true, platform: .douyin)
        expectVerdict("测评视频在B站，搜店名就能看，宝贝在淘宝店拍", false, platform: .taobao)
        expectVerdict("测评视频在B站，搜店名就能看，那边拍更便宜", true, platform: .taobao)
        expectVerdict("粉丝群在微博超话里，进群有福利", true, platform: .douyin)
    }

    @Test("a wallet app used as a verb on the speaker (paypal我) pays outside the order, paying with it here does not; a string pointed at and said first to be the brand is none")
    func walletVerbAndBrandPointed() {
        expectVerdict("海外的朋友可以paypal我，发货更快", true, platform: .xiaohongshu)
        expectVerdict("海外的朋友也可以在这里用paypal付款", false, platform: .xiaohongshu)
        expectVerdict("表盘的品牌看我图三右下角那串字母", false, platform: .xiaohongshu)
        expectVerdict("想买的看我图三右下角那串字母", true, platform: .xiaohongshu)
    }

    @Test("a deal taken offline in English among Chinese (offline交易) is one, refused it is none; a booking said to be made on the platform after another app was named keeps the buyer here")
    func englishOfflineAndBookingHere() {
        expectVerdict("我们可以offline交易，现金转账都行", true, platform: .kuaishou)
        expectVerdict("我们不做offline交易，只在app里付", false, platform: .kuaishou)
        expectVerdict("我的公众号只发科普文章，约咨询在快手", false, platform: .kuaishou)
        expectVerdict("我的公众号里可以约咨询，那边更便宜", true, platform: .kuaishou)
    }

    @Test("a visit served by the platform's voucher bought first (先在抖音拍…券) is after-sales; the words on a sign pointed at to reach the speaker are a pointer")
    func voucherFirstAndSignPointed() {
        expectVerdict("附近的来我们工作室做检测，先在抖音拍检测券，到了出示", false, platform: .douyin)
        expectVerdict("附近的来我们工作室做检测，到了再说", true, platform: .douyin)
        expectVerdict("想订的找我看店门口那块牌子上的字", true, platform: .douyin)
    }

    @Test("another place asked whether it does the thing too (唯品会也卖吗) is asked about; a visit after ordering here (下单后拿来店里) is the platform's; a label on the goods pointed at to reach the speaker is a pointer")
    func tooThereVerbsOrderedThenVisitLabelPointed() {
        expectVerdict("这款唯品会也卖吗？是正品吗", false, platform: .douyin)
        expectVerdict("这款唯品会也卖，去那边买", true, platform: .douyin)
        expectVerdict("同城的下单后拿来我们店里改，和线上一个价", false, platform: .xiaohongshu)
        expectVerdict("同城的直接拿来我们店里改", true, platform: .xiaohongshu)
        expectVerdict("找我看外套领口里那个吊牌", true, platform: .xiaohongshu)
    }

    @Test("a visit after the order placed here (拍下后来店里) is the platform's, one without it is not")
    func visitAfterOrderPlaced() {
        expectVerdict("本地的拍下后来我们店里取，送贴膜", false, platform: .taobao)
        expectVerdict("本地的直接来我们店里取，送贴膜", true, platform: .taobao)
    }

    @Test("a place right after 比 is what something else is compared with (团购券比到店买划算), not the cheaper one; a code word to be given in a private message is a deal off the listing")
    func comparedWithAndCodeWord() {
        expectVerdict("团购券比到店买划算多了，到了出示券码", false, platform: .douyin)
        expectVerdict("到店买更划算，团购就别拍了", true, platform: .douyin)
        expectVerdict("对个暗号再私我，给你看不能挂的款", true, platform: .pinduoduo)
        expectVerdict("直播间暗号是福利两个字，打在公屏上领券", false, platform: .douyin)
    }

    @Test("receipt confirmed in person on the platform is the order's own step, money in person is not; a designated-driver platform named with an invitation is another platform")
    func receiptInPersonAndDriverPlatform() {
        expectVerdict("漫展那天见，我当面帮你确认收货", false, platform: .xiaohongshu)
        expectVerdict("漫展那天见，当面给钱", true, platform: .xiaohongshu)
        expectVerdict("e代驾上也能找我，报我工号", true, platform: .douyin)
    }

    @Test("an A-not-A question with 还是 later in its sentence past a space asks; a pointer's half inside a word no contact is (备案号) is that word's; Xianyu listed on by its fish (挂鱼) with a search after it is another platform")
    func spacedAlternativeNotContactHalfAndFish() {
        expectVerdict("京东上有没有你们家 还是只在这里卖", false, platform: .douyin)
        expectVerdict("公司备案号印在工具箱的侧面", false, platform: .douyin)
        expectVerdict("我的电话印在工具箱的侧面", true, platform: .douyin)
        expectVerdict("旧书都挂鱼了，搜同名就有", true, platform: .xiaohongshu)
    }

    @Test("a clause opening on 在 and the platform's own name with the purchase after it keeps the buyer here; a price conceded for cash is a cash discount")
    func boughtHereClauseAndCashConcession() {
        expectVerdict("美团上搜到的这家店，在抖音买的券，很满意", false, platform: .douyin)
        expectVerdict("美团上搜到的这家店，去美团买更便宜", true, platform: .douyin)
        expectVerdict("全款付现金再让五百", true, platform: .douyin)
    }

    @Test("money sent to the listener's own account (打到您的账户) is a refund, a transfer on an app the speaker names is not; collecting an order at the shop (到店自取) is the platform's pick-up, a discount for not ordering here is not; ping me (滴滴我) before a number makes it the number to ping")
    func listenersAccountPickUpAndPing() {
        expectVerdict("保价差额审核通过后会打到您的账户，请留意", false, platform: .tmall)
        expectVerdict("差价我微信直接转到您的账户", true, platform: .tmall)
        expectVerdict("钱打到这个账户就行，我马上发货", true, platform: .tmall)
        expectVerdict("奶茶支持到店自取，下单后报取餐号", false, platform: .douyin)
        expectVerdict("到店自取可以优惠十元，不用在抖音下单", true, platform: .douyin)
        expectVerdict("收二手书的滴滴我 2345678901", true, platform: .xiaohongshu)
        expectVerdict("滴滴打车花了35块，行程单号 12345678 已经开票", false, platform: .xiaohongshu)
    }

    @Test("a Latin name of five letters or more written with look-alike letters (teIegram, WEIXlN) is the name, a short one is not turned into ordinary words; a video or question site (B站, 知乎) is another platform to send buyers to; a profile's post that holds the way to get something (获取方式) is a pointer")
    func latinLookAlikesContentSitesAndWayToGet() {
        expectVerdict("海外的朋友加 teIegram：anna_li 发你目录", true, platform: .taobao)
        expectVerdict("海外的朋友加 WEIXlN：anna_li 发你目录", true, platform: .taobao)
        expectVerdict("这款LG显示器支持无线投屏", false, platform: .taobao)
        expectVerdict("完整的安装视频移步b站，搜 老周装机", true, platform: .douyin)
        expectVerdict("我在b站看过这个测评，确实不错", false, platform: .douyin)
        expectVerdict("字体包这里发不了，去我主页置顶笔记看获取方式", true, platform: .xiaohongshu)
        expectVerdict("字体包的获取方式：下单后在订单详情页下载", false, platform: .xiaohongshu)
    }

    @Test("three English digit names that run on into written digits (one three nine 0088 1122) are the number's start, not words; a loss told as a story (号被找回了, 钱要不回来) is discussion, while a contact offered beside it still counts")
    func digitNamesIntoDigitsAndLossStories() {
        expectVerdict("要货的联系 one three eight 2266 7788", true, platform: .pinduoduo)
        expectVerdict("buy one get one, two sizes, 500 ml", false, platform: .pinduoduo)
        expectVerdict("千万别私下买号，我同学在群里买的号被找回了，钱也要不回来", false, platform: .douyin)
        expectVerdict("号被找回了？加售后vx：kf_8899，包赔", true, platform: .douyin)
    }

    @Test("a text that says to read it backwards (倒着读) is read reversed as well; without the cue, or where the reversed text says nothing, it is not")
    func readBackwards() {
        expectVerdict("信微我加 货好价低 —— 从右往左读", true, platform: .kuaishou)
        expectVerdict("信微我加 货好价低", false, platform: .kuaishou)
        expectVerdict("从右往左读也一样：雾锁山头山锁雾", false, platform: .kuaishou)
    }

    @Test("WeChat veiled by 某 (某信), as marketplaces are (某宝), is WeChat where invited; a platform said to be no place to trade, then the profile to look through (去我主页找), points off it, while the same complaint alone does not")
    func veiledWeChatAndNoPlaceToTrade() {
        expectVerdict("要看实拍的挨个滴滴你们，发某信上", true, platform: .kuaishou)
        expectVerdict("某信的表情包也太好笑了", false, platform: .kuaishou)
        expectVerdict("这边不方便交易，要的去我主页找方式", true, platform: .xiaohongshu)
        expectVerdict("这边不方便交易的话，我就去实体店买了", false, platform: .xiaohongshu)
    }

    @Test("a trip the speaker makes or a tool they use (我还是去实体店买吧, 我明天到店里看看, 我刚上飞机) or one made in the past (昨天去门店问了) invites no one; one the listener is asked or taken on (可以到店里看, 我带你去门店, 我们走个线下), or waited for (我上飞机等你), does")
    func speakersOwnTrip() {
        expectVerdict("网上太贵了，我还是去实体店买吧", false, platform: .taobao)
        expectVerdict("我明天到店里看看再说", false, platform: .taobao)
        expectVerdict("前几天去门店问过，要贵两百", false, platform: .taobao)
        expectVerdict("喜欢的可以到店里看，比这便宜", true, platform: .taobao)
        expectVerdict("我带你去门店看货，比网上便宜", true, platform: .taobao)
        // …and the same for a verb of using or boarding (我刚上飞机: a flight; 我上飞机等你: the listener waited for there),
        // with 我 as subject, not object (想要的滴滴我 走闲鱼), and not 我们, which takes the listener in.
        expectVerdict("我刚上飞机，落地再回复大家", false, platform: .douyin)
        expectVerdict("资料都在飞机群，我上飞机等你", true, platform: .douyin)
        expectVerdict("以前都去线下商场买，现在习惯网上买了", false, platform: .taobao)
        expectVerdict("想要的滴滴我 走闲鱼也行", true, platform: .xiaohongshu)
        expectVerdict("价格私聊 我们走个线下", true, platform: .kuaishou)
        expectVerdict("下单之前先来绿色app找我", true, platform: .kuaishou)
    }

    @Test("the physical place compared as cheaper than the platform (门店比抖音团购便宜) sends buyers there, dearer does not; a visit after ordering here (下单后可以到任意门店…) serves the order; a request echoed and answered 不可能 is turned down")
    func placeCheaperVisitAfterOrderAndRefusal() {
        expectVerdict("档口拿货比拼多多便宜两成，来了报名字", true, platform: .pinduoduo)
        expectVerdict("档口比拼多多贵，大家还是在这拍", false, platform: .pinduoduo)
        expectVerdict("拍下后可以到附近门店免费清洗一次", false, platform: .tmall)
        expectVerdict("加微信？不可能，有事平台上说", false, platform: .douyin)
    }

    @Test("the platform called only a display (只做展示) with the buyer sent to ask the speaker diverts, a picture shown only as a sample does not; not going through the platform at all (不用通过淘宝) is not ordering here; a picture counted out without 图 (产品图第五张) is a place a number is pointed to")
    func displayOnlyBypassAndCountedPicture() {
        expectVerdict("抖音这边只做展示，真想要的私我", true, platform: .douyin)
        expectVerdict("图片只做展示，以收到的实物为准，喜欢就拍", false, platform: .douyin)
        expectVerdict("老客户以后不用通过拼多多了，直接找我就行", true, platform: .pinduoduo)
        expectVerdict("不用通过客服改地址，订单页自己就能改", false, platform: .pinduoduo)
        expectVerdict("请添加我们的售后，售后的号码在详情图第六张", true, platform: .tmall)
        expectVerdict("尺码表在详情图第六张，选好直接拍", false, platform: .tmall)
    }

    @Test("booking or signing up said not to be done here (别在快手报名) leaves the platform; money handed over directly (直接交钱), a cash top-up with a bonus (现金充值送), the deal put through the speaker (走我这边买) and the price talked over at a clinic (到院里面谈) are offline; data synced to an app (同步到微信小程序) is a feature, a parcel sent from the speaker's warehouse (走我这边的仓库) is shipping")
    func bookingsCashAndFeatures() {
        expectVerdict("旅游团别在快手报名了，来我们门市直接交钱", true, platform: .kuaishou)
        expectVerdict("美发店办卡更划算，现金充值送五百", true, platform: .douyin)
        expectVerdict("别在直播间拍了，加我走我这边买", true, platform: .kuaishou)
        expectVerdict("体验价只是引子，疗程到院里面谈", true, platform: .douyin)
        expectVerdict("体重秤数据能同步到微信小程序，全家都能看", false, platform: .tmall)
        expectVerdict("订单走我这边的仓库发货，两天到", false, platform: .kuaishou)
    }

    @Test("a comma after a whole 400/800 or mobile number ends it (400-820-1234，7×24小时); a phone said to be the same as a number (（批发电话同批次号）) claims it, syncing (手机同步) does not; cash settled face to face (钱当面结) is offline")
    func commaEndsNumberSameAsAndSettled() {
        expectVerdict("品牌全国服务热线 400-830-5566，7×24小时在线", false, platform: .tmall)
        expectVerdict("批号 13925517703（订货电话同批号）", true, platform: .pinduoduo)
        expectVerdict("订单号 13925517703，手机同步更新物流", false, platform: .pinduoduo)
        expectVerdict("同城的来仓库自己挑，钱当面结", true, platform: .taobao)
    }

    @Test("a request the speaker denies (不会要求您加…) reports no one once a contrast turns to an offer (…，但福利群欢迎您，群号见…), while a denial listing places (不会让大家去淘宝、闲鱼下单) stays one; a post shared to one's Moments (转发到朋友圈) invites no one; a person between a record's word and a channel (物流专员的小绿) makes it that person's")
    func deniedRequestMomentsAndRolePerson() {
        expectVerdict("我们不会要求您加任何外部账号，但内部福利群欢迎您，群号在主页置顶", true, platform: .douyin)
        expectVerdict("本店不会让大家去淘宝、闲鱼下单，都在小黄车", false, platform: .douyin)
        expectVerdict("把这条视频转发到朋友圈，好友在视频号小店下单你有佣金", false, platform: .wechatChannels)
        expectVerdict("查不到物流的话加一下物流专员的小绿", true, platform: .pinduoduo)
        expectVerdict("电子发票会发到您订单上的邮箱", false, platform: .pinduoduo)
    }

    @Test("talk told as had (在微信上吵了好几回) is a deed, talk to have (在微信上聊) invites; 到 closing a range opened by 从 (从摆摊到开门店) goes nowhere; a relative's story carried over subjectless clauses (我爸六十了，不会打字，就会用微信语音) is theirs")
    func talkHadRangesAndFamilyChains() {
        expectVerdict("装修的时候跟工长在微信上吵了好几回，现在想想好笑", false, platform: .xiaohongshu)
        expectVerdict("尺码有问题的在微信上聊", true, platform: .xiaohongshu)
        expectVerdict("从摆摊到开门店用了五年，谢谢大家", false, platform: .xiaohongshu)
        expectVerdict("我爸六十了，不会打字，就会用微信语音", false, platform: .douyin)
        expectVerdict("我爸是卖茶叶的，想要的就加微信", true, platform: .douyin)
    }

    @Test("a past carried into a clause with no time or subject of its own (以前都是线下交易，现金结算，…) is still the past, unless the clause offers a gain or the speaker comes in later (…私下交易更便宜，加我); someone told of by a pronoun opening the clause (他…发微信给我) acts, an owner (她的vx) does not")
    func pastCarriedAndThirdPerson() {
        expectVerdict("以前都是线下交易，现金结算，现在都在淘宝下单", false, platform: .taobao)
        expectVerdict("之前都走平台，私下交易更便宜，加我", true, platform: .taobao)
        expectVerdict("我老公出差的时候看到好看的就拍照，他在高铁上发微信给我", false, platform: .douyin)
        expectVerdict("我表妹也在做这个，她的vx放在评论区置顶了", true, platform: .douyin)
    }

    @Test("the end of a range opened by 从 (收钱从现金到扫码) is a change told; a story's steps (一开始, 到后来) are its past, while 以后来 is no 后来")
    func rangeEndAndStorySteps() {
        expectVerdict("这些年付款从刷卡到扫码，变化太大了", false, platform: .pinduoduo)
        expectVerdict("一开始在群里跟团，现在都在小红书买", false, platform: .xiaohongshu)
        expectVerdict("下播以后来我的群，群号在简介", true, platform: .kuaishou)
    }

    @Test("online and offline prices said to be the same (线上线下价格一样) offer no offline price; a store visit for whoever ordered here (天猫下单的可以到门店…售后) serves the order, a store said to be cheaper does not")
    func samePriceAndVisitForOrder() {
        expectVerdict("线上线下价格一样，放心在这拍", false, platform: .tmall)
        expectVerdict("在天猫下单的可以到就近门店享受同样的售后", false, platform: .tmall)
        expectVerdict("门店比天猫便宜，来门店买还送贴膜", true, platform: .tmall)
    }

    @Test("上 opening the next clause takes its own object (…墨绿，上脚很好看), while 上面 points back at the name; a colour is no app")
    func shangOpensItsOwnClause() {
        expectVerdict("这双是墨绿，上脚很显白", false, platform: .xiaohongshu)
        expectVerdict("要的加我小绿，上面发你实拍", true, platform: .xiaohongshu)
        expectVerdict("想要的绿，上面搜我", true, platform: .xiaohongshu)
    }

    @Test("才能 / 才可以 state a condition: a question whether it takes a channel (要加微信才能下单吗) asks, unless its writer answers yes at once (…吗？可以的)")
    func conditionAskedAbout() {
        expectVerdict("是不是必须加微信才可以领券？我不太想加", false, platform: .douyin)
        expectVerdict("要加QQ才能看教程吗", false, platform: .kuaishou)
        expectVerdict("加我微信才能拿批发价吗？是的，直接加", true, platform: .douyin)
        expectVerdict("是不是可以加你微信？", true, platform: .douyin)
    }

    @Test("a role noun opening the clause and acting on the speaker (师傅打我电话说…, 昨天客服加我微信说…) tells what happened; an ad naming whose channel (店长加微信领券) and the audience addressed (老板们打我电话) do not")
    func roleActsOnSpeaker() {
        expectVerdict("安装师傅打我电话说明天上午到", false, platform: .tmall)
        expectVerdict("前天店长加我微信说可以补差价", false, platform: .taobao)
        expectVerdict("店长加微信领券", true, platform: .douyin)
        expectVerdict("收旧手机的老板们打我电话", true, platform: .taobao)
        expectVerdict("联系客服加微信领券", true, platform: .douyin)
    }

    @Test("a site named to check the goods (防伪码刮开，去品牌官网查真伪) in a clause selling nothing is no road to a sale; the same site to buy cheaper is")
    func siteToCheckGoods() {
        expectVerdict("序列号在盒子底部，到品牌官网输入就能验真伪", false, platform: .pinduoduo)
        expectVerdict("防伪可查，去官网买更便宜", true, platform: .pinduoduo)
    }

    @Test("找 taking a link as its object (找了半天这个链接) seeks it; 找我 sends the reader to the speaker")
    func seekingALink() {
        expectVerdict("为了这件衣服找了半天这个链接，终于买到了", false, platform: .xiaohongshu)
        expectVerdict("想要同款的找我要链接", true, platform: .xiaohongshu)
    }

    @Test("a pointer's phone shown masked in place (电话：139****0021) is a field no one can dial; an unmasked one is a number")
    func pointerWithMaskedValue() {
        expectVerdict("寄件人：李**　电话：139****0021　请核对", false, platform: .kuaishou)
        expectVerdict("快递单上的电话：13900000021 直接打这个", true, platform: .kuaishou)
    }

    @Test("a name to search given after 搜 and a colon, unquoted, ending its clause (闲鱼搜：小林家二手) points there")
    func searchedNameAfterColon() {
        expectVerdict("正品店在闲鱼搜：阿婷手作小铺", true, platform: .douyin)
        expectVerdict("谨防骗子，有人让你去闲鱼搜：小林家，千万别信", false, platform: .douyin)
    }

    @Test("a handle spelled with enumeration commas (l、i、n、g、下划线、8、8) reads as one handle")
    func handleSpelledWithCommas() {
        expectVerdict("v：l、i、n、g、下划线、8、8", true, platform: .taobao)
        expectVerdict("颜色有红、黄、蓝三种", false, platform: .taobao)
    }

    @Test("a question reported as 有人问… and answered in the speaker's reticence (不好说太细，看我签名) is the speaker's answer")
    func reportedQuestionAnsweredWithReticence() {
        expectVerdict("好多人问怎么买，这里不好说太细，看我签名", true, platform: .douyin)
        expectVerdict("有人问怎么加我，他说看头像就知道", false, platform: .douyin)
    }

    @Test("a share code copied then another app opened (复制…打开快手) leads there; on that app's own platform it is its sharing feature")
    func copyThenOpenAnotherApp() {
        expectVerdict("复制这段 Qm7xZ2 打开快手看同款", true, platform: .xiaohongshu)
        expectVerdict("复制这段 Qm7xZ2 打开快手看同款", false, platform: .kuaishou)
    }

    @Test("a hyphen joining two parts of two or more letters each marks a handle (mm-yoyo); a range, a domain and t-shirt are none")
    func hyphenatedHandle() {
        expectVerdict("返现截图发送至微信 mm-yoyo", true, platform: .taobao)
        expectVerdict("返现截图发送至微信 mmyoyo", false, platform: .taobao)
        expectVerdict("顺丰官网 sf-express.com 查物流", false, platform: .taobao)
        expectVerdict("码数 S 155-160 M 160-165", false, platform: .taobao)
    }

    @Test("a discount for buying at the physical shop (实体店消费八五折) moves the sale there; one for ordering here does not")
    func physicalShopDiscount() {
        expectVerdict("实体店消费八五折，欢迎光临", true, platform: .kuaishou)
        expectVerdict("门店装修完毕，线上下单享八五折", false, platform: .kuaishou)
    }

    @Test("somewhere said to be cheaper than here, right after the comparison (比这边便宜), sends the reader there; other shops here do not")
    func cheaperThanHere() {
        expectVerdict("那边拍比这边便宜不少", true, platform: .pinduoduo)
        expectVerdict("我家比这边别的店便宜", false, platform: .pinduoduo)
    }

    @Test("a refund the seller pays on an app (支付宝退给您) leaves the platform's refund; one returned the original way does not")
    func privateRefund() {
        expectVerdict("您撤销退款，支付宝退给您", true, platform: .tmall)
        expectVerdict("退款会原路退给您，支付宝查收", false, platform: .tmall)
    }

    @Test("the reader's own WeChat asked for outright is the speaker's request, even beside a complaint; asked on someone's behalf it is reported")
    func readersWeChatAsked() {
        expectVerdict("被投诉了也没关系，麻烦告诉我你的微信", true, platform: .douyin)
        expectVerdict("小心那些让我告诉他你的微信的人", false, platform: .douyin)
    }

    @Test("a service desk's line asked for (售后电话是多少) seeks the shop's hotline; a person's number asked for is still asked")
    func serviceLineAsked() {
        expectVerdict("售后电话多少？耳机坏了", false, platform: .taobao)
        expectVerdict("店长手机号多少？", true, platform: .taobao)
    }

    @Test("cash paid in hand instead of an order (到了付现金，不用拍) drops the order; a cash coupon does not")
    func cashInsteadOfOrder() {
        expectVerdict("到了付现金，不用拍", true, platform: .kuaishou)
        expectVerdict("现金券可以用，不用拍两单", false, platform: .kuaishou)
    }

    @Test("money said to be paid offline (定金线下交) leaves the checkout; an offline meet-up (线下交流会) pays nothing")
    func paidOffline() {
        expectVerdict("定金线下交，其余的来了再说", true, platform: .xiaohongshu)
        expectVerdict("下周六有线下交流会，欢迎报名", false, platform: .xiaohongshu)
    }

    @Test("the way to buy sent in private (拿货渠道私信发你) is hidden from the platform; shown on the shop's page it is not")
    func buyingChannelInPrivate() {
        expectVerdict("拿货渠道私信发你", true, platform: .douyin)
        expectVerdict("拿货渠道在店铺首页", false, platform: .douyin)
    }

    @Test("another app's profile said to hold more (微博主页有更多款) points there; one where something was posted does not")
    func profileElsewhereHoldsMore() {
        expectVerdict("微博主页有更多款", true, platform: .xiaohongshu)
        expectVerdict("明星微博主页发过同款", false, platform: .xiaohongshu)
    }

    @Test("the people who did something there (微信群里朋友推荐的) may stand between a place and its verb of use; an invitation still counts")
    func peopleBetweenPlaceAndUsage() {
        expectVerdict("换了微信群里朋友推荐的洗发水，挺好用", false, platform: .xiaohongshu)
        expectVerdict("加我微信，群里朋友推荐的都在这", true, platform: .xiaohongshu)
    }

    @Test("a phone asked for with the promise to order by it from now on (以后直接打电话订货) moves the orders off; the promise alone does not")
    func phoneAskedToOrderDirectly() {
        expectVerdict("老板留个电话呗，以后直接打电话订货", true, platform: .kuaishou)
        expectVerdict("以后直接打电话订货", false, platform: .kuaishou)
    }

    @Test("上 of a round number or a city's name (上百个, 在上海) is no invitation")
    func shangInNumbersAndCities() {
        expectVerdict("一次能吹出上百个泡泡", false, platform: .douyin)
        expectVerdict("我们在上海也有线下展厅，欢迎参观", false, platform: .taobao)
        expectVerdict("上绿泡泡找我", true, platform: .douyin)
    }

    @Test("a way of trading said to be a thing of the past (一手交钱一手交货的时代过去了) is discussed, not offered")
    func tradingOfThePast() {
        expectVerdict("一手交钱一手交货的时代过去了", false, platform: .douyin)
        expectVerdict("一手交钱一手交货，来了再说", true, platform: .douyin)
    }

    @Test("a pickup with the address kept for a private message (同城自提…地址私信发你) is arranged off the platform; a pickup chosen at the order is not")
    func pickupWithPrivateAddress() {
        expectVerdict("同城自提，来了打电话，地址私信发你", true, platform: .kuaishou)
        expectVerdict("下单选自提，地址在商品详情", false, platform: .kuaishou)
    }

    @Test("a group named as the platform's (进入平台的学习群) is its own; a group of the speaker's is not")
    func platformsOwnGroup() {
        expectVerdict("报名后会进入平台的学习群", false, platform: .pinduoduo)
        expectVerdict("报名后进我的学习群", true, platform: .pinduoduo)
    }

    @Test("contacting the speaker directly said to be cheaper (直接找我下单更划算) goes round the order; contacting them for help does not")
    func contactDirectlyCheaper() {
        expectVerdict("想买的直接找我下单更划算", true, platform: .douyin)
        expectVerdict("有问题直接联系我，更快处理", false, platform: .douyin)
    }

    @Test("somewhere cheaper, then 'go over there' (便宜好多，去那边找吧) sends the reader; told not to go, it does not")
    func cheaperThenGoThere() {
        expectVerdict("那个软件上便宜好多，去那边找吧", true, platform: .douyin)
        expectVerdict("这边便宜，别去那边", false, platform: .douyin)
    }

    @Test("a place elsewhere with a wink (别家那个软件…懂的都懂) is the competitor unnamed; a wink alone is not")
    func winkAtElsewhere() {
        expectVerdict("别家那个软件价格低不少，懂的都懂", true, platform: .douyin)
        expectVerdict("这个价格懂的都懂，手慢无", false, platform: .douyin)
    }

    @Test("the number said to be unpostable here (评论区发不了号), then the avatar pointed at, hides the contact there")
    func numberUnpostableThenAvatar() {
        expectVerdict("评论区发不了号，看我头像就知道", true, platform: .douyin)
        expectVerdict("评论区发不了图，头像是我家猫", false, platform: .douyin)
    }

    @Test("'another place' and a verb of telling (去另一个地方跟你说) moves the talk; 说 of 说明书 tells nothing")
    func anotherPlaceToTalk() {
        expectVerdict("这里不好说，去另一个地方跟你说", true, platform: .douyin)
        expectVerdict("另一个地方说明书也有写", false, platform: .douyin)
    }

    @Test("a channel said to share the speaker's name (v和我同名) points at it, even beside the words the platform bans")
    func channelSharesSpeakersName() {
        expectVerdict("违规词不能打，v和我同名", true, platform: .xiaohongshu)
        expectVerdict("我家狗和我同名", false, platform: .xiaohongshu)
        expectVerdict("发违规词会被封号，大家注意", false, platform: .xiaohongshu)
    }

    @Test("a price list or a bare 渠道 sent in private (价格表私信发你) is kept from the platform; a private message to its service is not")
    func priceListInPrivate() {
        expectVerdict("价格表私信发你", true, platform: .douyin)
        expectVerdict("渠道很正规，有问题私信客服", false, platform: .douyin)
    }

    @Test("the way to buy said to be on the profile (想要购买渠道的看我主页) is a pointer")
    func buyingChannelOnProfile() {
        expectVerdict("想要购买渠道的看我主页", true, platform: .douyin)
        expectVerdict("想要同款的看我主页的其他视频", false, platform: .douyin)
    }

    @Test("a cash price (到店自提现金价) is paid where the platform cannot see it; a pickup code is the order's")
    func cashPrice() {
        expectVerdict("到店自提现金价", true, platform: .pinduoduo)
        expectVerdict("到店自提（凭提货码）", false, platform: .pinduoduo)
    }

    @Test("housing and car marketplaces are other platforms (安居客上搜我名字); a seashell is not 贝壳找房")
    func housingAndCarMarketplaces() {
        expectVerdict("安居客上搜我名字", true, platform: .xiaohongshu)
        expectVerdict("贝壳手链，海边风", false, platform: .xiaohongshu)
    }

    @Test("someone else's offer described then warned against (私下卖的千万别买) is a warning")
    func describedThenWarnedAgainst() {
        expectVerdict("网上私下卖的千万别买", false, platform: .douyin)
        expectVerdict("私下卖，千万别告诉别人", true, platform: .douyin)
    }

    @Test("a visit that shows the platform's booking code (到店出示预约码) serves the order")
    func visitWithBookingCode() {
        expectVerdict("看车请在平台预约，到店出示预约码", false, platform: .douyin)
        expectVerdict("看车不用预约，到店现金结", true, platform: .douyin)
    }

    @Test("a payment code sent in private (私聊发你付款码) is the speaker's; one shown at a till is not")
    func paymentCodeSentPrivately() {
        expectVerdict("私聊发你付款码", true, platform: .douyin)
        expectVerdict("付款时出示付款码即可", false, platform: .douyin)
    }

    @Test("the other side's WeChat asked for with a promise to add them (给个微信，我加你) moves the talk; asked alone it is a question")
    func weChatAskedWithPromise() {
        expectVerdict("给个微信，我加你", true, platform: .douyin)
        expectVerdict("能给个微信吗", false, platform: .douyin)
    }

    @Test("another place named only to say the speaker still prefers this one (但我还是喜欢在快手买) sends no one")
    func preferenceForHere() {
        expectVerdict("唯品会上也有卖，但我还是喜欢在快手买", false, platform: .kuaishou)
        expectVerdict("唯品会上也有卖，去那边搜同款", true, platform: .kuaishou)
    }

    @Test("the profile pointed at for a shop said not to be here (店在简介那里，不是这里) is elsewhere; 'not here' modifying a noun is not")
    func shopOnProfileNotHere() {
        expectVerdict("店在简介那里，不是这里", true, platform: .douyin)
        expectVerdict("简介是我的座右铭，不是这里的店名", false, platform: .douyin)
    }

    @Test("a private message asked for because the answer cannot be said here (哪里买的私我，这里不方便说)")
    func privateMessageBecauseUnsayable() {
        expectVerdict("哪里买的私我，这里不方便说", true, platform: .xiaohongshu)
        expectVerdict("有问题私我", false, platform: .xiaohongshu)
    }

    @Test("a shop named there after 一家叫 (桃宝一家叫“小北家纺”的店) is what to search for; 写着的 names where something is written")
    func shopNamedAfterYiJiaJiao() {
        expectVerdict("我是在桃宝一家叫“小北家纺”的店买的，自己去搜", true, platform: .xiaohongshu)
        expectVerdict("店在简介写着的那个地方，不是这个平台", true, platform: .douyin)
        expectVerdict("卡片上写着：加微信返现，我没加", false, platform: .douyin)
    }

    @Test("another place named beside the speaker's own purchase here (不过我是在这里买的) sends no one; sent there, it does")
    func ownPurchaseHere() {
        expectVerdict("得物上也有卖，不过我是在这里买的", false, platform: .douyin)
        expectVerdict("得物上也有卖，去那边搜", true, platform: .douyin)
    }

    @Test("what crowds post there (朋友圈里好多人在晒) describes the place; an invitation to it still counts")
    func crowdsPostingThere() {
        expectVerdict("朋友圈里好多人在晒这个包", false, platform: .xiaohongshu)
        expectVerdict("加我朋友圈，好多人在晒", true, platform: .xiaohongshu)
    }

    @Test("a shop visit said to be cheaper than ordering online (比线上下单便宜) moves the sale; dearer sends no one")
    func cheaperThanOnline() {
        expectVerdict("到店维修比线上下单便宜五十", true, platform: .kuaishou)
        expectVerdict("实体店比网上贵多了", false, platform: .kuaishou)
    }

    @Test("a ticketing platform (去猫眼抢票) is another platform; the gem and the nail finish are not")
    func ticketingPlatforms() {
        expectVerdict("去猫眼抢票", true, platform: .douyin)
        expectVerdict("这次做的是猫眼，很闪", false, platform: .xiaohongshu)
        expectVerdict("猫眼石手链", false, platform: .xiaohongshu)
    }

    @Test("a transfer to the speaker's personal card (转账到我的个人卡) leaves the checkout; a refund to the buyer's card does not")
    func transferToPersonalCard() {
        expectVerdict("建议转账到我的个人卡", true, platform: .douyin)
        expectVerdict("退款会退到您的银行卡", false, platform: .douyin)
    }

    @Test("buying online said to be unneeded (不用线上买) sends the sale offline; a walk-in without booking does not")
    func noNeedToBuyOnline() {
        expectVerdict("不用线上买，直接来场馆报名", true, platform: .douyin)
        expectVerdict("到店即可，不用线上预约", false, platform: .douyin)
    }

    @Test("a group named, then the speaker offering to pull the reader in (…滴我，我拉你), is the speaker's group")
    func groupPullIn() {
        expectVerdict("我们有个拼单群，想进的滴我，我拉你", true, platform: .douyin)
        expectVerdict("群里的人都拉你进坑", false, platform: .douyin)
    }

    @Test("a certificate checked on an authority's site (证书…国检官网…查) is no road to a sale; a site to buy on is")
    func certificateCheckSite() {
        expectVerdict("证书可以到国检官网 www.ngtc.com.cn 输入编号查真假", false, platform: .douyin)
        expectVerdict("更多款式在 www.myshop.cn 购买", true, platform: .douyin)
    }

    @Test("a third person doing something to the speaker at the words' start (她们给我打电话说…) is told; the speaker's request is not")
    func thirdPersonDoesToSpeaker() {
        expectVerdict("她们给我打电话说要加微信", false, platform: .douyin)
        expectVerdict("有事给我打电话", true, platform: .douyin)
    }

    @Test("an offer judged as going round the platform (这种都是绕开平台) is discussed; offered, it counts")
    func judgedAsBypassing() {
        expectVerdict("商家让我去仓库自提，我拒绝了，这种都是绕开平台", false, platform: .douyin)
        expectVerdict("想便宜的绕开平台私聊", true, platform: .douyin)
    }

    @Test("上 of 上传, 搜 of 热搜 and 出 of 出差 invite no one; the same apps invited still count")
    func wordsHoldingInviteCharacters() {
        expectVerdict("收款码挂牌定制，下单后上传你的收款码图片", false, platform: .kuaishou)
        expectVerdict("微博热搜同款耳环", false, platform: .douyin)
        expectVerdict("微博搜我同名", true, platform: .douyin)
        expectVerdict("✈️ 出差必备收纳包", false, platform: .xiaohongshu)
        expectVerdict("✈️ 同名来找我", true, platform: .xiaohongshu)
    }

    @Test("a place described as full of refurbished goods or copies (闲鱼上很多翻新机, 淘宝上也有人仿) is warned about; sent there, it is not")
    func placeFullOfCopies() {
        expectVerdict("这款耳机闲鱼上很多翻新机，认准本店", false, platform: .taobao)
        expectVerdict("淘宝上也有人仿我们的款，认准快手小店", false, platform: .kuaishou)
        expectVerdict("这款耳机闲鱼上有，去闲鱼搜我", true, platform: .taobao)
    }

    @Test("a code in the listing's last picture to verify the goods (扫码查验) serves the goods; one to add the speaker does not")
    func verificationCodeInPicture() {
        expectVerdict("证书在商品详情最后一张图，扫码查验", false, platform: .douyin)
        expectVerdict("联系方式在最后一张图，扫码加我", true, platform: .douyin)
    }

    @Test("never having said so (从没说过可以…) denies; never having forbidden it (可没说不能…) offers")
    func neverSaidAndNeverForbade() {
        expectVerdict("我们从没说过可以加微信，所有订单都在平台", false, platform: .douyin)
        expectVerdict("我可没说不能加微信哦，懂的来", true, platform: .douyin)
    }

    @Test("postage sent to the speaker's own account (邮费到我支付宝) is paid outside the order; a refund of it to the buyer is not")
    func postageToSpeaker() {
        expectVerdict("先转五元邮费到我支付宝再发货", true, platform: .douyin)
        expectVerdict("退货运费会直接打到您的账户里", false, platform: .douyin)
    }

    @Test("'somewhere else, find me' (换个地方找我) moves the talk; moving a thing somewhere else does not")
    func findMeElsewhere() {
        expectVerdict("换个地方找我", true, platform: .douyin)
        expectVerdict("换个地方放，不占空间", false, platform: .douyin)
    }

    @Test("the buyer's bank card or payment account asked for (提供银行卡号，差价打给您) moves money outside the order; said unneeded, it does not")
    func buyersAccountAsked() {
        expectVerdict("麻烦提供银行卡号，差价今天打给您", true, platform: .douyin)
        expectVerdict("退款原路返回，无需提供支付宝账号", false, platform: .douyin)
    }

    @Test("paying some other way to save the platform's fee, said in English, leaves the checkout; paying at checkout does not")
    func englishFeeAvoidance() {
        expectVerdict("Use PayPal to save the platform fee", true, platform: .xiaohongshu)
        expectVerdict("you can pay with PayPal at checkout", false, platform: .xiaohongshu)
    }

    @Test("an app used to pair a device (微信扫一扫就能连上音箱) is a tool; an invitation in a clause of its own still counts")
    func appPairsDevice() {
        expectVerdict("打开微信扫一扫就能连上音箱", false, platform: .douyin)
        expectVerdict("加我微信，连上手表的方法发你", true, platform: .douyin)
    }

    @Test("a company transfer through the platform's business payment (走平台的企业购) is the platform's; one off it is not")
    func platformBusinessPayment() {
        expectVerdict("公司采购可以对公转账，走平台的企业购", false, platform: .taobao)
        expectVerdict("对公转账，不走平台", true, platform: .taobao)
    }

    @Test("a negation reaches through 要求 to what it denies (不会要求顾客私下转账)")
    func negationThroughRequest() {
        expectVerdict("本店不会要求顾客私下转账", false, platform: .taobao)
        expectVerdict("本店可以私下转账", true, platform: .taobao)
    }

    @Test("another place named, then a contrast turning to this shop (但这家做得更好), sends no one")
    func contrastTurnsToThisShop() {
        expectVerdict("淘宝上也有做的，但这家做得更好", false, platform: .douyin)
        expectVerdict("淘宝上也有，去淘宝搜", true, platform: .douyin)
    }

    @Test("a place said to cost far less than online (比网上少一半) moves the sale; fewer parts than online is no price")
    func farLessThanOnline() {
        expectVerdict("摊位上拿比网上少一半", true, platform: .xiaohongshu)
        expectVerdict("这件比网上少一个配件", false, platform: .xiaohongshu)
    }

    @Test("go there to get it (去那拿) sends the reader; a private message because the answer cannot be said (不能说，私我)")
    func goThereToGetIt() {
        expectVerdict("批发市场就有，去那拿", true, platform: .kuaishou)
        expectVerdict("在哪买的不能说，私我", true, platform: .xiaohongshu)
        expectVerdict("那边也有卖的，不过我没去过", false, platform: .kuaishou)
    }

    @Test("cheaper somewhere, then told to search for it themselves (某宝便宜三百，自己去搜)")
    func cheaperSearchYourself() {
        expectVerdict("某宝便宜三百，自己去搜", true, platform: .douyin)
        expectVerdict("便宜三百，这次活动力度大", false, platform: .douyin)
    }

    @Test("a channel the platform's own name qualifies a few words before (拼多多企业团购频道) is the platform's; the speaker's is not")
    func platformQualifiesChannel() {
        expectVerdict("企业团购请在拼多多企业团购频道下单", false, platform: .pinduoduo)
        expectVerdict("团购进我的频道下单", true, platform: .pinduoduo)
    }

    @Test("the way to work together, a private account or the speaker's own group pointed at on the profile (合作方式在简介) is a contact")
    func collaborationOnProfile() {
        expectVerdict("合作方式在简介第三行", true, platform: .douyin)
        expectVerdict("简介第三行是我的星座", false, platform: .douyin)
    }

    @Test("what people in a group are saying (群里家长都在说好用) describes it; an invitation into it still counts")
    func peopleSayingInGroup() {
        expectVerdict("宝妈群里家长都在说好用", false, platform: .douyin)
        expectVerdict("进宝妈群，家长都在说好用", true, platform: .douyin)
    }

    @Test("the speaker said to be found through the avatar (看我头像可以找到我) is a pointer; the avatar described is not")
    func foundThroughAvatar() {
        expectVerdict("看我头像可以找到我", true, platform: .douyin)
        expectVerdict("看我头像，是我家狗", false, platform: .douyin)
    }

    @Test("who wants into a group told to message the speaker (…群，想进的私我) is the speaker's group")
    func wantInMessageMe() {
        expectVerdict("好物分享群，想进的私我", true, platform: .douyin)
        expectVerdict("好物分享群，想进的关注一下", false, platform: .douyin)
    }

    @Test("another marketplace described as not cheap either, or here preferred as handier (还是这里方便), sends no one")
    func elsewhereNotBetter() {
        expectVerdict("闲鱼上二手的也不便宜", false, platform: .xiaohongshu)
        expectVerdict("零售还是这里方便，1688上要批量", false, platform: .pinduoduo)
        expectVerdict("同款京东便宜好多", true, platform: .douyin)
        expectVerdict("我们比京东便宜好多", false, platform: .douyin)
    }

    @Test("e-mail addresses asked to be left for the speaker to send to (留邮箱，我统一发) take the talk off the platform")
    func emailsCollected() {
        expectVerdict("需要模板的评论区留邮箱，我统一发", true, platform: .xiaohongshu)
        expectVerdict("资料在笔记里，自己保存", false, platform: .xiaohongshu)
    }

    @Test("a group whose password is to be messaged to the speaker (私信暗号“读书”) is the speaker's group")
    func groupPasswordMessaged() {
        expectVerdict("读书打卡群招人，私信暗号“读书”", true, platform: .xiaohongshu)
        expectVerdict("群公告里有今天的暗号，答对有奖", false, platform: .xiaohongshu)
    }

    @Test("the green bubble app named with 软件 (绿泡泡软件 ab_cd88) takes the handle after it; the icon described does not")
    func greenBubbleAppWithHandle() {
        expectVerdict("绿泡泡软件 ab_cd88 同名", true, platform: .douyin)
        expectVerdict("绿色泡泡软件图标很好看", false, platform: .douyin)
    }

    @Test("抠抠搜搜 (stingy) is no QQ; 抠抠 before a number is")
    func stingyIsNoQQ() {
        expectVerdict("老板太抠抠搜搜了，赠品都不给", false, platform: .douyin)
        expectVerdict("抠抠 2 9 8 3 1 0 4 7 6", true, platform: .douyin)
    }

    @Test("想要我这款的 wants the speaker's thing and reports no one (想要我这款的看我主页，有联系方式)")
    func wantingTheSpeakersThing() {
        expectVerdict("想要我这款的看我主页，有联系方式", true, platform: .douyin)
        expectVerdict("他想要我加他微信，我没加", false, platform: .douyin)
    }

    @Test("authenticated there (得物上鉴定过) describes the place; sent there, it does not")
    func authenticatedThere() {
        expectVerdict("得物上鉴定过，是正品", false, platform: .xiaohongshu)
        expectVerdict("得物上有，去得物搜", true, platform: .xiaohongshu)
    }

    @Test("a shipping label's code said to be a private account (快递单上的二维码是店长私人号) points at it; the courier's own code does not")
    func labelCodeIsPrivateAccount() {
        expectVerdict("快递单上的二维码是店长私人号", true, platform: .taobao)
        expectVerdict("面单上的二维码是快递公司的", false, platform: .taobao)
    }

    @Test("a link to the listing platform's own site (v.douyin.com on Douyin, detail.tmall.com on Tmall) stays here; elsewhere it leads away")
    func platformsOwnSite() {
        expectVerdict("同款链接：https://v.douyin.com/iAbc12/ 点开就能买", false, platform: .douyin)
        expectVerdict("同款链接：https://v.douyin.com/iAbc12/ 点开就能买", true, platform: .xiaohongshu)
        expectVerdict("天猫链接：detail.tmall.com/item.htm?id=1234", false, platform: .tmall)
        expectVerdict("天猫链接：detail.tmall.com/item.htm?id=1234", true, platform: .pinduoduo)
    }

    @Test("Mercari by its nickname (去煤炉搜我) is another marketplace; a coal stove is not")
    func mercariNickname() {
        expectVerdict("煤炉上便宜，去煤炉搜我", true, platform: .xiaohongshu)
        expectVerdict("煤炉烧的火锅好香", false, platform: .xiaohongshu)
    }

    @Test("cash said to be handed to the other party (现金付您) moves the deal offline; a cash coupon or red packet given does not")
    func cashToTheOtherParty() {
        expectVerdict("看完货没毛病现金付您", true, platform: .xiaohongshu)
        expectVerdict("下单就送现金红包给你", false, platform: .xiaohongshu)
    }

    @Test("money sent to a personal account (运费打个人账户) is paid off the platform; the personal account refused is not")
    func personalAccount() {
        expectVerdict("运费打个人账户就行", true, platform: .pinduoduo)
        expectVerdict("我们只走对公，不走私人账户", false, platform: .pinduoduo)
    }

    @Test("WeChat Pay abbreviated (vx支付) is a way to pay, like 微信支付; adding the account is still an invitation")
    func abbreviatedWeChatPay() {
        expectVerdict("vx支付能用不", false, platform: .douyin)
        expectVerdict("加vx支付定金", true, platform: .douyin)
    }

    @Test("the QQ product topped up (充值QQ绿钻) asks for the buyer's own number; a QQ offered beside it still counts")
    func qqTopUp() {
        expectVerdict("充值QQ绿钻，拍下留正确的QQ号", false, platform: .taobao)
        expectVerdict("充值QQ会员加我QQ 12345678", true, platform: .taobao)
    }

    @Test("a cloud-drive link written into the platform order (发在订单备注里) is delivery, not a way out")
    func linkInOrderNotes() {
        expectVerdict("下载的网盘链接发在订单备注里", false, platform: .taobao)
        expectVerdict("资料的云盘链接私聊发你", true, platform: .taobao)
    }

    @Test("a purchase said to stay on the platform by its own name (下单还是在快手) keeps an offline viewing here; another platform's name does not")
    func purchaseStaysHere() {
        expectVerdict("展厅可以线下看样，下单还是在快手", false, platform: .kuaishou)
        expectVerdict("展厅可以线下看样，下单还是在快手", true, platform: .douyin)
        expectVerdict("加微信 abc12345 看样，下单还是在抖音", true, platform: .douyin)
        // (还在 as 还是在: 来仓库看货，下单还在天猫下.)
        expectVerdict("可以来仓库看货，下单还在天猫下", false, platform: .tmall)
        expectVerdict("可以来仓库看货，下单还在天猫下", true, platform: .douyin)
        // (再在 and 回 likewise: 验完再在快手拍, 看好了回快手下单 — on Kuaishou only; elsewhere Kuaishou is another platform.)
        expectVerdict("同城可以到店验货，验完再在快手拍", false, platform: .kuaishou)
        expectVerdict("同城可以到店验货，验完再在快手拍", true, platform: .douyin)
        expectVerdict("可以来店里看，看好了回快手下单", false, platform: .kuaishou)
        expectVerdict("可以来店里看，看好了回快手下单", true, platform: .douyin)
    }

    @Test("a causative to the listener whose verb takes the speaker (让你家里人加一下我微信) is the speaker's request; one to someone else is reported")
    func requestThroughListener() {
        expectVerdict("让你家里人加一下我微信，我教他们装", true, platform: .kuaishou)
        expectVerdict("让你家里人加他微信，别理", false, platform: .kuaishou)
    }

    @Test("the seller's own app said to be cheaper than the platform (自家的APP…比平台少) sends the order there; the app merely announced does not")
    func ownChannelCheaper() {
        expectVerdict("用我们自家的APP下单，比平台少十块", true, platform: .douyin)
        expectVerdict("我们自家的app正在开发中，敬请期待", false, platform: .douyin)
    }

    @Test("a group named, then who wants in told to message the speaker (想进的私信我), is a pull into it")
    func groupWhoWantsInMessagesMe() {
        expectVerdict("我们有个读书会的群，想进的私信我", true, platform: .xiaohongshu)
        expectVerdict("我们有个读书会的群，周末线上分享", false, platform: .xiaohongshu)
    }

    @Test("not through the platform's group-buy (不走团购) moves the sale to the shop; a pickup code shown to the staff redeems the order")
    func notThroughGroupBuy() {
        expectVerdict("我们门店不走团购，到店办卡更划算", true, platform: .kuaishou)
        expectVerdict("提货码在订单里，到店出示给店员即可", false, platform: .douyin)
    }

    @Test("Hong Kong's words: cash cheaper (现金交收平啲), 私底下倾, 入我群 divert; 唔好信…呃人 warns")
    func hongKongWords() {
        expectVerdict("旺角见，现金交收平啲", true, platform: .xiaohongshu)
        expectVerdict("价钱私底下倾", true, platform: .xiaohongshu)
        expectVerdict("要嘅入我群，連結喺主頁", true, platform: .xiaohongshu)
        expectVerdict("唔好信啲叫你加微信嘅，好多呃人", false, platform: .xiaohongshu)
    }

    @Test("a number mixing English digit names with written digits and numerals (one 三 nine 0571…) is read whole; a count or two is not")
    func englishDigitNamesMixed() {
        expectVerdict("手机 one 三 nine 0571 two 二 eight 八", true, platform: .xiaohongshu)
        expectVerdict("one 2 3 go 冲冲冲", false, platform: .xiaohongshu)
    }

    @Test("double and triple repeat the digit after them, and oh between digits is zero, in a spoken number")
    func spokenRepeatsAndOh() {
        expectVerdict("tel one three eight double five two zero triple nine one", true, platform: .douyin)
        expectVerdict("call 1 5 8 oh 2 2 oh 6 6 7 1", true, platform: .douyin)
        expectVerdict("double eleven 买了三件", false, platform: .douyin)
    }

    @Test("travel platforms by name (飞猪, 携程) are other places to book; booked there is a report")
    func travelPlatforms() {
        expectVerdict("去飞猪搜我们民宿", true, platform: .douyin)
        expectVerdict("飞猪上订过的酒店很干净", false, platform: .douyin)
    }

    @Test("the way to buy pointed at a QR code (购买方式就是…那个二维码) in its clause is the code; a code named in the next clause is not")
    func wayPointedAtCode() {
        expectVerdict("购买方式就是视频最后那个二维码", true, platform: .kuaishou)
        expectVerdict("联系方式已经删了，二维码也撤了", false, platform: .kuaishou)
    }

    @Test("the shop set against buying here as dearer (这边拍反而贵) sends the sale there; the shop called dearer does not")
    func onlineDearer() {
        expectVerdict("实体店可以随便挑，这边拍反而贵", true, platform: .douyin)
        expectVerdict("实体店比这边拍更贵", false, platform: .douyin)
    }

    @Test("not ordering here in advance (不用提前在这拍) moves the deal; phone numbers listed as the goods (可选靓号) are no contact")
    func notInAdvanceAndNumbersForSale() {
        expectVerdict("到了付钱，不用提前在这拍", true, platform: .douyin)
        expectVerdict("可选靓号：139 0000 6666、139 0000 8888", false, platform: .douyin)
        expectVerdict("可选靓号：139 0000 6666，老板电话 139 1234 5678", true, platform: .douyin)
    }

    @Test("a contact said to be on a sign or in the video (电话在视频开头的招牌上) is pointed at; a product in the video is not")
    func contactOnSignOrInVideo() {
        expectVerdict("店里电话在视频开头的招牌上", true, platform: .douyin)
        expectVerdict("视频里的电话手表很好看", false, platform: .douyin)
    }

    @Test("a channel of the platform itself (平台的会员频道) is here; another platform's is not")
    func platformWordQualifiesChannel() {
        expectVerdict("会员权益在平台的会员频道里可以看", false, platform: .xiaohongshu)
        expectVerdict("其他平台的频道里更便宜，去那边", true, platform: .xiaohongshu)
    }

    @Test("cheaper than buying on the platform (比平台拍划算) with words between sends the sale away")
    func cheaperThanThePlatform() {
        expectVerdict("课包来校区买，比平台拍划算", true, platform: .douyin)
        expectVerdict("门店比平台拍贵", false, platform: .douyin)
    }

    @Test("the buyer's number asked to be sent (私信发我你的手机号) is a contact asked for; the courier using the order's number is not")
    func buyersNumberAskedFor() {
        expectVerdict("私信发我你的手机号，我让客服打给你", true, platform: .douyin)
        expectVerdict("快递员会通过您的手机号联系您", false, platform: .douyin)
    }

    @Test("someone's proposal the speaker turned down (我拒绝了) is told, not made; an invitation to work with the speaker is made")
    func proposalTurnedDown() {
        expectVerdict("老板想跟我私下交易，我拒绝了", false, platform: .douyin)
        expectVerdict("想跟我合作的加我微信", true, platform: .douyin)
    }

    @Test("a number or address laid out a character or a word a line reads as one line; short honest lines stay apart")
    func shortLinesJoined() {
        expectVerdict("电\n话\n1\n5\n9\n0\n5\n7\n1\n3\n3\n4\n8", true, platform: .douyin)
        expectVerdict("官网\nwww\n.\nabc-shop\n.\ncn", true, platform: .douyin)
        expectVerdict("价格\n128\n138\n148\n158", false, platform: .douyin)
    }

    @Test("digits parted by one mark each (1/5/9/0/…) are a number spelled out; a size list with slashes is not")
    func digitsPartedByMarks() {
        expectVerdict("电/话/1/5/9/0/5/7/1/3/3/4/8", true, platform: .douyin)
        expectVerdict("1/2/3/4 号色都有", false, platform: .douyin)
    }

    @Test("the textbook placeholder mobile (139 0000 0000) is no one's line; a real one beside the same words is")
    func placeholderMobile() {
        expectVerdict("示例：手机号 13900000000，请替换成你的", false, platform: .douyin)
        expectVerdict("手机号 13900001234", true, platform: .douyin)
    }

    @Test("an emoji channel set off as a bullet (✈️ 出国旅行) heads its line; written against an invitation (🛰️找我) it invites")
    func emojiBullet() {
        expectVerdict("✈️ 出国旅行必备", false, platform: .douyin)
        expectVerdict("🛰️找我 有资源", true, platform: .douyin)
    }

    @Test("a group, a password to message and 私信拉你 pull the reader in")
    func groupPasswordPull() {
        expectVerdict("读书交流群，扣“读书”私信拉你", true, platform: .xiaohongshu)
    }

    @Test("the way to sign up or book said to be in the profile (报名方式在我主页背景图) points at a contact; how to use a product there does not")
    func wayToBookInProfile() {
        expectVerdict("报名方式在我主页背景图", true, platform: .douyin)
        expectVerdict("使用方式看我主页视频", false, platform: .douyin)
    }

    @Test("a sticker ad or flyer said to be the speaker's phone (那张小广告就是我的电话) points at it; ads complained about do not")
    func stickerAdIsMyPhone() {
        expectVerdict("楼道里那张小广告就是我的电话", true, platform: .douyin)
        expectVerdict("小广告贴得到处都是，物业也不管", false, platform: .douyin)
    }

    @Test("what people in a group talk about (微信群里都在讨论…) reports where; joining one to talk is an invitation")
    func groupTalkReported() {
        expectVerdict("微信群里都在讨论这款面霜", false, platform: .xiaohongshu)
        expectVerdict("想讨论的加微信群 abc123", true, platform: .xiaohongshu)
    }

    @Test("the way to order said to be in the profile (订购方式在我简介) points at a contact; the shop's own page does not")
    func wayToOrderInProfile() {
        expectVerdict("订购方式在我简介第一行", true, platform: .xiaohongshu)
        expectVerdict("订购方式在店铺首页", false, platform: .xiaohongshu)
    }

    @Test("a group, then 私我进 (message me to get in), pulls the reader in")
    func groupMessageMeToGetIn() {
        expectVerdict("读书会的群每周分享，私我进", true, platform: .xiaohongshu)
    }

    @Test("talking it over in private (私聊谈) with what cannot be said here is a diversion; 私聊谈 alone is not")
    func privateTalkUnsaid() {
        expectVerdict("价钱好商量，私聊谈，这里不好说", true, platform: .douyin)
        expectVerdict("私聊谈就行", false, platform: .douyin)
    }

    @Test("没必要 (no need) refuses what follows it; a refusal denied (从不拒绝…私下交易) refuses nothing")
    func noNeedAndRefusalDenied() {
        expectVerdict("没必要加微信，这里都能聊", false, platform: .douyin)
        expectVerdict("从不拒绝熟客私下交易，找我", true, platform: .douyin)
        expectVerdict("我们拒绝私下交易", false, platform: .douyin)
    }

    @Test("a gift for buying with cash (现金买送…) is a cash deal; a red packet given with an order is not")
    func cashPurchaseGift() {
        expectVerdict("现金买送两双袜子", true, platform: .douyin)
        expectVerdict("下单送现金红包", false, platform: .douyin)
    }

    @Test("群 after a channel's name makes the group, which answers for the words after it (微信群里发了书单); joining it still invites")
    func groupAnswersForItsChannel() {
        expectVerdict("读书会的微信群里发了书单，大家去看", false, platform: .xiaohongshu)
        expectVerdict("想要书单的加微信群", true, platform: .xiaohongshu)
    }

    @Test("what everyone in a group says (宝妈群里大家都说…) reports where; a group with who wants in told to add me invites")
    func groupSaysReported() {
        expectVerdict("宝妈群里大家都说这款奶瓶好用", false, platform: .douyin)
        expectVerdict("车友群，想进的加我", true, platform: .douyin)
    }

    @Test("a long dash (— ―) between a handle's parts is its hyphen; a dash spaced off after the handle ends it")
    func longDashInHandle() {
        expectVerdict("微信：lily—shop—88", true, platform: .douyin)
        expectVerdict("v—x：anna―home―99", true, platform: .douyin)
        // (The handle still ends where the dash between phrases begins.)
        expectVerdict("Skype: trade.wang  —  wholesale only", true, platform: .douyin)
    }

    @Test("上市 (coming onto the market) after a one-character nickname is the word, not 上 after a channel's name")
    func comingOntoTheMarket() {
        expectVerdict("核桃上市了，香", false, platform: .douyin)
        expectVerdict("新鲜水蜜桃上市啦", false, platform: .douyin)
        expectVerdict("去桃上买", true, platform: .douyin)
    }

    @Test("an animal counted with its measure word (一只企鹅, 两条鱼) is the animal, not a channel's nickname")
    func animalWithMeasureWord() {
        expectVerdict("绘本里一只企鹅在找妈妈", false, platform: .douyin)
        expectVerdict("两条鱼上架了", false, platform: .douyin)
        expectVerdict("企鹅找我", true, platform: .douyin)
    }

    @Test("让我们 (let us, have our …) is the speaker's side, not someone reported making the speaker act")
    func letUsIsNoReport() {
        expectVerdict("留个电话，让我们的客服联系你", true, platform: .douyin)
        expectVerdict("他让我加他微信，我没加", false, platform: .douyin)
    }

    @Test("asking for the reader's number (留您的手机号) and promising to call is a reverse contact")
    func leaveYourNumber() {
        expectVerdict("私信留您的手机号，我打给您", true, platform: .xiaohongshu)
    }

    @Test("a group named, its purpose told, then the reader pulled in by message in a later clause")
    func groupPulledInLater() {
        expectVerdict("宝妈交流群每周分享辅食，想进的在评论区扣1我私信拉你", true, platform: .xiaohongshu)
    }

    @Test("told not to order and to contact the speaker, in either order")
    func contactNotOrderEitherOrder() {
        expectVerdict("别拍了，直接找我", true, platform: .douyin)
        expectVerdict("不用下单，直接联系我", true, platform: .douyin)
    }

    @Test("job boards and medical-aesthetics apps are other platforms")
    func jobBoardsAndClinicApps() {
        expectVerdict("去智联招聘搜我们公司", true, platform: .douyin)
        expectVerdict("更美app上有我们的团购", true, platform: .xiaohongshu)
    }

    @Test("a gift for paying cash (现金付款送…) is a cash deal")
    func cashPaymentGift() {
        expectVerdict("现金付款送两次护理", true, platform: .douyin)
    }

    @Test("a code the platform order shows (订单页的二维码) is the order's own; a group's code to add a teacher is not")
    func codeInThePlatformOrder() {
        expectVerdict("买完票在订单页能看到上车二维码", false, platform: .douyin)
        expectVerdict("订单页有入群二维码，扫码加老师微信", true, platform: .douyin)
    }

    @Test("a channel that carries something sent to someone else (用微信发给同事, 微信转给老公) invites no one; sent to me it does")
    func sentToOthersByChannel() {
        expectVerdict("用微信发给同事看了", false, platform: .douyin)
        expectVerdict("微信转给老公了", false, platform: .douyin)
        expectVerdict("用微信发给我", true, platform: .douyin)
    }

    @Test("a game's server region named after its login (QQ区, 微信区) is no contact")
    func gameServerRegion() {
        expectVerdict("去QQ区找我", false, platform: .douyin)
        expectVerdict("加我QQ 3345 6677 8", true, platform: .douyin)
    }

    @Test("你们 told to reach the speaker (你们私下找我) acts: it owns no channel; asked about the shop's own (你们私下卖吗) it does")
    func listenersReachingTheSpeaker() {
        expectVerdict("价钱这里不好说，你们私下找我", true, platform: .douyin)
        expectVerdict("你们私下卖吗", false, platform: .douyin)
    }

    @Test("what cannot be said here sent in private (这里不能说，私信发你) is a private message asked for")
    func unsaidSentInPrivate() {
        expectVerdict("具体多少这里不能说，私信发你", true, platform: .douyin)
    }

    @Test("a phone on something the buyer has (a label, a vehicle) to call next time is a placed contact; a building's own notice is not")
    func phoneOnAThingToCallNextTime() {
        expectVerdict("车身上有我们的电话，以后直接打", true, platform: .douyin)
        expectVerdict("电话在包装盒的标签上", true, platform: .douyin)
        expectVerdict("我们小区物业电话都贴在电梯里，有事直接打", false, platform: .douyin)
    }

    @Test("cash instead of paying on the platform (给现金就行，不用线上付) is a payment off the order")
    func cashInsteadOfPlatformPayment() {
        expectVerdict("尾款给现金就行，不用线上付", true, platform: .douyin)
    }

    @Test("second-hand luxury marketplaces are other platforms")
    func luxuryResaleMarketplaces() {
        expectVerdict("红布林上搜我们店", true, platform: .xiaohongshu)
    }

    @Test("an emoji written after its own word's first character (闲🐟) completes the word, and a comma after it is no bullet's space")
    func emojiCompletingItsWord() {
        expectVerdict("更多器材在闲🐟，搜 老王器材", true, platform: .douyin)
        expectVerdict("🐟，搜 小李", true, platform: .douyin)
        expectVerdict("✈️ 出国旅行必备", false, platform: .douyin)
    }

    @Test("renovation marketplaces and an exam-prep app named with app are other platforms; chalk is not")
    func renovationAndExamApps() {
        expectVerdict("案例在土巴兔上，搜 陈工装修", true, platform: .xiaohongshu)
        expectVerdict("课程都在粉笔app上，搜 李老师", true, platform: .douyin)
        expectVerdict("粉笔和黑板擦", false, platform: .douyin)
    }

    @Test("cash for the goods taken away (满意了现金拿走) is cash handed over; a cash red packet is not")
    func cashForGoodsTakenAway() {
        expectVerdict("可以来店里试穿，满意了现金拿走", true, platform: .douyin)
        expectVerdict("看中了现金带走", true, platform: .douyin)
        expectVerdict("现金红包拿走不谢", false, platform: .douyin)
    }

    @Test("a freebie to claim, then the speaker's profile to look at (免费领，看我简介), points to a contact")
    func freebieThroughTheProfile() {
        expectVerdict("电子版教材免费领，看我主页", true, platform: .xiaohongshu)
        expectVerdict("领取方式见店铺首页", false, platform: .xiaohongshu)
    }

    @Test("selling there told of (拼多多上卖衣服太卷了) points nowhere; selling there cheaper, or a search after, still does")
    func sellingThereToldOf() {
        expectVerdict("拼多多上卖衣服太卷了", false, platform: .douyin)
        expectVerdict("闲鱼上卖得更便宜", true, platform: .douyin)
        expectVerdict("同款在闲鱼上卖，搜 小王", true, platform: .douyin)
    }

    @Test("上钩 (a fish biting) and 千岛湖 (the lake) are words; the toy marketplace 千岛 is another platform")
    func biteAndLakeWords() {
        expectVerdict("鱼上钩了就收线", false, platform: .douyin)
        expectVerdict("去千岛湖玩了三天", false, platform: .douyin)
        expectVerdict("千岛上搜 阿明潮玩", true, platform: .douyin)
    }

    @Test("the profile pointed at, then those in the know told to come (看我签名，懂的来)")
    func profileThenInTheKnow() {
        expectVerdict("看我签名，懂的来", true, platform: .douyin)
    }

    @Test("whoever wants it told to message, with what cannot be said here (想学的私聊，这里不能说)")
    func whoeverWantsItMessages() {
        expectVerdict("想学的私聊，这里不能说", true, platform: .douyin)
    }

    @Test("a phone or an e-mail asked for (留电话, 把你的邮箱), then the speaker calling or sending (我挨个打, 我发报价单)")
    func contactAskedThenUsed() {
        expectVerdict("要的留电话，我挨个打", true, platform: .douyin)
        expectVerdict("把你的邮箱留一下，我发报价单", true, platform: .xiaohongshu)
    }

    @Test("collected by the buyer and paid in cash (自取付现金), or cash instead of the voucher (不用团购), is an offline deal")
    func pickupCashAndNoVoucher() {
        expectVerdict("旧桌子二十，自取付现金", true, platform: .douyin)
        expectVerdict("到了付现金就好，不用团购了", true, platform: .douyin)
    }

    @Test("a contact said to be in a note's pictures (联系方式在…笔记的图里) is placed")
    func contactInANotesPictures() {
        expectVerdict("联系方式都在我上一篇笔记的图里", true, platform: .xiaohongshu)
    }

    @Test("a link warned against (别点…, 钓鱼网站) is discussed; a handle offered after the warning is still caught")
    func linkWarnedAgainst() {
        expectVerdict("千万别乱点陌生短链接，都是钓鱼网站", false, platform: .douyin)
        expectVerdict("群里那些短链接别乱点", false, platform: .douyin)
        expectVerdict("别点了，加我vx abc12345", true, platform: .douyin)
    }

    @Test("the order's own e-mail (订单邮箱) is where the platform sends an invoice; an address written out is still a contact")
    func orderEmail() {
        expectVerdict("签收后发票发送到订单邮箱", false, platform: .douyin)
        expectVerdict("邮箱 abc_shop@163.com", true, platform: .douyin)
    }

    @Test("an insider price sent in a private message (我私发你底价) is a deal off the order")
    func insiderPriceInPrivate() {
        expectVerdict("想要的我私发你底价", true, platform: .douyin)
    }

    @Test("a group the speaker's community keeps (我们宿舍的QQ群, 我们部门有个微信群) told of invites no one; invited into, or a shop's, it does")
    func communityGroupToldOf() {
        expectVerdict("我们宿舍的QQ群里天天聊八卦", false, platform: .douyin)
        expectVerdict("我们部门有个微信群，通知都发在群里", false, platform: .douyin)
        expectVerdict("我们跑团有个QQ群，周末在群里约跑", false, platform: .douyin)
        expectVerdict("我们班有个微信群，想进的私我", true, platform: .douyin)
        expectVerdict("我们店的微信群每天发优惠", true, platform: .douyin)
    }

    @Test("another of the trade's people reported (经理说, 司机让) tells what was said; a poster's phone and a further cut for cash do not")
    func tradePeopleReportedPosterAndCashCut() {
        expectVerdict("师傅说私下付能便宜点，最后还是走的平台", false, platform: .douyin)
        expectVerdict("店门口海报上有预约电话", true, platform: .douyin)
        expectVerdict("付现金的话再减五十", true, platform: .douyin)
        expectVerdict("满300再减30", false, platform: .douyin)
    }

    @Test("the 让 of a word (转让, 出让) reports no request; 叫我 ending its clause is \"call me\", which reports nothing after it")
    func yieldingWordAndCallMe() {
        expectVerdict("球赛门票转让不走平台，先转定金", true, platform: .douyin)
        expectVerdict("有需要直接叫我，不用平台下单", true, platform: .douyin)
        expectVerdict("水电维修下次直接叫我，不用在平台下单，便宜点", true, platform: .douyin)
        expectVerdict("叫我加他微信，我没理", false, platform: .douyin)
    }

    @Test("the buyer's handle asked for by its short forms (留vx, 留微信) with a promise to add them; a way to book or order left in the bio; 找我要方式")
    func shortHandleAskedAndWayToOrder() {
        expectVerdict("想学的留vx，我挨个加", true, platform: .douyin)
        expectVerdict("评论区留微信，我加你", true, platform: .douyin)
        expectVerdict("咨询方式写在签名了", true, platform: .douyin)
        expectVerdict("想拿货的找我要方式", true, platform: .douyin)
    }

    @Test("a card or a printed phone, then contacted or called directly (以后直接联系, 需要的直接打)")
    func cardThenContactDirectly() {
        expectVerdict("名片给你了，以后直接联系我", true, platform: .douyin)
        expectVerdict("货车上印着电话，需要的直接打", true, platform: .douyin)
    }

    @Test("a price below the listed one kept for private messages (拿货价私信, 专属价私聊); the listed price asked in messages is not")
    func lowerPriceInPrivate() {
        expectVerdict("拿货价私信，这里只标零售", true, platform: .douyin)
        expectVerdict("老客专属价私聊告诉你", true, platform: .douyin)
        expectVerdict("价格私聊", false, platform: .douyin)
        expectVerdict("私信客服问价格", false, platform: .douyin)
    }

    @Test("what a relative sent the speaker, and the channel it came by, is received, not offered; a transfer asked of the reader is")
    func sentToSpeakerByFamily() {
        expectVerdict("微信里我老公转给我的链接，我点开看了", false, platform: .douyin)
        expectVerdict("我姐微信发给我的那个店，就是这家", false, platform: .douyin)
        expectVerdict("你微信转给我就行", true, platform: .douyin)
    }

    @Test("someone else's things on another platform (B站上也有她的视频) are told of; the speaker's own shop there is a pointer")
    func othersThingsThere() {
        expectVerdict("B站上也有她的测评视频", false, platform: .douyin)
        expectVerdict("快手上也有我们的店，搜名字", true, platform: .douyin)
    }

    @Test("a shop named by its trade reported (奶茶店说…) tells what it said; a lesson's heading (第3课：…) names its topic")
    func shopReportedAndLessonHeading() {
        expectVerdict("奶茶店说加微信能送一杯，我没加", false, platform: .douyin)
        expectVerdict("第3课：用微信小程序做收银", false, platform: .douyin)
        expectVerdict("第一步：加微信 abc12345", true, platform: .douyin)
    }

    @Test("a video a relative posted into a group, and the people of a group who said or asked something, are told of")
    func postedIntoGroupAndPeopleThere() {
        expectVerdict("生日那天我老公拍的视频发微信群里，朋友都说好看", false, platform: .douyin)
        expectVerdict("微信群里的宝妈都说这个好用", false, platform: .douyin)
        expectVerdict("群里网友让我来这家看看，果然不错", false, platform: .douyin)
        expectVerdict("拉你进微信群，私我", true, platform: .douyin)
    }

    @Test("letters in a list of clothing sizes (S/M/L/XL) are sizes")
    func clothingSizeList() {
        expectVerdict("尺码：S/M/L/XL，详见图片", false, platform: .douyin)
    }

    @Test("someone in a role reported (团长说, 业务员说) tells what was said; 按理说 and 楼主说的那家 report no one")
    func roleReported() {
        expectVerdict("楼里的团长说以后在她微信上付，我没理", false, platform: .douyin)
        expectVerdict("业务员说加他微信能便宜，我没加", false, platform: .douyin)
        expectVerdict("楼主说的那家在淘宝，搜“小林杂货”就有", true, platform: .douyin)
    }

    @Test("another marketplace said to be no better keeps the buyer here, unless the sentence invites; a search asked for after it sends them there")
    func noBetterThereAndSearchLater() {
        expectVerdict("闲鱼上也有人卖，价格差不多", false, platform: .douyin)
        expectVerdict("想要的私聊我，走闲鱼发，价格一样", true, platform: .douyin)
        expectVerdict("旧手机在闲鱼便宜，搜 老王数码", true, platform: .douyin)
        expectVerdict("想约课去Keep上搜 王教练", true, platform: .douyin)
        expectVerdict("我在闲鱼搜了一下，没找到", false, platform: .douyin)
    }

    @Test("a spoken count before a numeral (三个零) repeats it in a phone number")
    func spokenCountBeforeNumeral() {
        expectVerdict("电话幺三八，三个零，二四六八，九", true, platform: .douyin)
    }

    @Test("加微信 written backwards, cash paid at a gym, a card's phone called later, the same name on another app, a wink then WeChat's colour")
    func backwardsGymCardSameNameWink() {
        expectVerdict("信微加，号是 abc12345", true, platform: .douyin)
        expectVerdict("到馆交现金办卡", true, platform: .douyin)
        expectVerdict("机箱里有售后卡，以后直接打卡上电话", true, platform: .douyin)
        expectVerdict("另一个软件同名，一搜就有", true, platform: .douyin)
        expectVerdict("懂的都懂，那个绿色的图标", true, platform: .douyin)
    }

    @Test("见面聊, a payment code's screenshot handed over, 下次别拍 then 直接喊我, a price of its own kind kept for messages, the speaker's shop on another site")
    func meetCodeNextTimePriceShop() {
        expectVerdict("诚心要的见面聊", true, platform: .douyin)
        expectVerdict("收款码截图发你，扫完备注", true, platform: .douyin)
        expectVerdict("这次就算了，下次别拍，直接喊我", true, platform: .douyin)
        expectVerdict("会员价私聊，这里只是原价", true, platform: .douyin)
        expectVerdict("我们在一亩田上也有店，批发去那边", true, platform: .douyin)
    }

    @Test("汉服 names clothes, no one in a role; fakes said to be too many are discussed")
    func clothesNotRoleAndTooManyFakes() {
        expectVerdict("汉服租赁去我们的小程序，搜 汉服小筑", true, platform: .douyin)
        expectVerdict("二手市场私下交易假货太多", false, platform: .douyin)
    }

    @Test("a group, then 拉你 after whatever the reader does first (扣1拉你); goods not allowed here, then a private message; 走代购")
    func groupPullGoodsNotListedDaigou() {
        expectVerdict("瑜伽打卡群每天有老师带练，扣1拉你", true, platform: .douyin)
        expectVerdict("国行版这边上不了架，要的私聊我", true, platform: .douyin)
        expectVerdict("想要原装的私我走代购", true, platform: .douyin)
    }

    @Test("the speaker's own app to download; a private message because it cannot be made public; not online at all")
    func ownAppNotPublicNotOnline() {
        expectVerdict("下载我们的app注册，新人有红包", true, platform: .douyin)
        expectVerdict("利率多少私信，不能公开", true, platform: .douyin)
        expectVerdict("签约来公司，不走线上", true, platform: .douyin)
    }

    @Test("a home-design site and the game-account marketplace by its nickname, with a search after; a line of ordinary 好好住 is not")
    func designSiteAndCrabMarketplace() {
        expectVerdict("装修案例在好好住上，搜 李工设计", true, platform: .douyin)
        expectVerdict("账号都挂在螃蟹上，搜 小七游戏", true, platform: .douyin)
        expectVerdict("好好住，别熬夜", false, platform: .douyin)
    }

    @Test("the speaker's own phone then called directly; a building's service line is not; ways to commission in the bio; vei xin")
    func ownPhoneCallWaysVeiXin() {
        expectVerdict("店门口有我们的电话，看到直接打", true, platform: .douyin)
        expectVerdict("我们楼的物业电话贴在电梯里，有事直接打", false, platform: .douyin)
        expectVerdict("接单方式在主页，评论区不回", true, platform: .douyin)
        expectVerdict("代购咨询 + vei xin abc_shop1", true, platform: .douyin)
    }

    @Test("the other side gone with the money (跑路, 收了钱就不来了) is a story; a group recommended to is where it went")
    func lossStoriesAndRecommendedToGroup() {
        expectVerdict("拍照被私下收了定金跑路", false, platform: .douyin)
        expectVerdict("收了钱就不来了，私下交易的师傅", false, platform: .douyin)
        expectVerdict("感谢您把我们分享给微信群里的姐妹们", false, platform: .douyin)
    }

    @Test("a deposit or the balance into a payment account; the speaker selling the same, the profile pointed at; a call back arranged")
    func depositToAccountSellerProfileCallBack() {
        expectVerdict("先转一半押金到支付宝", true, platform: .douyin)
        expectVerdict("我自己也卖这个，价格看我主页", true, platform: .douyin)
        expectVerdict("留下您的电话，安排专人回访", true, platform: .douyin)
    }

    @Test("what the words are compared with (比平台客服快) does not suppress them; a site with its address given to check authenticity does")
    func comparedSuppressionAndCheckSite() {
        expectVerdict("专属客服通道：加企业微信 kf_8899，比平台客服快", true, platform: .douyin)
        expectVerdict("品牌官网：www.adidas.com（仅供查询真伪）", false, platform: .douyin)
    }

    @Test("checked or come across there (官网上查过了, QQ空间里翻到了) is told; someone in a group reported is told of")
    func checkedThereAndSomeoneInGroup() {
        expectVerdict("官网上查过了，是真的", false, platform: .douyin)
        expectVerdict("QQ空间里翻到了小时候的照片", false, platform: .douyin)
        expectVerdict("宝妈群里有人推一个奶瓶，说私下买便宜", false, platform: .douyin)
    }

    @Test("too much to fit here, then the bio; a marketplace then 直接去拍; the blue bird and the yellow delivery app by name")
    func noRoomHereGoOrderThereNicknames() {
        expectVerdict("攻略太长这里放不下，想要的去我简介找我", true, platform: .douyin)
        expectVerdict("京东自营也有，那边发货快，直接去拍", true, platform: .douyin)
        expectVerdict("作品都在蓝色小鸟上，私我发主页", true, platform: .douyin)
        expectVerdict("黄色外卖软件上搜我们家，满减多", true, platform: .douyin)
        expectVerdict("出海打鱼没信号，搜救的时候能用", false, platform: .douyin)
        expectVerdict("在淘宝买的，链接不方便放，搜 北欧落地灯 就有", false, platform: .douyin)
    }

    @Test("booked directly for less, the speaker's personal one, a phone asked of the speaker privately, the same name, a picture's corner, a number read out")
    func directBookingPersonalAskSameNameCornerReadOut() {
        expectVerdict("酒店直订比携程便宜两百", true, platform: .douyin)
        expectVerdict("聊天不方便，加我个人的吧", true, platform: .douyin)
        expectVerdict("订房的私我要前台电话", true, platform: .douyin)
        expectVerdict("微信同旺旺名", true, platform: .douyin)
        expectVerdict("最后一张图片放大看左下角", true, platform: .douyin)
        expectVerdict("视频结尾我念了号码，记下来就能加", true, platform: .douyin)
    }

    @Test("a group then a message asked for first (留言我拉, 私我拉进); the speaker's avatar to scan; a pickup paid in cash")
    func groupAfterMessageAvatarScanPickupCash() {
        expectVerdict("读书会交流群，福利多，留言我拉", true, platform: .douyin)
        expectVerdict("宠物群每周有活动，私我拉进", true, platform: .douyin)
        expectVerdict("康康我头像，扫了就能加上", true, platform: .douyin)
        expectVerdict("到店自取付现金就行", true, platform: .douyin)
    }

    @Test("a price set against the one here (价格私聊，这里是单件价); a message because comments get deleted; no platform dispatch; ways to order in the bio")
    func priceContrastDeletedDispatchWays() {
        expectVerdict("批量定制的价格私聊，这里是单件价", true, platform: .douyin)
        expectVerdict("价格私聊", false, platform: .douyin)
        expectVerdict("清单私信发，评论区会被删", true, platform: .douyin)
        expectVerdict("下次有活直接找我，不用平台派单", true, platform: .douyin)
        expectVerdict("订餐方式看主页简介", true, platform: .douyin)
    }

    @Test("the wedding app, kk and sx as the initials of 扣扣 and 私信")
    func weddingAppAndInitials() {
        expectVerdict("全部案例在婚礼纪上，搜 小美策划", true, platform: .douyin)
        expectVerdict("kk：537 228 1096", true, platform: .douyin)
        expectVerdict("sx我拿vx", true, platform: .douyin)
    }

    @Test("a maker's service line said to be official; hired or worn there before; someone who added the speaker; the listener asked whether they are there")
    func makerLineHiredWornAddedMeAskedListener() {
        expectVerdict("热水器上的贴纸是厂家售后电话，打过去是官方的", false, platform: .douyin)
        expectVerdict("快手上也叫过师傅，这边的更好", false, platform: .douyin)
        expectVerdict("小红书上博主穿的就是这件", false, platform: .douyin)
        expectVerdict("阿姨走的时候加了我微信，说以后可以问她", false, platform: .douyin)
        expectVerdict("淘宝上也有你们的旗舰店吗？", false, platform: .douyin)
        expectVerdict("京东上也有我们旗舰店，去那边拍", true, platform: .douyin)
    }

    @Test("a refusal taken back: the buyer gets it anyway after a contrast (但是…私我要), is paid for doing it (加了就…), or is winked at (懂的私)")
    func refusalTakenBack() {
        expectVerdict("平台不让加微信，不过熟客可以私我要", true, platform: .douyin)
        expectVerdict("不加微信，有事私我要发票", false, platform: .douyin)
        expectVerdict("千万别加我微信 lin_778 哦，加了就送小样", true, platform: .douyin)
        expectVerdict("本店不私下交易的哈（懂的来）", true, platform: .douyin)
        expectVerdict("本店不私下交易，不懂的来问客服", false, platform: .douyin)
    }

    @Test("不让 forbids and reports no one; 没让 still tells what no one did")
    func forbiddingIsNoReport() {
        expectVerdict("这边不让加v，咱们换个地方，扣扣聊", true, platform: .douyin)
        expectVerdict("平台不让私下交易，大家注意", false, platform: .douyin)
        expectVerdict("客服让加微信，我没加", false, platform: .douyin)
    }

    @Test("a friend request sent and to be accepted; a link in the bio; a card's phone then 下次直接约; whoever wants to come told to message")
    func requestSentLinkInBioCardBookGroupCome() {
        expectVerdict("刚加了你，记得通过一下", true, platform: .douyin)
        expectVerdict("买的话点简介里的链接", true, platform: .douyin)
        expectVerdict("名片上有电话，下次直接约", true, platform: .douyin)
        expectVerdict("骑行群周末约骑，想来的私我", true, platform: .douyin)
        expectVerdict("我们有个读书群，想进的说一声", true, platform: .douyin)
    }

    @Test("the fee paid at the door; a class moved to a meeting room; 贝壳 as a place with an invitation; what the speaker posted there, searched for")
    func doorFeeMeetingRoomShellAppPostedThere() {
        expectVerdict("周末体验课，报名后直接到场缴费", true, platform: .douyin)
        expectVerdict("请在平台报名缴费，到场出示核销码", false, platform: .douyin)
        expectVerdict("一对一课在钉钉会议上，链接私发你", true, platform: .douyin)
        expectVerdict("这款耳机开腾讯会议也很清楚", false, platform: .douyin)
        expectVerdict("二手房源贝壳上搜 李哥说房", true, platform: .douyin)
        expectVerdict("亲子手工：贝壳上色，送颜料", false, platform: .douyin)
        expectVerdict("安居客上我发了全部照片，去搜一下就有", true, platform: .douyin)
        expectVerdict("安居客上我发了全部照片，没人问", false, platform: .douyin)
    }

    @Test("the platform's cut given as the reason for a private message, or a surcharge on its order; paying at the shop instead of the voucher; 不用拍 after contact")
    func feeReasonSurchargeShopPayNoOrder() {
        expectVerdict("做美甲的私聊我，平台这边扣点太多", true, platform: .douyin)
        expectVerdict("平台扣点是商家承担的，您放心下单", false, platform: .douyin)
        expectVerdict("可以付现金，走平台的加三个点", true, platform: .douyin)
        expectVerdict("门店付款更方便，团购券不用买，直接到店付", true, platform: .douyin)
        expectVerdict("有问题随时找我，不用拍，我先帮你看看尺码", true, platform: .douyin)
        expectVerdict("坏了找我，不用拍照片，直接申请售后", false, platform: .douyin)
    }

    @Test("a place said free or cheaper 'over there' after its name; something once done there (跟练过) is experience; a harm the platform did is a grievance")
    func benefitThereExperienceGrievance() {
        expectVerdict("全套教程在知乎更新，那边免费看", true, platform: .douyin)
        expectVerdict("知乎上的回答也有，那边便宜但是很慢", false, platform: .douyin)
        expectVerdict("B站上跟做过这道菜，这家的料更足", false, platform: .douyin)
        expectVerdict("被平台坑过好几次，以后熟客直接转我", true, platform: .douyin)
        expectVerdict("被骗子坑过，以后绝不加微信", false, platform: .douyin)
    }

    @Test("a kind made by 的 right before an invitation ends the negation before it: whoever would rather not wait is invited")
    func kindBeforeInvitationEndsNegation() {
        expectVerdict("不想排队的加我微信 qiao_92 先约", true, platform: .douyin)
        expectVerdict("不想等的加我v，提前发", true, platform: .douyin)
        expectVerdict("不要加陌生人的微信", false, platform: .douyin)
    }

    @Test("the speaker's own details stuck or printed somewhere (贴着我的号, 印着我电话) are shown, not reported; someone in a role (私教, 中介, 房东) reported")
    func ownDetailsShownRolesReported() {
        expectVerdict("货车车身上印着我电话，以后搬东西直接打", true, platform: .douyin)
        expectVerdict("快递盒上贴着我的号，复购直接加我", true, platform: .douyin)
        expectVerdict("门口贴着营业时间，周一休息", false, platform: .douyin)
        expectVerdict("私教说加微信办卡更便宜", false, platform: .douyin)
        expectVerdict("司机说下次直接打他电话", false, platform: .douyin)
    }

    @Test("a handle introduced by 加 in the clause after a channel's name, past a suppression; 去那边 after a marketplace; 比心 as an app")
    func addedHandleNextGoThereCompanionApp() {
        expectVerdict("粉丝群人满了，二群在微信，加 lin_qun66", true, platform: .douyin)
        expectVerdict("粉丝群人满了，二群等通知", false, platform: .douyin)
        expectVerdict("限定款在得物，这边没有，去那边看", true, platform: .douyin)
        expectVerdict("得物上买过，去那边看评价也差不多", false, platform: .douyin)
        expectVerdict("陪练在比心app上接单，搜 阿飞陪练", true, platform: .douyin)
        expectVerdict("比心上热门了，谢谢大家", false, platform: .douyin)
    }

    @Test("no order needed again, none listed on the platform, no stream waited for; a price that cannot be written here; 想进的扣个1; paid at pickup; an official account to follow")
    func noOrderUnwrittenGroupPickupFollow() {
        expectVerdict("以后要货直接私我，不用蹲直播", true, platform: .douyin)
        expectVerdict("老客户直接找我，单子不用挂平台", true, platform: .douyin)
        expectVerdict("批发价这里不能写，私我", true, platform: .douyin)
        expectVerdict("读书打卡群，想进的扣个1", true, platform: .douyin)
        expectVerdict("拿货的时候付现金就行", true, platform: .douyin)
        expectVerdict("拿货价便宜，下单走平台", false, platform: .douyin)
        expectVerdict("折扣在服务号，关注一下", true, platform: .douyin)
        expectVerdict("这个服务号我也关注了，推送挺有用", false, platform: .douyin)
    }

    @Test("the platform's voucher said unneeded with a discount instead; picked up at the speaker's home and paid there; a code scanned to order directly next time")
    func noVoucherPickupHomeScanNextTime() {
        expectVerdict("洗车不用团购，来了打八折", true, platform: .douyin)
        expectVerdict("不用团购也可以，团购券有效期一年", false, platform: .douyin)
        expectVerdict("邻居可以来我家拿，给个十块就行", true, platform: .douyin)
        expectVerdict("纸箱上有码，扫了下次直接订", true, platform: .douyin)
        expectVerdict("瓶身上有码，扫码验真伪", false, platform: .douyin)
    }

    @Test("the shop's phone as the speaker names it, called when something breaks; a card then 直接联系我; paid on site; booked with the speaker; 想进的评论")
    func shopPhoneCardOnSiteBookedComment() {
        expectVerdict("车身贴着本店电话，坏了直接打", true, platform: .douyin)
        expectVerdict("我们小区物业的电话贴在电梯里，有事直接打", false, platform: .douyin)
        expectVerdict("师傅留了名片，以后有事直接联系我", true, platform: .douyin)
        expectVerdict("门票现场付，不用团购", true, platform: .douyin)
        expectVerdict("想约拍的直接约我，不用平台下单", true, platform: .douyin)
        expectVerdict("读书会成员群，想进的评论一下", true, platform: .douyin)
    }

    @Test("what cannot be made public or written here (公开了会被抄, 不方便公开, 唔方便講, 这里不标) sent to private messages; 猪八戒网 and more 'over there'")
    func unsaidInPrivateFreelanceMarket() {
        expectVerdict("配方私聊，公开了会被抄", true, platform: .douyin)
        expectVerdict("底价不方便公开，私信发你", true, platform: .douyin)
        expectVerdict("價錢唔方便講，私訊我", true, platform: .douyin)
        expectVerdict("运费这里不标，私我问", true, platform: .douyin)
        expectVerdict("设计稿在猪八戒网上，那边作品更多", true, platform: .douyin)
    }

    @Test("a contact told as made (电话联系过客服); another place with the speaker's choice kept despite it (但我还是…)")
    func contactMadeChoiceKept() {
        expectVerdict("电话联系过客服了，说明天补发", false, platform: .douyin)
        expectVerdict("咸鱼上也有二手的，但我还是想要新的", false, platform: .douyin)
        expectVerdict("京东上也卖，不过我还是想在这买", false, platform: .douyin)
        expectVerdict("京东上也卖，去京东搜 小林家", true, platform: .douyin)
    }

    @Test("goods or a price not offered here (不能挂, 不对外) sent to private messages; more given at the shop than online; too involved to say here; no voucher needed again")
    func notOfferedHereMoreAtShopNoVoucherAgain() {
        expectVerdict("限量款这边不能挂，私聊", true, platform: .douyin)
        expectVerdict("到店办卡比线上多送两次护理", true, platform: .douyin)
        expectVerdict("费用看情况，私聊细说，这里说不清", true, platform: .douyin)
        expectVerdict("下回直接找我约，不用再买团购了", true, platform: .douyin)
    }

    @Test("the speaker's phone called before coming; paid to the speaker afterwards (再转我); chat history used; asking which seller can be trusted; letters in a labelled code")
    func callBeforePayAfterHistoryTrustCode() {
        expectVerdict("门口有我电话，来之前打一个", true, platform: .douyin)
        expectVerdict("修好了再转我，不急", true, platform: .douyin)
        expectVerdict("修好了再付款，在订单里补差价", false, platform: .douyin)
        expectVerdict("微信的聊天记录能导出吗？", false, platform: .douyin)
        expectVerdict("淘宝上也有卖的，不知道哪家靠谱", false, platform: .douyin)
        expectVerdict("型号：Q/QX-3125，执行标准见吊牌", false, platform: .douyin)
        expectVerdict("型号：VX-mimi2207（就是我微信）", true, platform: .douyin)
    }

    @Test("the buyer's phone left in a private message; lofter; too long to write here; paid to the host or the owner; less by an amount than online; no inspection by the platform; a price not hung here")
    func privatePhoneLofterUnwrittenHostPayLessNoInspection() {
        expectVerdict("有兴趣私信留个电话", true, platform: .douyin)
        expectVerdict("作品都在lofter，搜 阿七", true, platform: .douyin)
        expectVerdict("方案私聊，这里写不下", true, platform: .douyin)
        expectVerdict("运费差价直接转店主，别拍链接", true, platform: .douyin)
        expectVerdict("到店配镜比线上少五百", true, platform: .douyin)
        expectVerdict("直接找我回收，不用寄平台检测", true, platform: .douyin)
        expectVerdict("每天的价这里不挂，私聊问", true, platform: .douyin)
        expectVerdict("门口牌子有我手机号，来了直接打", true, platform: .douyin)
    }

    @Test("something done there with 了 is experience (关注了), not a posting still there (挂了) nor what comes next (关注了再领); whether it is there too is asked")
    func doneThereWithLeAskedThereToo() {
        expectVerdict("小红书上也关注了博主，穿搭好看", false, platform: .douyin)
        expectVerdict("闲鱼上也挂了，去闲鱼拍便宜点", true, platform: .douyin)
        expectVerdict("B站上关注了再领券", true, platform: .douyin)
        expectVerdict("闲鱼上也有卖的吗？", false, platform: .douyin)
    }

    @Test("not allowed to be made public here; no platform package needed again; the speaker's account named as theirs (真号是, 我的号是); the speaker set apart from a warning")
    func unpublishedPackageOwnAccountSetApart() {
        expectVerdict("会员价平台不让公开，私信", true, platform: .douyin)
        expectVerdict("老顾客下回直接找我约，不用再买平台套餐", true, platform: .douyin)
        expectVerdict("冒充的号别信，真号是 lin_real88", true, platform: .douyin)
        expectVerdict("我的号是 lin_real88，有事找", true, platform: .douyin)
        expectVerdict("我的单号是 SF1234567890", false, platform: .douyin)
        expectVerdict("别家私下交易是骗子，我不是，转我支付宝就发", true, platform: .douyin)
        expectVerdict("别人加微信的都是骗子，我不是骗子，放心拍", false, platform: .douyin)
    }

    @Test("the flagship store elsewhere said to deal better; a place only rated; letters naming a series or a type")
    func flagshipThereRatedSeries() {
        expectVerdict("京东有我们旗舰店，优惠更多", true, platform: .douyin)
        expectVerdict("得物上也有这家，评价不错", false, platform: .douyin)
        expectVerdict("得物上也有这家，评价不错，去那边买", true, platform: .douyin)
        expectVerdict("充电线适用 XY 系列", false, platform: .douyin)
        expectVerdict("适用 VX 型主机", false, platform: .douyin)
    }

    @Test("come or sent to the speaker directly instead of ordering; not public, so in private; cheaper than the voucher; a price the platform lacks is no refusal; calling out in a group reports no one")
    func directVisitUnpublishedVoucherPlatformLacksCallOut() {
        expectVerdict("下回直接开过来，不用再买券", true, platform: .douyin)
        expectVerdict("衣服直接寄过来，不用下单，改好付钱", true, platform: .douyin)
        expectVerdict("鱼苗价格不公开，私我", true, platform: .douyin)
        expectVerdict("到店现场付，比团购划算", true, platform: .douyin)
        expectVerdict("包场价私聊，平台上没有", true, platform: .douyin)
        expectVerdict("私下交易这里没有", false, platform: .douyin)
        expectVerdict("跑腿群里有事就喊，私我进", true, platform: .douyin)
        expectVerdict("以后直接找我，不用每次拍", true, platform: .douyin)
    }

    @Test("someone hired there once (找人修过) is experience; a community's group on an app (家长微信群) is theirs, a seller's 社区团购群 is not; 闪送 as a delivery choice")
    func hiredThereCommunityAppGroupCourier() {
        expectVerdict("京东上也找人修过，这家更快", false, platform: .douyin)
        expectVerdict("家长微信群里老师推荐的这套卷子", false, platform: .douyin)
        expectVerdict("我们有个社区团购群，每天接龙，私我进", true, platform: .douyin)
        expectVerdict("同城的话可以选闪送，下单后一小时送到", false, platform: .douyin)
    }

    @Test("微拍堂; paid without the platform's escrow; phoned directly instead of the voucher; not to be sent here; whoever wants on board; a card with the speaker's phone; digits parted by pictographs")
    func auctionEscrowPhonedCardPictographDigits() {
        expectVerdict("字画在微拍堂，搜 老宋", true, platform: .douyin)
        expectVerdict("试驾满意就过户，不用平台担保", true, platform: .douyin)
        expectVerdict("老客直接打电话订，不用每次团购", true, platform: .douyin)
        expectVerdict("价目表不方便在这发，私信", true, platform: .douyin)
        expectVerdict("拼车群，想上车的扣1", true, platform: .douyin)
        expectVerdict("快递盒里夹了张卡，上面有我电话", true, platform: .douyin)
        expectVerdict("联系 1🌸3🌸9🌸0🌸0🌸2🌸1🌸7🌸7🌸6🌸5", true, platform: .douyin)
        expectVerdict("1🌸2🌸3 木头人游戏", false, platform: .douyin)
    }

    @Test("another place named, then this shop said better, the speaker not daring, or the place only rated: the buyer stays")
    func thisShopBetterNotDaringRated() {
        expectVerdict("淘宝上也有类似的，这家质量好", false, platform: .douyin)
        expectVerdict("闲鱼上也有二手的，但不敢买", false, platform: .douyin)
        expectVerdict("大众点评上也有这家，评分挺高", false, platform: .douyin)
        expectVerdict("淘宝上也有类似的，去淘宝搜 小林家", true, platform: .douyin)
    }

    @Test("phoned or messaged directly instead of each order; a deposit paid on the spot; a sign or a card with the speaker's phone; ordered directly next time; the platform's rating code")
    func directEachOrderDepositSignNextRating() {
        expectVerdict("老主顾直接打电话订，不用每次下单", true, platform: .douyin)
        expectVerdict("签了合同当场付定金", true, platform: .douyin)
        expectVerdict("门口立着牌子，上面有我电话", true, platform: .douyin)
        expectVerdict("货架上有我名片，补货直接联系", true, platform: .douyin)
        expectVerdict("箱子上写着我电话，下次直接订", true, platform: .douyin)
        expectVerdict("桌上是平台的服务评价二维码，扫码评价", false, platform: .douyin)
    }

    @Test("a handle on a card or printed on a box, then put to use directly; a sign's phone called on arrival; the speaker's phone noted down in passing")
    func shownThenUsedArrivalNotedDown() {
        expectVerdict("卡片背面有我号，复购直接找我", true, platform: .douyin)
        expectVerdict("外箱上印着微信，要补货直接加", true, platform: .douyin)
        expectVerdict("外箱上印着微信，我直接加了，结果是客服", false, platform: .douyin)
        expectVerdict("包装袋上印着微信，别直接加，是假的", false, platform: .douyin)
        expectVerdict("门口挂牌上有电话，到了打我出来接", true, platform: .douyin)
        expectVerdict("店门口有我们电话，路过记一下", true, platform: .douyin)
    }

    @Test("not written or not sendable here, then messaged; a social app where the speaker is messaged; a search whose deal is done over there")
    func unwrittenHereMessagedThereSearchedThere() {
        expectVerdict("具体价格这边不写，私信聊", true, platform: .douyin)
        expectVerdict("图发不了，私聊发你", true, platform: .douyin)
        expectVerdict("教程在b站，关注 小雨手作 私信预约", true, platform: .douyin)
        expectVerdict("微博上关注了官方号，上新很快", false, platform: .douyin)
        expectVerdict("某站搜 小陈手作 那边接单", true, platform: .douyin)
        expectVerdict("米画师搜 阿青 那边约", true, platform: .douyin)
        expectVerdict("米画师上约过她，出图很快", false, platform: .douyin)
    }

    @Test("cash said to be all it takes; a platform's cut with cash; ordered from the speaker next time; a trip made on purpose; meeting in the group")
    func cashSufficesCutNextTimeOnPurposeGroupMeet() {
        expectVerdict("看好了现金就行", true, platform: .douyin)
        expectVerdict("平台扣点高，来了付现金", true, platform: .douyin)
        expectVerdict("下回直接找我拿，价格不变", true, platform: .douyin)
        expectVerdict("下次有问题直接找我，售后在这", false, platform: .douyin)
        expectVerdict("专门过来店里买的，老板人好", false, platform: .douyin)
        expectVerdict("那就群里见啦", false, platform: .douyin)
    }

    @Test("booked with the speaker next time without the voucher; a pet owners' group (毛孩子 is no child); a quote given in private against the one here; what is only done at the shop")
    func bookedNextTimePetGroupQuoteOnlyInStore() {
        expectVerdict("做过的下次直接跟我约，不用团购", true, platform: .douyin)
        expectVerdict("毛孩子交流群每周有活动，想进的私我", true, platform: .douyin)
        expectVerdict("我孩子在群里看到的，想进的私我", false, platform: .douyin)
        expectVerdict("定制款私聊报价，这里挂的是基础款", true, platform: .douyin)
        expectVerdict("次卡只能门店办，网上没有", true, platform: .douyin)
        expectVerdict("门店办的卡网上也能用吗", false, platform: .douyin)
    }

    @Test("the speaker's mobile where it is shown, called when needed; who wants to add told to message; a password for eating in; an impostor warned of; a place rated; reachable on another app; a used-car site with instalments there")
    func shownMobileAddersDineInImpostorRatedReachable() {
        expectVerdict("保修卡背面是我的手机号，有事打", true, platform: .douyin)
        expectVerdict("病历本上写着我手机，有事直接打", true, platform: .douyin)
        expectVerdict("我的手机坏了，有事打座机", false, platform: .douyin)
        expectVerdict("物业电话贴在电梯里，有事直接打", false, platform: .douyin)
        expectVerdict("宵夜拼单在小区的群，想加的私我", true, platform: .douyin)
        expectVerdict("堂食报暗号打八折", true, platform: .douyin)
        expectVerdict("凡是私下联系都是假冒", false, platform: .douyin)
        expectVerdict("大众点评上评价也很好，就来试试", false, platform: .douyin)
        expectVerdict("货拉拉上也能找到我", true, platform: .douyin)
        expectVerdict("瓜子上挂了，那边能分期", true, platform: .douyin)
        expectVerdict("这个瓜子上有白霜正常吗", false, platform: .douyin)
    }

    @Test("a handle that cannot be posted here said to be on the profile, but not a link to the shop there; the end of a video; what the speaker's own profile has written on it, not someone else's")
    func notPostableHereProfileVideoEndOwnProfile() {
        expectVerdict("这边不能发群号，简介第二行有", true, platform: .douyin)
        expectVerdict("评论区不让留号，简介里有", true, platform: .douyin)
        expectVerdict("评论区不让发链接，商品在我主页的店铺里", false, platform: .douyin)
        expectVerdict("短片最后三秒有号，暂停看", true, platform: .douyin)
        expectVerdict("主页封面上写着企鹅号", true, platform: .douyin)
        expectVerdict("他主页背景图上写着企鹅号，是骗子", false, platform: .douyin)
    }

    @Test("someone doing something there, then the speaker inviting in; an account a use makes attributive; a cheap source in private; paid through the speaker; listed or shopped elsewhere; searched in a payment app, not paid by it")
    func othersThenInviteUsedAccountSourceThrough() {
        expectVerdict("群里天天有人出号，进群扣1", true, platform: .douyin)
        expectVerdict("有人私信我，加微信领红包，是骗子", false, platform: .douyin)
        expectVerdict("充值的QQ号填错了能改吗", false, platform: .douyin)
        expectVerdict("会员卡我这有内部渠道，私聊", true, platform: .douyin)
        expectVerdict("保费转我，我帮你交", true, platform: .douyin)
        expectVerdict("螃蟹上挂了，搜 小马账号", true, platform: .douyin)
        expectVerdict("口碑网有我们家，那边能预约", true, platform: .douyin)
        expectVerdict("支付宝里搜 小周顾问 就能预约", true, platform: .douyin)
        expectVerdict("收款码台卡 适用于微信支付宝收款", false, platform: .douyin)
    }

    @Test("the speaker's mobile then contacted directly; booked directly without the voucher; paid at the home visit; 加我微信 by initials; a shop closed with the money, or no one to be found")
    func contactedBookedDoorInitialsLossStories() {
        expectVerdict("质保卡上有我手机，有问题直接联系", true, platform: .douyin)
        expectVerdict("下次直接约，不用团购", true, platform: .douyin)
        expectVerdict("费用上门时给", true, platform: .douyin)
        expectVerdict("jwwx abc2026", true, platform: .douyin)
        expectVerdict("店家让办卡私下转账，后来店关了钱没了", false, platform: .douyin)
        expectVerdict("包过班私下交钱，考不过就找不到人了", false, platform: .douyin)
    }

    @Test("an ordering line or a handle printed, then to be used; the past's customers addressed now; signed up with the speaker")
    func printedThenUsedPastPatronsSignedUp() {
        expectVerdict("泡沫箱上印着订购电话，吃完直接打", true, platform: .douyin)
        expectVerdict("包装上印着订货电话，别直接打，是假的", false, platform: .douyin)
        expectVerdict("会员卡背面印着店长微信，办完可以加", true, platform: .douyin)
        expectVerdict("以前买过的老顾客明年直接找我订", true, platform: .douyin)
        expectVerdict("以前我在线下买的", false, platform: .douyin)
        expectVerdict("老学员的朋友来学直接找我报名", true, platform: .douyin)
    }

    @Test("not coming here to order; good goods not put up; cash with a gift; found and called; a fee paid at the room; bought at the counter only; a message sent, then add me")
    func notHereNotPutUpCashGiftRoomCounterMessage() {
        expectVerdict("老客户以后要货直接找我，不用来这下单", true, platform: .douyin)
        expectVerdict("好货不挂出来，私我看图", true, platform: .douyin)
        expectVerdict("付现金还送两斤", true, platform: .douyin)
        expectVerdict("袋子里有名片，以后找我直接打", true, platform: .douyin)
        expectVerdict("报名费来舞蹈室交", true, platform: .douyin)
        expectVerdict("定金在订单里交", false, platform: .douyin)
        expectVerdict("到专柜现场买送礼盒，线上没有", true, platform: .douyin)
        expectVerdict("私聊你了，看完加我", true, platform: .douyin)
    }

    @Test("a class taken at the shop after buying it here; what was bought in private said fake; no one to be found")
    func classAtShopCheaperHereFakeNoOne() {
        expectVerdict("平台买课到店上课", false, platform: .douyin)
        expectVerdict("私下买的手串是假的", false, platform: .douyin)
        expectVerdict("私下交的钱找不到人退", false, platform: .douyin)
    }

    @Test("paid in cash and not ordered here; bought on the spot for less; a brand's consumer line; a name to search in another app, not the platform's own; a contract price in private; this one better than the place named")
    func cashNotOrderedSpotBuyConsumerLineAppSearchContract() {
        expectVerdict("修好再给钱，现金转账都行，不用平台下单", true, platform: .douyin)
        expectVerdict("来体验店看看，现场买有优惠", true, platform: .douyin)
        expectVerdict("消费者热线 400-700-1234（品牌官方）", false, platform: .douyin)
        expectVerdict("用外卖app搜 小陈面馆", true, platform: .douyin)
        expectVerdict("抖音app搜 小陈面馆", false, platform: .douyin)
        expectVerdict("企业协议价私聊", true, platform: .douyin)
        expectVerdict("携程上也有，这个团更划算", false, platform: .douyin)
        expectVerdict("携程上也有，那边更划算", true, platform: .douyin)
    }

    @Test("goods fetched from the speaker directly later; handed over in person for less; the speaker's shop there and what can be done there; the number unchanged, to be called; Xianyu by its colour")
    func fetchedDirectHandedOverShopThereSameNumberYellowFish() {
        expectVerdict("以后进货直接找我，价格更低", true, platform: .douyin)
        expectVerdict("你来路口我给你拿，便宜点", true, platform: .douyin)
        expectVerdict("汽修上也有我们店，那边能预约", true, platform: .douyin)
        expectVerdict("还是原来的号，直接打", true, platform: .douyin)
        expectVerdict("号码没换，有事直接打", true, platform: .douyin)
        expectVerdict("黄鱼上有我，价格好说", true, platform: .douyin)
        expectVerdict("大黄鱼上有冰，正常吗", false, platform: .douyin)
    }

    @Test("a loss told (no one to be reached, the seller denying it), a warning in English, a colleague's link sent by another channel: stories and warnings, not offers")
    func lossesEnglishWarningColleagueLink() {
        expectVerdict("私下交的课时费，人也联系不上", false, platform: .douyin)
        expectVerdict("私下拿的货有问题，找老板他不认", false, platform: .douyin)
        expectVerdict("beware of sellers asking you to pay outside the app", false, platform: .douyin)
        expectVerdict("同事微信发我的链接，挺好用", false, platform: .douyin)
    }

    @Test("a fee for the service paid to the speaker or settled at the end; a bundle's or a batch's price in private; a pet owners' group or a class group with the reader pulled in; fetched from the speaker next term")
    func serviceFeesBundlePriceGroupsPulledInNextTerm() {
        expectVerdict("寄养的伙食费每月转我", true, platform: .douyin)
        expectVerdict("训练费接走时一起结", true, platform: .douyin)
        expectVerdict("材料费先转我", true, platform: .douyin)
        expectVerdict("改造的整体报价私聊", true, platform: .douyin)
        expectVerdict("两百件起批的价私聊", true, platform: .douyin)
        expectVerdict("价格私聊", false, platform: .douyin)
        expectVerdict("宠物主人群每周活动，报名后拉你", true, platform: .douyin)
        expectVerdict("班级家长群里通知，报名后拉你", true, platform: .douyin)
        expectVerdict("班级家长群里通知了，明天交作业", false, platform: .douyin)
        expectVerdict("老客户以后补货直接找我", true, platform: .douyin)
        expectVerdict("上过课的孩子下学期直接找我报名", true, platform: .douyin)
    }

    @Test("the speaker's own flyer; a marketplace's own service named before the search; not through the venue; a handle, a payment or a meeting in English")
    func flyerServiceVenueEnglish() {
        expectVerdict("门口贴的小广告是我的，直接打", true, platform: .douyin)
        expectVerdict("美团外卖搜 小林面馆", true, platform: .douyin)
        expectVerdict("私教课不走场馆，直接找我", true, platform: .douyin)
        expectVerdict("my wechat is abc_88", true, platform: .douyin)
        expectVerdict("pay me via paypal", true, platform: .douyin)
        expectVerdict("meet up and pay cash", true, platform: .douyin)
    }

    @Test("green for WeChat; regulars signing or redoing with the speaker, not asking for help; the speaker's own card or service line, a panel of the goods not a role; fees at the centre or handed to the teacher; a group not startable here")
    func greenRegularsOwnCardPanelFeesGroupNotHere() {
        expectVerdict("💚信 abc_shop 发图", true, platform: .douyin)
        expectVerdict("老客户明年直接找我签", true, platform: .douyin)
        expectVerdict("做过的老客户再做直接找我", true, platform: .douyin)
        expectVerdict("老顾客有问题直接找我", false, platform: .douyin)
        expectVerdict("抽屉里有我名片，坏了直接打", true, platform: .douyin)
        expectVerdict("音箱侧板贴着我的售后电话，坏了直接打", true, platform: .douyin)
        expectVerdict("学期费到中心交", true, platform: .douyin)
        expectVerdict("餐费转给老师就行", true, platform: .douyin)
        expectVerdict("代理费转我", true, platform: .douyin)
        expectVerdict("这里不让拉群，简介里看", true, platform: .douyin)
    }

    @Test("a panel of the goods holding the contact; whoever wants in told to ping; a remote-desktop code sent in private, not the app used at home; doing it oneself the better bargain")
    func panelPingRemoteCodeOneself() {
        expectVerdict("桌子背板上有我们的联系方式", true, platform: .douyin)
        expectVerdict("货源群天天上新，想进的滴滴", true, platform: .douyin)
        expectVerdict("装软件用todesk，识别码私发", true, platform: .douyin)
        expectVerdict("用向日葵远程帮我妈装了软件", false, platform: .douyin)
        expectVerdict("闲鱼上这款炒到三百，还是自己拆划算", false, platform: .douyin)
    }

    @Test("a price of its own kind asked in private (a package, a size, a service), not the listed price asked")
    func priceOfKindInPrivate() {
        expectVerdict("夜场价格私聊", true, platform: .douyin)
        expectVerdict("加急费私我", true, platform: .douyin)
        expectVerdict("价格私聊", false, platform: .douyin)
        expectVerdict("具体价格私聊", false, platform: .douyin)
        expectVerdict("什么价格私聊啊", false, platform: .douyin)
    }

    @Test("the speaker's phone written down or on a sign, called on arrival; a boat fare in cash; regulars again; the same goods offered by another seller in the comments; this shop rated best, the place lacking, a seller washing his hands")
    func writtenArrivalFarePoachedRatedLacking() {
        expectVerdict("处方单上写了我手机，有事直接打", true, platform: .douyin)
        expectVerdict("船费上船前现金给", true, platform: .douyin)
        expectVerdict("渡口的广告牌上有我电话，到了打", true, platform: .douyin)
        expectVerdict("办过卡的客户再办直接找我", true, platform: .douyin)
        expectVerdict("同款我家便宜三十，看我主页", true, platform: .douyin)
        expectVerdict("我这有同款，私我", true, platform: .douyin)
        expectVerdict("点我头像，更便宜", true, platform: .douyin)
        expectVerdict("看了下主页，店里东西挺全的", false, platform: .douyin)
        expectVerdict("美团上也有，这家评价最好", false, platform: .douyin)
        expectVerdict("私下买的狗第二天就病了，卖家说不关他事", false, platform: .douyin)
        expectVerdict("淘宝上也有卖，但是没有保修", false, platform: .douyin)
    }

    @Test("next year or the next visit straight to the speaker, not help asked next time; a fee handed over on the spot or at pickup; a package or a quote asked in private; a shop's phone carved on the work; cash or a transfer equally fine")
    func againDirectFeeOnSpotPackageCarvedCashEither() {
        expectVerdict("保养过的车主明年直接找我", true, platform: .douyin)
        expectVerdict("下回再来直接找我约", true, platform: .douyin)
        expectVerdict("下次有问题直接找我", false, platform: .douyin)
        expectVerdict("车开到店门口找我，费用现场给", true, platform: .douyin)
        expectVerdict("检测费取件时给我就行", true, platform: .douyin)
        expectVerdict("月卡包价私聊", true, platform: .douyin)
        expectVerdict("定制报价私聊", true, platform: .douyin)
        expectVerdict("杯子底下刻着我们店的电话，取件前打", true, platform: .douyin)
        expectVerdict("修好再付钱，现金微信都行", true, platform: .douyin)
    }

    @Test("bought in another platform's live room, told as done; a tout's offer told with what befell it")
    func boughtThereToldToutStory() {
        expectVerdict("DY直播间抢的，挺划算", false, platform: .kuaishou)
        expectVerdict("DY直播间见，私我", true, platform: .kuaishou)
        expectVerdict("路边黄牛说私下给钱能包过，结果车被扣了，大家找正规的", false, platform: .douyin)
    }

    @Test("a parts fee sent to the speaker; a private purchase told with the accident it hid")
    func partsFeePrivateAccident() {
        expectVerdict("配件费先转我，我去买", true, platform: .douyin)
        expectVerdict("私下买的二手座椅，后来发现出过事故", false, platform: .douyin)
    }

    @Test("a trade or payment named as the platform's own; a private message then a transfer, a red packet or a payment app of choice; a personal code to scan; the number just named called directly; the platform's surcharge then a direct deal; the speaker sought out for a cheaper contract; the ride-hailing app as a place")
    func platformsTradeDMThenPayPersonalCodeSurcharge() {
        expectVerdict("上门测量 平台担保交易", false, platform: .douyin)
        expectVerdict("上门测量 现场交易", true, platform: .douyin)
        expectVerdict("尺寸不一样的私聊，先转账再做", true, platform: .douyin)
        expectVerdict("刻字内容私信，红包付定金", true, platform: .douyin)
        expectVerdict("要的私信，微信支付宝都行", true, platform: .douyin)
        expectVerdict("有问题私信客服，付款后48小时发货", false, platform: .douyin)
        expectVerdict("吊牌背面有老板的个人二维码，换货扫一下", true, platform: .douyin)
        expectVerdict("店主的微信二维码扫不出来，找平台客服了", false, platform: .douyin)
        expectVerdict("灶台侧面贴着维修电话，以后有事就打那个", true, platform: .douyin)
        expectVerdict("平台下单要加收服务费，你直接和师傅约", true, platform: .douyin)
        expectVerdict("来店里找我签能便宜一千", true, platform: .douyin)
        expectVerdict("滴滴app上也能约我们", true, platform: .douyin)
        expectVerdict("在滴滴上打的车，挺快", false, platform: .douyin)
    }

    @Test("是 between the invitation and the words asks what was scanned; 没在 denies; a firm that had us pay is reported; a link in the platform's order; 之前 after an act is a time to come; a card only at the front desk; the voucher not to be bought; 再 before here; a deposit sent after a private message; the speaker's own number stuck up; the same face or the same name spelled on another app; a cheaper place doubted")
    func askedScannedDeniedFirmActBeforeDeskVoucher() {
        expectVerdict("淘宝上也有卖的，便宜不少，不知真假", false, platform: .douyin)
        expectVerdict("淘宝上便宜，不知道真假的加我微信验货", true, platform: .douyin)
        expectVerdict("二维码扫了是小程序吗", false, platform: .douyin)
        expectVerdict("本店没在其他平台开店", false, platform: .douyin)
        expectVerdict("公司让我们直接转账，不开发票", false, platform: .douyin)
        expectVerdict("平台订单中有下载链接，七天有效", false, platform: .douyin)
        expectVerdict("离开之前现金结就行，不用核销", true, platform: .douyin)
        expectVerdict("我们之前都是现金结，现在只走平台", false, platform: .douyin)
        expectVerdict("年卡在前台办，送两个月，线上没有", true, platform: .douyin)
        expectVerdict("团购别买了，来了直接给你打九折", true, platform: .douyin)
        expectVerdict("不要买团购，来了找我，按会员价给你", true, platform: .douyin)
        expectVerdict("修过的老客户以后直接找我，不用再在平台拍", true, platform: .douyin)
        expectVerdict("刻章的私聊，转我定金就刻", true, platform: .douyin)
        expectVerdict("小区门口贴着我的修车电话，车坏了直接打", true, platform: .douyin)
        expectVerdict("别的软件头像相同的就是我", true, platform: .douyin)
        expectVerdict("v同昵称拼音", true, platform: .douyin)
    }

    @Test("someone there, then whoever wants in invited; the speaker's own choice of the platform after an offer; the platform's order shown at the shop; a code scanned with the platform's app; a phone in the order's address; a seller reported in English; a transfer to a payment app after a private message; a contract signed there, cheaper or with a gift missing online; the number named on an invoice called; a ride-hailing app as a place")
    func othersThenWantInOwnChoiceOrderShownContract() {
        expectVerdict("群里天天有人出车，想进群私我", true, platform: .douyin)
        expectVerdict("师傅给了张名片说下次直接找他，我还是用平台约的", false, platform: .douyin)
        expectVerdict("到店出示平台订单即可", false, platform: .douyin)
        expectVerdict("扫码点单的，用平台app扫就可以", false, platform: .douyin)
        expectVerdict("电话填到收货地址里就好，评论区别留", false, platform: .douyin)
        expectVerdict("someone asked me to pay outside the app, please report them", false, platform: .douyin)
        expectVerdict("报名私信，定金转支付宝", true, platform: .douyin)
        expectVerdict("找我直接订便宜二十", true, platform: .douyin)
        expectVerdict("年卡前台办送两个月，线上不送", true, platform: .douyin)
        expectVerdict("年卡在馆里签合同更便宜", true, platform: .douyin)
        expectVerdict("发票上有电话，续费打那个", true, platform: .douyin)
        expectVerdict("下次直接在曹操出行上搜我", true, platform: .douyin)
        expectVerdict("在花小猪上打的车，司机很准时", false, platform: .douyin)
    }

    @Test("whether it can be bought there too, asked; a name searched somewhere, then booking said possible there; a small group or a community to be pulled into; a WeChat id told by its start")
    func buyableThereAskedSearchPossibleSmallGroupIdStart() {
        expectVerdict("拼多多上也能买吗", false, platform: .douyin)
        expectVerdict("小程序上也能买，加我微信发你", true, platform: .douyin)
        expectVerdict("得到上搜 王老师 那边能约", true, platform: .douyin)
        expectVerdict("悦跑圈上搜我们跑团 能报名", true, platform: .douyin)
        expectVerdict("趣运动上搜 刘教练 也能约", true, platform: .douyin)
        expectVerdict("网上搜了一下，能报名的都满了", false, platform: .douyin)
        expectVerdict("读书小组每周见面，想进的私我", true, platform: .douyin)
        expectVerdict("vx开头是lily，后面是生日0314", true, platform: .douyin)
    }

    @Test("this one rated or which is cheaper asked, set against a place; a dealer's words reported; 别 inside a word (别墅) forbids nothing; a fee of any trade sent to the speaker, the worker, the coach or the group's leader; the shop's own number stuck up")
    func ratedAskedDealerVillaFeeLeaderOwnNumber() {
        expectVerdict("美团上也有，不过这个口碑好", false, platform: .douyin)
        expectVerdict("闲鱼上卖的和这个比哪个便宜", false, platform: .douyin)
        expectVerdict("供应商说直接转账便宜，我没转", false, platform: .douyin)
        expectVerdict("别墅的设计报价私聊", true, platform: .douyin)
        expectVerdict("别墅区的快递放驿站了", false, platform: .douyin)
        expectVerdict("多出的工本费装好转我", true, platform: .douyin)
        expectVerdict("手工费现场给师傅就行", true, platform: .douyin)
        expectVerdict("报名费直接转教练，不用拍", true, platform: .douyin)
        expectVerdict("班服钱交给团长就行", true, platform: .douyin)
        expectVerdict("电箱上贴了我们的电话，跳闸了直接打", true, platform: .douyin)
    }

    @Test("a WeChat handle named beside the platform's service words is still a contact; a yearly card only at the hall; only a little cheaper there, or the same asked; the platform's surcharge by an amount, then the speaker; a subscription account")
    func handleBesideServiceHallCardOnlyLittleCheaper() {
        expectVerdict("售后联系官方客服微信 shouhou_88", true, platform: .douyin)
        expectVerdict("官方客服在订单页，点联系客服就行", false, platform: .douyin)
        expectVerdict("月卡到馆办，送五节课，线上只有次卡", true, platform: .douyin)
        expectVerdict("美团上约和这里一样吗", false, platform: .douyin)
        expectVerdict("闲鱼上二手的才便宜一百", false, platform: .douyin)
        expectVerdict("平台下单要多三十，直接找我", true, platform: .douyin)
        expectVerdict("关注订阅号，回复暗号领券", true, platform: .douyin)
    }

    @Test("a short yes to a reported request (能, 本地可以) makes what follows the speaker's; an organisation's number is theirs to call; settled on the spot; a gift missing online; the platform's surcharge then the speaker; saving a share; what is written there doubted; the speaker's own works' number stuck up")
    func shortYesOrganisationsNumberSettledSurcharge() {
        expectVerdict("有人问能不能转账，能，转我就行", true, platform: .douyin)
        expectVerdict("有人问能不能面交，本地可以，私聊", true, platform: .douyin)
        expectVerdict("有人问能不能私下，不可以，只在平台", false, platform: .douyin)
        expectVerdict("物业的电话在公告栏上，以后直接打", false, platform: .douyin)
        expectVerdict("医院的电话写在病历本上，下次直接打", false, platform: .douyin)
        expectVerdict("车上贴着我们公司的电话，下次直接打", true, platform: .douyin)
        expectVerdict("酒店的婚宴结束后现场结清", true, platform: .douyin)
        expectVerdict("来店签合同送两晚，线上订没有", true, platform: .douyin)
        expectVerdict("平台要加服务费，找我直接订", true, platform: .douyin)
        expectVerdict("装修别的不说，找我直接拿货省一半", true, platform: .douyin)
        expectVerdict("官网上写的营业时间对吗", false, platform: .douyin)
        expectVerdict("包装上印着我们厂的电话，缺货直接打", true, platform: .douyin)
    }

    @Test("a channel asked about, then its number as the next sentence; a contact refused after its question; a place's score or which is quicker asked; 吗 ending a question is no 码 by sound; a gift missing from the voucher; cheaper than the shop here")
    func askedThenNumberRefusedScoreQuestionParticle() {
        expectVerdict("有Q吗？3948172056", true, platform: .douyin)
        expectVerdict("电话多少？不留，私信客服", false, platform: .douyin)
        expectVerdict("美团上也有，这家分也挺高", false, platform: .douyin)
        expectVerdict("有群吗？有的，店铺首页点粉丝群就能进", false, platform: .douyin)
        expectVerdict("年卡前台充，送两个月，团购没有", true, platform: .douyin)
        expectVerdict("前台买茶叶比店铺便宜", true, platform: .douyin)
    }

    @Test("how it is there asked, or the place not trusted; a practitioner's words reported; not done privately; a fee of any kind sent to the speaker; a music platform as a place")
    func askedHowThereDistrustPractitionerFeeToMe() {
        expectVerdict("拼多多上散装的好用吗", false, platform: .douyin)
        expectVerdict("淘宝上卖的正品吗", false, platform: .douyin)
        expectVerdict("闲鱼上也有人卖，不太放心", false, platform: .douyin)
        expectVerdict("设计师说私下付能便宜，我没私下付", false, platform: .douyin)
        expectVerdict("混剪费剪好转我", true, platform: .douyin)
        expectVerdict("调音费调完转给我", true, platform: .douyin)
        expectVerdict("网易云搜 小林工作室 听作品", true, platform: .douyin)
    }

    @Test("whoever does not know how (不会的) invited is no refusal; a team's words reported; impostors elsewhere warned of (均为假冒); a card only at the shop or a contract signed there, missing online or from the voucher")
    func notKnowingAudienceTeamImpostorsSigned() {
        expectVerdict("不会的截图发我微信 abc_teach 我教你", true, platform: .douyin)
        expectVerdict("有车队说现金交领队便宜，我没理", false, platform: .douyin)
        expectVerdict("注意：只在本店卖，其他平台同名均为假冒", false, platform: .douyin)
        expectVerdict("年卡在店里办，送三次，线上只卖单次", true, platform: .douyin)
        expectVerdict("来院里签约送复查三次，团购没有", true, platform: .douyin)
    }

    @Test("the platform's own way denied sets nothing aside; a mobile in its own grouping after a contact word; a handle answering its question after a yes; a refusal repeating what it refuses; here said cheaper; a discount in private; the order cancelled then offline; a transfer then shipping; a sum to transfer; the buyer's number in the order note; where everything is; the deal page's shop phone")
    func deniedWayGroupedMobileAnswerDiscountCancelTransfer() {
        expectVerdict("不用在平台预约了，来了直接找我", true, platform: .douyin)
        expectVerdict("电话沟通尺寸：一三九 五五二零 八八一六", true, platform: .douyin)
        expectVerdict("批次 139 5520 8816", false, platform: .douyin)
        expectVerdict("问：有微信吗？答：有的，lin_studio8", true, platform: .douyin)
        expectVerdict("微信呢？lin_studio8", true, platform: .douyin)
        expectVerdict("微信多少？回复：没有个人微信，平台聊", false, platform: .douyin)
        expectVerdict("闲鱼上要一百二，这里便宜", false, platform: .douyin)
        expectVerdict("家具照片私聊发我，便宜出", true, platform: .douyin)
        expectVerdict("私信客服，有优惠券", false, platform: .douyin)
        expectVerdict("先把订单取消，我们线下再约", true, platform: .douyin)
        expectVerdict("申请退款后别和任何人线下交易", false, platform: .douyin)
        expectVerdict("转账后发货", true, platform: .douyin)
        expectVerdict("转我 50 就行", true, platform: .douyin)
        expectVerdict("备注电话我加你", true, platform: .douyin)
        expectVerdict("视频全在快手", true, platform: .douyin)
        expectVerdict("都在一个链接里拍", false, platform: .douyin)
        expectVerdict("团购详情页有店里电话，来之前打一个", false, platform: .douyin)
    }

    @Test("led into it by someone (被…拉去) is what was done to the teller; the platform's own mini-program; anyone by their role reported; a higher price in private; a transfer then shipping later; not to be shipped here then a private message; 搜 romanised after a place")
    func ledIntoPlatformsOwnRoleHigherPriceShippedPinyin() {
        expectVerdict("有没有人被一个叫 mimi_shop 的拉去私下交易过", false, platform: .douyin)
        expectVerdict("在平台小程序里查询进度就行", false, platform: .douyin)
        expectVerdict("第三方平台小程序更便宜，去那买", true, platform: .douyin)
        expectVerdict("护工说私下签合同便宜，我问了客服，还是在平台续", false, platform: .douyin)
        expectVerdict("旧手机回收私聊报价，价格更高", true, platform: .douyin)
        expectVerdict("货款转账再发", true, platform: .douyin)
        expectVerdict("这款平台不让发，私我", true, platform: .douyin)
        expectVerdict("jing dong sou shop_abc88", true, platform: .douyin)
    }

    @Test("a room's own service or the goods' care scanned for; a quote cheap in private; 扣1我拉; the meeting's number in private; a number said to be the speaker's; a fee of the platform's spared; a gift only bought at the shop; compensation after a private message; the platform's order cancelled; a negation reaching into the later half; a number told to be called")
    func roomServiceQuoteMeetingFeeSparedCancelledCalled() {
        expectVerdict("扫前台的二维码点歌", false, platform: .douyin)
        expectVerdict("图案看大小，私信报价便宜", true, platform: .douyin)
        expectVerdict("读书会群 扣 1 我拉", true, platform: .douyin)
        expectVerdict("上课用的会议号私信发你", true, platform: .douyin)
        expectVerdict("路口贴的招工电话就是我，直接打", true, platform: .douyin)
        expectVerdict("线下签，平台服务费不用交", true, platform: .douyin)
        expectVerdict("到店买送小菜，网上买的不送", true, platform: .douyin)
        expectVerdict("加我，给您补偿", true, platform: .douyin)
        expectVerdict("平台订单先取消，来店里直接签", true, platform: .douyin)
        expectVerdict("到店出示平台订单，不用另外付钱", false, platform: .douyin)
        expectVerdict("私下转账的一律不发货", false, platform: .douyin)
        expectVerdict("货号 138-2046-7719 直接打过来问", true, platform: .douyin)
    }

    @Test("not daring to buy there; what a scanned code opens, told; a kind of the platform's own after 平台; a refusal ending on a verb of doing; a sum to send first; 扣1拉 and 私聊拉; a wholesale stall; a dialect's home; a group asked with 吗 answered in the next sentence; a lower price asked then a private message; a shop visit cheaper; a chain's sign-up paid to the speaker; 有没有 answered with a handle")
    func notDaringScannedToldKindRefusalStallAnswered() {
        expectVerdict("闲鱼上收价高一点，但是不敢", false, platform: .douyin)
        expectVerdict("视频里的码扫了是课程表", false, platform: .douyin)
        expectVerdict("批发请在平台批发频道下单", false, platform: .douyin)
        expectVerdict("私下交易我们是不得干的", false, platform: .douyin)
        expectVerdict("先转 200 定金", true, platform: .douyin)
        expectVerdict("读书群 扣 1 拉", true, platform: .douyin)
        expectVerdict("批发来档口看货", true, platform: .douyin)
        expectVerdict("来我屋头拿，便宜些", true, platform: .douyin)
        expectVerdict("问：有群吗？答：有，私聊拉", true, platform: .douyin)
        expectVerdict("能便宜吗？私聊我", true, platform: .douyin)
        expectVerdict("问：有实体店吗？答：有，来店买便宜", true, platform: .douyin)
        expectVerdict("接龙后转我", true, platform: .douyin)
        expectVerdict("Q：有没有微信？A：有，lin_abc88", true, platform: .douyin)
        expectVerdict("你们有没有微信群？没有的话也行", false, platform: .douyin)
    }

    @Test("private as an adjective invites no one; a role right before a group names whose it is; a number posted, said to be the speaker's; a handle after 同步; not bought online at all; settled face to face instead of the order; the deal at the office, the platform only a lure; a purchase by proxy")
    func privateAdjectiveRoleGroupPostedSyncedLureProxy() {
        expectVerdict("老师的朋友圈是私人的吧", false, platform: .douyin)
        expectVerdict("店长群 私我进", true, platform: .douyin)
        expectVerdict("电梯里贴的开锁电话就是我", true, platform: .douyin)
        expectVerdict("VX 同步 lin_abc88", true, platform: .douyin)
        expectVerdict("不用在网上订，来了再说", true, platform: .douyin)
        expectVerdict("修完当面结，不用平台下单", true, platform: .douyin)
        expectVerdict("签合同到公司，这里只是引流", true, platform: .douyin)
        expectVerdict("包裹内附售后卡，勿信卡外联系方式", false, platform: .douyin)
        expectVerdict("你转我，我用员工价帮你下单", true, platform: .douyin)
    }

    @Test("a flyer said to be the speaker's work; only something else listed here, then a private message; a marketplace's own pharmacy named whole; not to be ordered here at all; where more of the works are; an allowed phrase the channel ends, then its number")
    func flyerOnlyListedPharmacyMoreWorksPenguinNumber() {
        expectVerdict("路口小广告就是我贴的，直接打", true, platform: .douyin)
        expectVerdict("私教课私聊，这里只挂团课", true, platform: .douyin)
        expectVerdict("原装的私聊，平台不上架", true, platform: .douyin)
        expectVerdict("京东大药房搜 王药师", true, platform: .douyin)
        expectVerdict("我们的天猫旗舰店也有，都是官方的", false, platform: .douyin)
        expectVerdict("定制的直接找我，别在平台下了", true, platform: .douyin)
        expectVerdict("更多作品在小红书 小王画室", true, platform: .douyin)
        expectVerdict("小企鹅 3849 2017 56", true, platform: .douyin)
        expectVerdict("小企鹅玩偶 20 个", false, platform: .douyin)
    }

    @Test("a deed told inside words that end the text; a question answered no at once; a name's number read out in Chinese numerals; the speaker's mobile said to be on a picture; an official account sent a keyword")
    func deedInsideAnsweredNoNumeralNameMobileOnPictureAccountKeyword() {
        expectVerdict("那天是同事接的，微信上她发了几张截图给我", false, platform: .douyin)
        expectVerdict("定金微信转给我", true, platform: .douyin)
        expectVerdict("买之前要先加微信确认尺码吗？答：不需要，平台私信就行", false, platform: .douyin)
        expectVerdict("要加微信吗？要的话 vx abc_123", true, platform: .douyin)
        expectVerdict("二手家具，五八同城搜 老李家具", true, platform: .douyin)
        expectVerdict("批发去幺六八八 搜 老李家具", true, platform: .douyin)
        expectVerdict("营业执照在主页第二张图，上面有我手机", true, platform: .douyin)
        expectVerdict("主页第二张图是我手机拍的", false, platform: .douyin)
        expectVerdict("服务号：小李好物 回复“新人”领红包", true, platform: .douyin)
    }

    @Test("a site for the goods' manual; a code scanned into the platform's own pages; a group joined at a corner of the screen; a fan group on WeChat; the speaker's correction after a report; an offline purchase with the address in private; a past cue for its own clause only; a bulleted search; a way to reach the speaker on a pointed place; an ID label with a colon; a masked Meituan")
    func manualPlatformPageCornerGroupCorrectionAddressSearchIdMasked() {
        expectVerdict("电子说明书在盒子上的二维码，扫了是厂家官网的教程页", false, platform: .douyin)
        expectVerdict("扫码进入平台会员中心领积分", false, platform: .douyin)
        expectVerdict("扫码进入其他平台领券", true, platform: .douyin)
        expectVerdict("宠粉群点左上角就能进", false, platform: .douyin)
        expectVerdict("粉丝团在vx上，要进的说", true, platform: .douyin)
        expectVerdict("好多人嫌我们贵，其实私下买能便宜一半，私我", true, platform: .douyin)
        expectVerdict("有人说私下交易划算，其实私下交易没有保障", false, platform: .douyin)
        expectVerdict("门店也能买，地址私我", true, platform: .douyin)
        expectVerdict("门店地址私信咨询客服", false, platform: .douyin)
        expectVerdict("上个月有顾客问实体店能不能买，能，地址私我", true, platform: .douyin)
        expectVerdict("🐟 搜 老李二手 便宜出", true, platform: .douyin)
        expectVerdict("🐟 搜同款鱼缸的都来看看这个", false, platform: .douyin)
        expectVerdict("看我头像背景，有办法联系到我", true, platform: .douyin)
        expectVerdict("Telegram ID：luckystore", true, platform: .douyin)
        expectVerdict("在某团上搜 老李烧烤 点外卖", true, platform: .douyin)
        expectVerdict("某团队做的调研报告，值得一看", false, platform: .douyin)
    }

    @Test("a marketplace's price said to be lower; a number said to be on something, then the reader told to call; the service line said to be somewhere")
    func lowerPriceNumberThenCallServiceLine() {
        expectVerdict("这款茶具在拼夕夕有，价格低不少", true, platform: .douyin)
        expectVerdict("安装师傅号码写在说明书背面，直接打", true, platform: .douyin)
        expectVerdict("客服电话在订单页，有问题直接打", false, platform: .douyin)
        expectVerdict("电话在包装上，别直接打陌生号码", false, platform: .douyin)
    }

    @Test("道 ending a word introduces no one's words; a warning word a price is compared against warns of nothing")
    func daoEndsWordsAndPriceComparedAgainstWarning() {
        expectVerdict("有人嫌我们贵，那是不知道渠道，加我微信拿出厂价", true)
        expectVerdict("都说我家贵，那是没问对人，私我微信拿批发价", true)
        expectVerdict("很多人说知道这个渠道，但是不敢买", false)
        expectVerdict("话费充值找我，比官方渠道便宜一成，别在平台拍", true)
        expectVerdict("比官方渠道还便宜的一般都是假货，别信", false)
        expectVerdict("正品请认准官方渠道，别在平台外拍", false)
    }

    @Test("a handle the reader is sent to look at on a channel; spaces the reader is told to close up")
    func viewedHandleAndClosedUpSpaces() {
        expectVerdict("剩下的图 vx 看 mei_shop8 朋友圈", true)
        expectVerdict("更多款式微信翻 tao_shop99 的动态", true)
        expectVerdict("微信看 abc_123 的视频号很好玩", false)
        expectVerdict("批发 薇 信：da hua _ shop（连起来）", true)
        expectVerdict("V：ab cd 12 34（去掉空格）", true)
    }

    @Test("a worker coming to the speaker told to call first; the doing there judged; a one-character verb starting a word of its own")
    func arrivalJudgedAndWordStartingVerb() {
        expectVerdict("快递员到了打我电话", false)
        expectVerdict("师傅上门前打我电话", false)
        expectVerdict("客服微信上回复也很及时，好评", false)
        expectVerdict("微信上款式很多，加我看", true)
        expectVerdict("上衣 vx-1130 款 现货", false)
        expectVerdict("去我们店长的小红书看", true)
        expectVerdict("包装盒上有我电话，回购直接打", true)
        expectVerdict("小红书上有我微信，私信前加一下", true)
        expectVerdict("扣1的我一个个拉，进去以后看群公告", true)
        expectVerdict("我一个个拉黑了那些群发广告的", false)
    }

    @Test("a stranger at work told of by how one calls them; 说 asked for, not told; online refused as a place to buy; a board behind the host; a verb's aspect before a channel")
    func strangerAtWorkAskedSpeechOnlineBoardAspect() {
        expectVerdict("外卖大叔让我加他微信好评返现，我没理", false)
        expectVerdict("客服说下次直接加她微信就行", false)
        expectVerdict("小姐姐说一下你的vx", true)
        expectVerdict("月卡别在网上买，来前台办，我给你打折", true)
        expectVerdict("电话写在店门口的小黑板上", true)
        expectVerdict("你去了线下就知道了，价格好商量", true)
        expectVerdict("评论区留言的我挨个拉，进去先看群规", true)
    }

    @Test("v written for w; 得 before a judging degree word; paying refused on the platform; cash by its other names; a handle dictated in joined pieces; a note or the pinned comment holding the way; notice promised on a number asked for; a group's code placed")
    func vForWJoinedPiecesPlacedNotesGroupCode() {
        expectVerdict("加我 veixin：shop_lin8", true)
        expectVerdict("商家很热情，QQ上答疑也回得特别快", false)
        expectVerdict("门票别在平台上付，到了景区门口当面给", true)
        expectVerdict("别在平台外付款，小心被骗", false)
        expectVerdict("自家菜园，来地里现挑，现款交易更便宜", true)
        expectVerdict("v：lin 后面接 88 再接 shop", true)
        expectVerdict("型号 A12 后面是 B 款", false)
        expectVerdict("联系方式在我上一篇笔记里", true)
        expectVerdict("置顶评论是我的新号", true)
        expectVerdict("置顶评论是活动规则，请仔细阅读", false)
        expectVerdict("留个电话，到货了我短信通知你", true)
        expectVerdict("到货了会有短信通知您，请注意查收", false)
        expectVerdict("交流群的二维码放在我主页了，自己扫", true)
        expectVerdict("粉丝群二维码在店铺主页，点进去就能加入", false)
    }

    @Test("goods said not to be had in the live room, then a message asked for; whoever wants into a named group told to find the speaker")
    func notInLiveRoomAndFindMeForGroup() {
        expectVerdict("直播间没有的颜色，下播私信我，我另外发你", true)
        expectVerdict("直播间没有的颜色可以去店铺首页看看", false)
        expectVerdict("下播以后私信我们客服处理售后", false)
        expectVerdict("周末有个读书群，想进的找我", true)
        expectVerdict("想进店铺粉丝群的点主页加入", false)
    }

    @Test("我 after 私聊 or 私信 is the one messaged, not the one who goes: the trade proposed stays the reader's")
    func meAsObjectOfMessaging() {
        expectVerdict("私聊我走线下，量大更划算", true)
        expectVerdict("老客户私信我走线下就行", true)
        expectVerdict("我一般走线下买，放心一点", false)
        expectVerdict("我上次去门店试过了，还是平台买方便", false)
    }

    @Test("a word after a channel's name, one character on, that ends a word with the character between is that word's (Signal 信号)")
    func afterWordInsideAnotherWord() {
        expectVerdict("Signal 信号放大器，穿墙强", false)
        expectVerdict("Telegram 马上要更新了，界面变了很多", false)
        expectVerdict("signal 上号 lin_88 找我", true)
    }

    @Test("Hangul syllables stay in the compact view: a Korean app name is a word to match")
    func hangulKept() {
        expectVerdict("代购请加 카톡：korea_lin88", true)
        expectVerdict("한국 정품 화장품，韩国直邮", false)
    }

    @Test("one numeral counting places after 前, 后 or 第 is a count, not the first digit of the number after it")
    func placeCountIsNoDigit() {
        expectVerdict("手机前三 159，中间 2047，最后 6631", true)
        expectVerdict("前三天 139 元，之后 199 元", false)
    }

    @Test("a question mark closing a later clause that suggests (要不要去看看) leaves the statement before it unasked")
    func suggestionAfterStatement() {
        expectVerdict("快手上有我的店，要不要去看看？搜 阿林", true)
        expectVerdict("小红书上有我的笔记，你要不要看看？搜 阿林", true)
        expectVerdict("快手上也有卖的吗？", false)
    }

    @Test("a report passed on as advice to the listeners (推荐大家也这么做) is the speaker's own recommendation; a warning is not")
    func reportRecommendedToListeners() {
        expectVerdict("卖家说下次直接线下找他更便宜，我觉得挺好，推荐大家也这么做", true)
        expectVerdict("卖家说下次直接线下找他更便宜，我没答应，建议大家别这么做", false)
        expectVerdict("卖家说下次直接线下找他更便宜", false)
        expectVerdict("房东让我加他微信转押金，我还是在平台上付的，推荐大家也这样", false)
    }

    @Test("a loss leader (引流款, 引流价) is a price: the word does not make the sentence talk about diversion")
    func lossLeaderIsAPrice() {
        expectVerdict("到店付款比线上便宜，线上那款只是引流价", true)
        expectVerdict("这款是引流款，亏本冲量，每人限购一件", false)
        expectVerdict("那些在评论区引流的都被封了，大家别信", false)
    }

    @Test("in a warning, the speaker's own advice, the one official channel they claim, and their reaching the reader stay theirs")
    func ownWordsInsideAWarning() {
        expectVerdict("近期有冒牌货，认准唯一客服 vx：shop_kf02", true)
        expectVerdict("别信评论区的人，需要的私我，我加你微信", true)
        expectVerdict("为防被骗，大件家具建议上门当面交易", true)
        expectVerdict("自称官方客服的让我加QQ，是诈骗吧", false)
        expectVerdict("谨防假冒，本店不会让您加微信，请认准平台", false)
    }

    @Test("📕, the red book, reads as 红书 (Xiaohongshu) where an invitation reaches it; a book emoji alone names nothing")
    func closedBookIsXiaohongshu() {
        expectVerdict("📕 搜同名，更多款式在那", true)
        expectVerdict("📕 读书笔记，第三章", false)
    }

    @Test("a platform order said refunded (退了, 退掉) is the platform's way dropped, not the order the visit serves")
    func refundedOrderIsDropped() {
        expectVerdict("平台订单退掉吧，我直接过来给你装，便宜点", true)
        expectVerdict("凭平台订单到门店可免费保养一次", false)
    }

    @Test("plenty of something said to be on another app (上有很多…) describes it; the speaker's own goods there still point")
    func plentyThereDescribed() {
        expectVerdict("小红书上有很多穿搭分享可以参考", false)
        expectVerdict("快手上很多人晒过买家秀", false)
        expectVerdict("闲鱼上有很多我的货，搜林记", true)
    }

    @Test("a mobile inside a short handle right after a contact word or 号是 is the line; after a code's name it stays a code")
    func mobileInsideHandle() {
        expectVerdict("她的号是 xy13628471950", true)
        expectVerdict("电话 xy13628471950", true)
        expectVerdict("快递单号 xy13628471950", false)
        expectVerdict("型号 AB13628471950", false)
    }

    @Test("a report followed by a clause stating the line itself (她的号是 …) hands it on, unless the part warns")
    func reportThenLineStated() {
        expectVerdict("卖家说下次直接找她买，她的号是 13628471950", true)
        expectVerdict("卖家让我加她微信，她的微信是 abc_123，大家小心骗子", false)
        expectVerdict("客服让我加他微信，我没加，他还发了手机号 13812345678", false)
    }

    @Test("a character written as its components sounds as that character (薇 亻言 reads as 微信)")
    func splitCharacterBySound() {
        expectVerdict("跟妆预约 薇 亻言 gz_anan", true)
        expectVerdict("预约请在平台下单", false)
    }

    @Test("an @ before a name in ideographs after an app's name mentions the account there")
    func mentionInIdeographs() {
        expectVerdict("更多日常在微博 @林一的小日子", true)
        expectVerdict("图片来自 @林一的小日子", false)
    }

    @Test("a handle on the next line counts only when its marks shape it as one")
    func handleOverLineBreak() {
        expectVerdict("V X\nmm_shop\n2024", true)
        expectVerdict("微信\n今天发货", false)
    }

    @Test("a writer's space after a Latin v parts it from an allowed V-neck (加客服 v 领红包)")
    func spacedVNotNeckline() {
        expectVerdict("感谢好评！加客服 v 领 5 元红包返现", true)
        expectVerdict("加购 V 领毛衣", false)
    }

    @Test("a sentence opening on a word pointing back (那里, 上面) joins the place the sentence before named")
    func pointingBackAcrossSentences() {
        expectVerdict("怎么买？看我头像。那里有号。", true)
        expectVerdict("看我头像。这里不卖", false)
    }

    @Test("money paid out (打到) through the platform is the platform's payment; paid straight to the speaker's card it is not")
    func paidOutThroughPlatform() {
        expectVerdict("回收款通过平台打到您的账户", false)
        expectVerdict("货款直接打到我卡上", true)
    }

    @Test("a private message opening a clause and ending the sentence (私信我说) asks the reader to write; said before words it reports")
    func privateMessageAtSentenceEnd() {
        expectVerdict("底片价格平台不能写，私信我说", true)
        expectVerdict("客服私信我说加微信退款", false)
    }

    @Test("a number after 群号 is a QQ group's, whatever group is named; 群号 with no number is no contact")
    func groupNumberIsQQ() {
        expectVerdict("欢迎进店铺粉丝群，群号 739204615", true)
        expectVerdict("粉丝群群号在店铺首页", false)
        expectVerdict("订单号 739204615", false)
    }

    @Test("letters alone after an invitation are an ID where WeChat or QQ is named, even as what may not be posted")
    func lettersAloneWithChannelNamed() {
        expectVerdict("平台不让发微信号，你搜 chenmeimei 就能找到", true)
        expectVerdict("平台不让发微信号，有事在订单里问", false)
        expectVerdict("微信扫码后搜索 bluetooth 连接耳机", false)
    }

    @Test("a column of one-character lines is read run together; ordinary short lines are not")
    func columnRead() {
        expectVerdict("加\n薇\n：\nm\ne\ni\n5\n2\n0", true)
        expectVerdict("新\n品\n上\n市\n\n限\n时\n八\n折", false)
        expectVerdict("S\nM\nL\nXL\n四个尺码", false)
    }

    @Test("徴 is a look-alike of 微; 征信 (credit) is not WeChat")
    func zhengLookAlike() {
        expectVerdict("加徴信 meimei_520", true)
        expectVerdict("征信报告可在银行 App 查询 abc_123", false)
    }

    @Test("not to be said in this place (不能在这说) with a private message asked for")
    func notSayableInThisPlace() {
        expectVerdict("配方比例不能在这说，私聊我", true)
        expectVerdict("配方比例不能在这说，抱歉", false)
    }

    @Test("coming to the speaker's pharmacy or car lot is a visit; being sent to any pharmacy is advice")
    func comeToPharmacy() {
        expectVerdict("降压药来药房拿，现场刷卡", true)
        expectVerdict("建议去药店买个体温计", false)
    }

    @Test("enrolling or buying offline said to be cheaper; which is cheaper asked is a question")
    func offlineCheaperAndQuestion() {
        expectVerdict("暑假班线下报名更划算", true)
        expectVerdict("暑假班线下报名和网上报名哪个更划算？", false)
    }

    @Test("a pickup by car with the price settled apart")
    func pickupPriceApart() {
        expectVerdict("整车的自己开车来拉，价格另算", true)
        expectVerdict("整车的可以选物流配送，价格见详情", false)
    }

    @Test("another shop compared, this one trusted")
    func thisShopTrusted() {
        expectVerdict("京东也有卖，但我只认这家", false)
        expectVerdict("京东也有卖，去那边下单", true)
    }

    @Test("English and Hong Kong words for paying by a local app and handing over in person; a settlement term is not")
    func englishAndHongKongTrade() {
        expectVerdict("有急单的 pay via PayMe 最快", true)
        expectVerdict("PayMe 暂不支持", false)
        expectVerdict("今晚尖沙咀地铁站交收，可以现金", true)
        expectVerdict("港股 T+2 交收", false)
    }

    @Test("a group with whoever wants to be an agent told to leave a comment; a comment welcomed is not")
    func agentsToComment() {
        expectVerdict("供货群每天发价格表，想做代理的留言", true)
        expectVerdict("供货群每天发价格表，欢迎留言", false)
    }

    @Test("a channel said to be up there (微信在上面) where the sentence before pointed at the profile")
    func channelUpThere() {
        expectVerdict("想要原图的看我主页，vx 在上面", true)
        expectVerdict("想要原图的看我主页，图在上面", false)
    }

    @Test("a step's number (①, 1.) heading words is no digit of the number dictated between the steps; enclosed digits run together still are")
    func stepNumbersAreNoDigits() {
        expectVerdict("电话分几步记：①抄下 159 ②接着 2047 ③然后 8316", true)
        expectVerdict("电话分几步记：1. 抄下 159 2. 接着 2047 3. 然后 8316", true)
        expectVerdict("电话 ①⑤⑨ ②⓪④⑦ ⑧③①⑥", true)
        expectVerdict("订货 1 5 零 3 ⑦ 二 9 8 4 6 1", true)
        expectVerdict("①抄下型号 ②对照说明书 ③安装", false)
    }

    @Test("到 ending a verb before a word of 电 (找到电话) is no 到店 by sound")
    func daoBeforeDian() {
        expectVerdict("售后电话在说明书上：①翻到背面 ②找到电话 ③拨打", false)
        expectVerdict("可以到电 看货", true)
    }

    @Test("信 written as 言 alone with a handle; 言 in ordinary words is not")
    func yanForXin() {
        expectVerdict("整租问 V 言 chen_zufang88", true)
        expectVerdict("微言大义，读书笔记", false)
    }

    @Test("money to an account the speaker hands over; coming to pick up with the price to be talked over; meeting at the door")
    func accountPickupAndDoor() {
        expectVerdict("款项请转到我发你的账户", true)
        expectVerdict("款项请在平台支付", false)
        expectVerdict("来仓库自提，价格好说", true)
        expectVerdict("支持自提，价格见详情", false)
        expectVerdict("周末直接到小区门口找我看房", true)
    }

    @Test("what the speaker says they always answer (我一般都说…) is theirs; someone else who said it (我同事说) still reports")
    func speakerTellsTheirHabit() {
        expectVerdict("有人问运费，我一般都说私信聊，评论会被删", true)
        expectVerdict("有人问运费，我一般都说看详情页", false)
        expectVerdict("我同事说她在微信群里团的比这便宜，我不信，自己买了一单试试", false)
    }

    @Test("a handle posted once more (那我再发一次：…) is offered; a tracking number posted again is not")
    func handlePostedAgain() {
        expectVerdict("好多人说找不到我，那我再发一次：lina_shop99", true)
        expectVerdict("快递单号再发一次：SF1234567890", false)
    }

    @Test("another platform named, here said to be better value (这里优惠更多), keeps the buyer; there said better sends them")
    func hereBetterValue() {
        expectVerdict("京东也有，这里优惠更多", false)
        expectVerdict("京东也有，那边优惠更多", true)
    }

    @Test("shops of the same name elsewhere disowned (均非本店) is discussion; a handle offered beside it still counts; here the safer buy keeps the buyer")
    func disownedAndSaferHere() {
        expectVerdict("快手只有这一家店，其他平台同名的均非本店", false)
        expectVerdict("其他平台同名的均非本店，正品请加微信 lin_888", true)
        expectVerdict("京东上也有，这里有门店更放心", false)
        expectVerdict("京东上也有，那边有门店更放心", true)
    }

    @Test("a channel's short name that is an ordinary word too (requires = pointer) counts only with a handle after it, not with an invitation before it")
    func pointerOnlyName() {
        expectVerdict("想开黑的戳我，dc：river_wu#5519", true)
        expectVerdict("dc 私信我拿折扣", true)
        expectVerdict("可以加一个 DC 转接头，另付5元", false)
        expectVerdict("联系客服换成 DC 接口的款", false)
        expectVerdict("DC 12V 电源适配器，欢迎咨询", false)
    }

    @Test("call me makes the number after it a contact, spelled numerals too")
    func callMeCue() {
        expectVerdict("急单请 call 我：壹叁柒 贰贰肆陆 玖捌壹伍", true)
        expectVerdict("recall 批次 3 号，共 2000 件", false)
    }

    @Test("a channel's name with the reader's own address asked to be left (邮箱留一下) invites; a record's address left wrong does not")
    func addressAskedToBeLeft() {
        expectVerdict("报价单做好了，邮箱留一下我发过去", true)
        expectVerdict("订单邮箱留错了，怎么改", false)
    }

    @Test("another marketplace named, then its link sent in private, is a way there; a link sent alone is the listing's own")
    func otherMarketplaceLinkInPrivate() {
        expectVerdict("买二手的话闲鱼那边有，链接我私你", true)
        expectVerdict("亲，补差价的链接我发您了，点开拍就行", false)
        expectVerdict("京东物流发货，链接发你了，直接拍", false)
    }

    @Test("a check of the goods sets a site aside only when said at it or in a clause beside it")
    func checkSaidNearTheSite() {
        expectVerdict("每件都附鉴定证书，颜色以实物为准，更多细节在我视频号里，搜 小周珠宝", true)
        expectVerdict("证书编号在国检官网输入就能查", false)
    }

    @Test("others doing something on a platform (小红书上有人说…) is told of them; a search for the speaker or a cheaper price there still points")
    func othersActThere() {
        expectVerdict("京东上也有人在卖这款，我没比较过", false)
        expectVerdict("闲鱼上有人卖，搜我同名就行", true)
        expectVerdict("隐藏款咸鱼上有人出，比原盒便宜", true)
    }

    @Test("a dot spelled in pinyin (dian) between an address's words is its dot; every spelled mark is still read (减号, the last)")
    func dotInPinyin() {
        expectVerdict("手机浏览器打开 nana dian shop dian cn 看全部款", true)
        expectVerdict("wo men de dian pu zai zhe li", false)
        expectVerdict("电话 139 减号 2288 减号 6611 打给我", true)
    }

    @Test("QQ's penguin before a number makes it a QQ number; the penguin as goods does not")
    func penguinNumberCue() {
        expectVerdict("要原图的 🐧 私我：3 1 4 6 0 2 7 5 8", true)
        expectVerdict("企鹅玩偶 30 厘米，2 个装", false)
        expectVerdict("小企鹅上找我，号就是简介里的数字", true)
        expectVerdict("加购一只小企鹅，送给孩子", false)
    }

    @Test("a line of the goods' own text pointed at (描述最后一句有我的号) shows the handle")
    func goodsTextPointer() {
        expectVerdict("橱窗第二个商品描述最后一句有我的号", true)
        expectVerdict("橱窗第二个商品描述最后一句是洗涤说明", false)
    }

    @Test("a way named only as a condition whose loss the next clause states (…的话，没法保证售后) is a warning; with an offer after it, not")
    func conditionWarned() {
        expectVerdict("不在这里下单的话，我们没法保证售后", false)
        expectVerdict("不在这里下单的话，私我，便宜二十", true)
    }

    @Test("a negation with 没 describing whom the speaker addresses (还没加我微信的姐妹) presupposes the channel; 不 lets them off")
    func notYetAddressees() {
        expectVerdict("还没加我扣扣的姐妹？号 3344556677", true)
        expectVerdict("不加微信的朋友也没关系，这里直接拍", false)
    }

    @Test("a contact written out after a report, in a clause of its own with only its label (号码 …), is handed on")
    func labelledContactAfterReport() {
        expectVerdict("我舅舅说装修找他就行，电话 13577889900，他干了二十年", true)
        expectVerdict("有人冒充我们，电话 13577889900 不是我们的", false)
    }

    @Test("goods no longer sold on the platform, then the buyer sent to message; a gold shop to come to; offline said cheaper; a private price")
    func notSoldHereAndOfflineCheaper() {
        expectVerdict("直播间不卖了，想要的私聊我", true)
        expectVerdict("直播间不卖了，这款已经停产", false)
        expectVerdict("大克重的直接来金店现场按当天价算", true)
        expectVerdict("线下打九折", true)
        expectVerdict("在这里拍比线下便宜多了", false)
        expectVerdict("私价更低", true)
        expectVerdict("保护隐私价格透明", false)
        expectVerdict("朋友的店在京东，比我这里便宜，店名叫「阿花小铺」", true)
    }

    @Test("店 after an offline word names a kind of shop (线下店装修中), no invitation; the shop's address sent in private is one")
    func offlineShopNoun() {
        expectVerdict("线下店下个月开业，敬请期待", false)
        expectVerdict("线下店也能拿货，地址私你", true)
    }

    @Test("after a report and the speaker's own word, a channel's label opening a clause with its handle (微信 help_lan) is handed on")
    func labelOpeningClauseAfterReport() {
        expectVerdict("老客都说找我比在平台快，确实，微信 fast_mei", true)
        expectVerdict("有人说加他微信，微信 abc_123 是骗子", false)
    }

    @Test("the platform's own or an official service line (平台客服热线 400-…) is no shop's phone; the id said to be the shop's name in pinyin is")
    func platformLineAndIdInPinyin() {
        expectVerdict("平台客服热线 400-811-2233，工作日 9-18 点", false)
        expectVerdict("平台客服热线 400-811-2233，急事打我手机 13900001111", true)
        expectVerdict("有事找我，vx 就是店名的全拼", true)
        expectVerdict("微信就是方便，拼音输入也快", false)
    }

    @Test("the platform's own account equated with a visible name (抖音号就是我们的店名 on Douyin) is an account here; derived from, it points elsewhere")
    func ownAccountEquated() {
        expectVerdict("抖音号就是我们店名，欢迎关注", false)
        expectVerdict("快手号就是我们店名，欢迎关注", true)
        expectVerdict("v 就是我抖音号后面去掉两个零", true)
    }

    @Test("a warning naming whose the labelled contact is (骗子的电话 …) sets it aside; the speaker's own after a warning counts")
    func warningOwnsLabelledContact() {
        expectVerdict("骗子的电话 13611223344，接到直接挂", false)
        expectVerdict("骗子太多，认准我的电话 13611223344", true)
    }

    @Test("号 opening a word of its own (号召, 号称) after a group or a channel is no account's number")
    func haoOpeningItsOwnWord() {
        expectVerdict("群号召大家周末一起参加线上打卡", false)
        expectVerdict("进群号 556677889，暗号上分", true)
    }

    @Test("a link said not to be allowed here, then the buyer sent to message; WeChat said to be the same as the Xiaohongshu or Kuaishou id")
    func linkNotAllowedAndSameIdElsewhere() {
        expectVerdict("要同款的私我，这里不让放链接", true)
        expectVerdict("这里不让放链接，商品卡在笔记下方", false)
        expectVerdict("vx 跟小红书号一样，直接加", true)
    }

    @Test("v as the verb with its complement (V 一下 handle) invites to WeChat; an address on a reserved domain is shown as a format only when a word says so")
    func verbVAndReservedDomainsGiven() {
        expectVerdict("要看实车视频的，V 一下 laoli_cars", true)
        expectVerdict("想要的 v一下", true)
        expectVerdict("更多房源看 zufang 点 example 点 com", true)
        expectVerdict("下单后访问 shop.example.org 领取", true)
        expectVerdict("邮箱格式示例：name@example.com", false)
        expectVerdict("网址示例 www.example.org/path", false)
    }

    @Test("another marketplace named with only this place holding what matters is no invitation there")
    func onlyHereHasIt() {
        expectVerdict("同款车在其他平台也有，但只有这里有质保", false)
        expectVerdict("同款在其他平台也有，去那边搜我", true)
    }

    @Test("a number pointed at with the platform to be named in the note; a contact promised in private; not booking here; a payment app transfer")
    func noteDmBookingAndTransfer() {
        expectVerdict("看房请打店电，号码在图二，备注小红书", true, platform: .xiaohongshu)
        expectVerdict("私我发你房东的电话，不收中介费", true)
        expectVerdict("师傅的电话私信发你", true)
        expectVerdict("私信我发你更多照片", false)
        expectVerdict("快递单号私信发你", false)
        expectVerdict("下次来别在平台订了，直接找我，给你老客价", true)
        expectVerdict("下次来还是在平台订，会员价更便宜", false)
        expectVerdict("定金 300 转支付宝就行，房间给你留着", true)
        expectVerdict("定金通过平台支付，不满意可申请退款", false)
    }

    @Test("订金 is a deposit as 定金 is; a contact promised after the message asked for; goods sent straight to the speaker instead of ordered; the ways a service is fulfilled, listed, are no meeting")
    func depositSpellingDmPromiseAndServiceModes() {
        expectVerdict("订金先交一千到我卡上，档期给你锁定", true)
        expectVerdict("订金通过平台支付，宴会结束后再付尾款", false)
        expectVerdict("修不好的私我，我给你师傅手机号", true)
        expectVerdict("有问题私信我，别打电话", false)
        expectVerdict("电话打不通的私信我", false)
        expectVerdict("直接寄到我这，地址私聊给你，不用下单", true)
        expectVerdict("寄修请在订单里填写快递单号", false)
        expectVerdict("苹果换电池 十五分钟取 支持到店和寄修", false)
        expectVerdict("可以到店找我买，便宜", true)
    }

    @Test("after a label's colon, letters then digits a space apart are one handle dictated in two pieces; English words running on are not")
    func handleInTwoPieces() {
        expectVerdict("V信：l o v e 520", true)
        expectVerdict("vx：abc 123", true)
        expectVerdict("型号：ab 12", false)
    }

    @Test("a two-character term split where one clause ends and the next begins is no term; an evader's comma inside one still is; a longer term reads across")
    func termsAcrossClauseEnds() {
        expectVerdict("这款茶叶在抖音商城也能搜到，店名一样", false)
        expectVerdict("加，微，信 abc_123", true)
        expectVerdict("有事加微，信 abc123", true)
        expectVerdict("成片我传百度网盘，链接私发你", true)
    }

    @Test("ordering inside the listing's own store is here; the number given to the listeners before is the speaker's")
    func ownStoreAndNumberGivenBefore() {
        expectVerdict("疗程装在店铺里拍更便宜", false)
        expectVerdict("门店更便宜，喜欢的姐妹私我地址", true)
        expectVerdict("之前给过你们的那个号还能用，直接打", true)
        expectVerdict("你们的微信是多少", false)
    }

    @Test("a message asked for in private, then a phone promised; an English warning not to trust whoever asks sets the words aside")
    func privateThenPhoneAndEnglishWarnings() {
        expectVerdict("长期合作的私聊，我给你调度的电话", true)
        expectVerdict("有问题私信，别打电话", false)
        expectVerdict("Do not trust anyone asking you to pay outside the app", false)
        expectVerdict("Pay outside the app and save 10%", true)
    }

    @Test("a handle spelled out with slashes between its characters reads as one; sizes between slashes are no handle; a booking made on WeChat is an invitation there")
    func slashedHandleAndWeChatBooking() {
        expectVerdict("V/X/：/w/e/n/_/6/6/8/8", true)
        expectVerdict("尺码表：S/M/L/XL/XXL", false)
        expectVerdict("老客下次别团购了，直接微信预约给你打八折", true)
        expectVerdict("预约请在平台，不支持微信预约", false)
        expectVerdict("宠物寄养团购后请在小程序预约入住日期", false)
    }

    @Test("an impersonation warned of (冒用) is discussion; appraisal at the shop is its service; an agent's fee paid offline is a deal outside")
    func impersonationAppraisalAndAgentFees() {
        expectVerdict("闲鱼上有人冒用我们的店名，请注意", false)
        expectVerdict("奢侈品回收可以到店鉴定，鉴定免费", false)
        expectVerdict("家教中介费线下交，平台不收", true)
        expectVerdict("中介费由平台统一收取", false)
    }

    @Test("a booking told not to be made on the platform; a little off for coming to take it; a service line said after it to be the platform's")
    func notBookedHereDiscountForPickupPlatformLine() {
        expectVerdict("节假日寄养别在平台订，满了，直接找我留位", true)
        expectVerdict("别在这定制，质量不行", false)
        expectVerdict("节假日寄养名额紧张，请提前在平台预订", false)
        expectVerdict("这个价做不了，线下来拿可以再少点", true)
        expectVerdict("问线下是不是更便宜，不是，价格一样", false)
        expectVerdict("客服热线 400-800-1234 是平台的，24 小时在线", false)
        expectVerdict("客服热线 400-800-1234，来电享批发价", true)
    }

    @Test("an exception granted after the platform's rule (但…可以) is the speaker's own offer; one kept on the platform is not")
    func exceptionAfterTheRule() {
        expectVerdict("平台规定不能私下交易，但老客户可以直接转我", true)
        expectVerdict("平台规定不能私下交易，但可以在平台上议价", false)
        expectVerdict("平台规定不能私下交易，我们一直遵守", false)
    }

    @Test("a channel's name bracketed as a label reaches the handle after the bracket; brackets around each character are decoration; Chinese numerals in a handle are its digits")
    func bracketedLabelsAndNumeralHandles() {
        expectVerdict("【微信】mm2024shop", true)
        expectVerdict("【客服V】mm2024shop", true)
        expectVerdict("【微信】同款表情包上新", false)
        expectVerdict("【V】【X】mm2024shop", true)
        expectVerdict("【新】【品】上市，欢迎选购", false)
        expectVerdict("vx：mm一二三四五", true)
        expectVerdict("vx：mm一下就知道", false)
    }

    @Test("a wish named then turned down is refused; a move told then followed by a search sent after the speaker is an invitation; a group's way in placed in a picture")
    func wishRefusedMoveFollowedGroupInPicture() {
        expectVerdict("想线下交易的，抱歉，只能拍链接", false)
        expectVerdict("想线下交易的，不用预约，直接来店里", true)
        expectVerdict("想线下交易的，可以，来店里", true)
        expectVerdict("我们的教学直播我改到小红书了，搜“木木老师”", true)
        expectVerdict("我上小红书搜了一下，没有这个", false)
        expectVerdict("宝妈福利群的入群方式放在背景图左下角了", true)
        expectVerdict("宝妈福利群的入口在主页，点左下角加入", false)
        expectVerdict("Bulk orders via LINE only, DM for the id", true)
        expectVerdict("Shipping from the warehouse is cheaper than the app version", false)
    }

    @Test("a prefix asked about gives no number; on board is no app; a checkpoint's scan; the way to pay kept private; the readers called by name then sent over there")
    func prefixQuestionCarryCheckpointPayWayAddressed() {
        expectVerdict("一八六开头的号码能办这个套餐吗？", false)
        expectVerdict("电话一八六开头，后四位私信发你", true)
        expectVerdict("飞机上能不能带充电宝？", false)
        expectVerdict("飞机上搜我名字就能找到", true)
        expectVerdict("团购券到店扫码核销，周末通用", false)
        expectVerdict("展会门票在入口扫码签到", false)
        expectVerdict("扫码加我，展会当天带你逛", true)
        expectVerdict("代购尾款的收款方式私我", true)
        expectVerdict("收款方式支持平台担保交易", false)
        expectVerdict("我们的主号在小红书，宝子们去那边看", true)
        expectVerdict("我在小红书看过，宝子们去那边看过的都说好", false)
        // A sound-alike written exactly as a word the rules know as ordinary (签到, a word of use, for 千岛) is that word.
        expectVerdict("每天签到领积分，积分换好礼", false)
        expectVerdict("千岛领券更便宜", true)
    }

    @Test("说 with a complement of failure reports nobody; DiDi the taxi app; the platform said not to protect it warns; a shop's address promised after a message")
    func speechFailsTaxiUnprotectedAddressPromised() {
        expectVerdict("细节私信说不明白，加 vx：mm_design88 发图", true)
        expectVerdict("他私信说加 vx：mm_design88 能便宜", false)
        expectVerdict("滴滴打车过来二十分钟", false)
        expectVerdict("想要的滴滴我，私聊价格", true)
        expectVerdict("线下交易的话平台不负责，大家注意", false)
        expectVerdict("喜欢的私信，我给你发档口的地址", true)
        expectVerdict("下单后客服会发你档口地址，凭码自提", false)
    }

    @Test("a benefit kept there; a description of what is sold there; a drive sent through the platform's messages; English labels, @ and Discord tags before a handle")
    func benefitThereDescribedPlatformMessagesHandles() {
        expectVerdict("我们在小红书也开了直播，那边有粉丝专属价", true)
        expectVerdict("拼多多上卖的那些低价货，质量都不行", false)
        expectVerdict("课程资料在平台私信里发网盘提取码", false)
        expectVerdict("课程资料加我发网盘提取码", true)
        expectVerdict("Bookings via Instagram DM @mia.nails only", true)
        expectVerdict("Join our guild on Discord: mia#2048 for trades", true)
        expectVerdict("Instagram style nails, gel polish only", false)
    }

    @Test("a thing advised against granted to whoever insists; a worry denied reassures; a safeguard claimed alike; the maker's line; a code heard at once; after the stream, contact me")
    func insistedWorryAlikeMakerHeardAfterStream() {
        expectVerdict("一般不建议线下交易，实在要的话找我", true)
        expectVerdict("一般不建议线下交易，实在要的话走平台", false)
        expectVerdict("不用担心当面交易不安全，我们开店十年了", true)
        expectVerdict("别担心当面交易的事，我们只走平台", false)
        expectVerdict("谁说不能当面交易？来我们档口，一样有保障", true)
        expectVerdict("包装盒上的电话是厂家的客服热线，可查真伪", false)
        expectVerdict("扫卡片上的码就能听故事，不用加人", false)
        expectVerdict("直播间限量，要整箱的下播联系我", true)
        expectVerdict("电话我贴车上了，下次直接打", true)
    }

    @Test("a name read backwards is a pointer only when said to be the handle; the platform's cut then a transfer to the speaker; a card promised after a message; a code to reach the speaker")
    func backwardsCutCardCode() {
        expectVerdict("店名倒过来就是我的号", true)
        expectVerdict("店名倒过来念也挺顺口的", false)
        expectVerdict("平台要扣点，你直接转我就行", true)
        expectVerdict("平台扣点是商家承担的，买家不用管", false)
        expectVerdict("合作的私我，我推你名片", true)
        expectVerdict("盒子上有个码，扫了直接加我", true)
        expectVerdict("插牌上有二维码，扫码看产品介绍", false)
    }

    @Test("the shop named before a better price offers it there; a price said to be the same at the shop offers nothing; Cantonese cheaper-than-here")
    func shopPriceOrderAndCantoneseComparison() {
        expectVerdict("到我们门店给你底价", true)
        expectVerdict("这就是底价了，门店也一样", false)
        expectVerdict("呢对鞋喺拼多多有，平过呢度好多", true)
    }

    @Test("someone supposed wanting it is no report; a group said to be on the page is that group; the platform paying is its own; a private deal as what the platform beats; English reports, refusals and own sites; after the stream, find me; dear here, then me directly; a search engine for the shop")
    func supposedGroupPlacedPlatformPaysEnglishAfterStream() {
        expectVerdict("有人需要的话加我微信", true)
        expectVerdict("有人让我加他微信，我没加", false)
        expectVerdict("粉丝群在我主页，可以直接加入", false)
        expectVerdict("微信群在我主页，可以直接加入", true)
        expectVerdict("退款平台直接打到你的支付宝", false)
        expectVerdict("尾款别走平台，直接打给我", true)
        expectVerdict("在平台拍比私下转账安心", false)
        expectVerdict("Somebody asked me to pay outside the app, I declined", false)
        expectVerdict("check my insta for more colours", true)
        expectVerdict("our website only lists prices, please order here", false)
        expectVerdict("it's cheaper on my own website", true)
        expectVerdict("下了播找我，给你单独算", true)
        expectVerdict("下播后还有问题的，在评论区找我", false)
        expectVerdict("下播以后想买的找我们客服", false)
        expectVerdict("平台上买贵，直接找我拿货", true)
        expectVerdict("百度搜我们店名，官网有折扣", true)
    }

    @Test("the way to pay promised in a private message; bought on the spot for less; a code scanned to add the speaker; an id derived from initials or after a pause; pointers added or searched by what is there, a reply's contents, a hotline, a year explained; language-teacher marketplaces and English sign-ups; the way to add asked for; the live room's price as the lowest")
    func payWayPrivateSpotDerivedPointersTeachers() {
        expectVerdict("想要的留言，我私你发收款码", true)
        expectVerdict("付款方式在商品页有说明", false)
        expectVerdict("来门店现场购买有优惠", true)
        expectVerdict("视频里有个码，扫了就能加我", true)
        expectVerdict("包装上有个码，扫了能看安装视频", false)
        expectVerdict("我的昵称首字母加520就是我的号", true)
        expectVerdict("店铺名的首字母是品牌缩写", false)
        expectVerdict("v呢就是我店名全拼", true)
        expectVerdict("评论区置顶那条，按那个加", true)
        expectVerdict("店名后面那几个字母就是我电话", true)
        expectVerdict("店名后面的数字是我们开业年份", false)
        expectVerdict("简介最后一行复制下来去搜", true)
        expectVerdict("回复你的评论里有我的号", true)
        expectVerdict("主图左下角有我们订购电话", true)
        expectVerdict("口语课在 preply 上更便宜，搜我名字", true)
        expectVerdict("book through my website", true)
        expectVerdict("our website is down, please order here", false)
        expectVerdict("找场控要一下加的方式", true)
        expectVerdict("某宝也有店，但是直播间的价格最低", false)
    }

    @Test("written on the speaker's page, pointed back at by 上面; an underscore spelled in English; Japanese okurigana after a name; American payment apps with a verb; a clinic's address in private; after the stream, message me; a buying agent's contact; a buyer's complaint; cash brought to collect; Shopify")
    func writtenAboveUnderscoreKanaPaymentAppsAgentComplaint() {
        expectVerdict("看我主页封面，上面写着我的联系电话", true)
        expectVerdict("他主页上写着他的电话", false)
        expectVerdict("Telegram: moon underscore shop, message for price", true)
        expectVerdict("LINE スタンプ付きのケース", false)
        expectVerdict("Venmo style card holder", false)
        expectVerdict("just venmo me and I ship today", true)
        expectVerdict("we take Zelle only", true)
        expectVerdict("想买茶的来我们茶厂，地址私信发你", true)
        expectVerdict("下播后私信我，给你们单独发", true)
        expectVerdict("日本代购找我，每周发货", true)
        expectVerdict("代购的东西没保障", false)
        expectVerdict("这家质量一般，我退了，别在这买了", false)
        expectVerdict("你直接带现金来取就行", true)
        expectVerdict("Find my shop on Shopify", true)
        expectVerdict("Shopify style gift card", false)
    }

    @Test("the reader told what to say at a desk is no narration; not allowed to be sold here, then a message; a drive's link in private; a personal code on the avatar; the speaker's own transfer to the buyer; a payment the platform makes or receives")
    func toldToSayNotSoldDrivePersonalCodeTransferPlatformPays() {
        expectVerdict("到店打比平台价便宜，来前台说是在直播间看到的", true)
        expectVerdict("酒店前台说可以加她微信帮忙叫车", false)
        expectVerdict("这款是处方的，直播间不能卖，要的私我", true)
        expectVerdict("资料在夸克里，链接我发你", true)
        expectVerdict("我头像就是我私人二维码", true)
        expectVerdict("少发了一件，我直接转你十块", true)
        expectVerdict("退款平台会直接退你", false)
        expectVerdict("验机后款项会打到平台账户", false)
        expectVerdict("款不走平台也会直接退你", true)
    }

    @Test("who said it could be done denies it; never forbidden allows it; the same sold there by others is a report of where; others selling there, then go and search")
    func whoSaidNeverForbiddenOthersSellThere() {
        expectVerdict("谁说可以私下交易的？没有的事", false)
        expectVerdict("谁说不能面交？来店里", true)
        expectVerdict("没有不让你加微信，加吧 vx_abc123", true)
        expectVerdict("拼多多上也有别人卖同款，我们是正品", false)
        expectVerdict("闲鱼上也有人卖，去那边搜我店名", true)
    }

    @Test("points off for ordering on the spot; paid into the company's account; after the stream, a private chat (not with customer service); asking whether the shop is only here; the same shop name on another marketplace; the seller's own app")
    func pointsOffCompanyAccountAfterStreamChatSameShopNameOwnApp() {
        expectVerdict("来店里现场下单再让三个点", true)
        expectVerdict("定金打款到公司账户就安排生产", true)
        expectVerdict("下播后私聊，我单独给你算", true)
        expectVerdict("下播后有问题私聊客服", false)
        expectVerdict("这家京东也有店吗？还是只在这里卖？", false)
        expectVerdict("京东也有卖，店名都一样", true)
        expectVerdict("京东上店名一样的都是假的", false)
        expectVerdict("会员积分在我们自己的app上兑换", false)
        expectVerdict("报名在我们自己的app上，下载后搜课程", true)
    }

    @Test("a shop the speaker opened on another marketplace is there now, not an experience; someone else's shop there is told; signed on the spot with something more; van apps as places")
    func shopOpenedThereSignedOnTheSpotVanApps() {
        expectVerdict("我们拼多多上也开了店", true)
        expectVerdict("朋友在京东上也开了店", false)
        expectVerdict("来展厅当场签单再送安装", true)
        expectVerdict("货拉拉上找我，报我名字", true)
        expectVerdict("货拉拉也能叫车，但我们有专业搬运工", false)
    }

    @Test("not listed, then the speaker messages the buyer; only something else possible here, then a message; a gift for signing on the spot; pointers at the speaker's other posts, replays and replies; Singapore English: cheaper there, my shop there, PayNow, asking for my account; not available said after an offer")
    func notListedOtherPostsSingaporeEnglish() {
        expectVerdict("进口的不上架，想要的留言，我私你", true)
        expectVerdict("这里只能拍定金，全款私聊我", true)
        expectVerdict("这里只能拍定金，全款在店铺里拍", false)
        expectVerdict("来门店现场签约有礼品", true)
        expectVerdict("联系方式在我合集第一集里", true)
        expectVerdict("合集第一集讲了怎么挑", false)
        expectVerdict("电话在我上个视频里念过", true)
        expectVerdict("看直播回放，开头我报了电话", true)
        expectVerdict("上一条评论我回复你了，有我号", true)
        expectVerdict("Carousell got cheaper one, search my name", true)
        expectVerdict("Shopee also got my shop", true)
        expectVerdict("pay via PayNow please", true)
        expectVerdict("DM me for my whatsapp", true)
        expectVerdict("Meet up not available, please order here", false)
        expectVerdict("PayNow not accepted, please pay at checkout", false)
    }

    @Test("a platform's own group is its own only on that platform; a search between a going and a shop is an app's; a profile link to the shop's own page; the worker paid in person; not to be listed here, then a message; an order cancelled, then paid another way; pointers in messages and pictures")
    func ownGroupPerPlatformSearchIsNoVisitProfileLinkWorkerPaid() {
        expectVerdict("淘宝群里每周发券，进群领", true, platform: .douyin)
        expectVerdict("淘宝群里每周发券，进群领", false, platform: .taobao)
        expectVerdict("去天猫搜我们店，有会员价", false, platform: .tmall)
        expectVerdict("简介里的链接点开就是店铺首页", false)
        expectVerdict("到了现场付给师傅就行", true)
        expectVerdict("费用已在平台付，不用再付给师傅", false)
        expectVerdict("这个不能在平台上挂，要的私聊", true)
        expectVerdict("先取消订单，我换个方式发你，转账就行", true)
        expectVerdict("私信里有我的号，自己翻", true)
        expectVerdict("私信里有订单确认，自己翻", false)
        expectVerdict("照片里藏了我的号，仔细看", true)
    }

    @Test("funds released to the speaker pay no one; a shop disowned is someone else's; the way to reach the speaker said in full, and a number said to be the account, at a pointer's place; 联络方式; the stream over, then a private message; a labour charge paid to the worker")
    func releasedFundsDisownedShopPointerWordsAfterStreamLabour() {
        expectVerdict("确认收货以后平台才会放款给我们", false)
        expectVerdict("美团上那家同名的店跟我们没有关系", false)
        expectVerdict("美团上搜我们同名的店，那边便宜", true)
        expectVerdict("联系到我的方式在第三张图左下角", true)
        expectVerdict("第三张图左下角是产地说明", false)
        expectVerdict("想买的看我昵称后面几位数字，那就是号", true)
        expectVerdict("昵称后面几位数字是我的生日", false)
        expectVerdict("要的找我拿个人联络方式", true)
        expectVerdict("直播结束后私讯我，价格好谈", true)
        expectVerdict("直播结束后可以看回放", false)
        expectVerdict("人工费装好了结给师傅", true)
        expectVerdict("人工费已经含在平台订单里", false)
    }

    @Test("money sent straight to the teacher or a tab paid by transfer later; a wafer biscuit is no WeChat; a small card as a pointer's place")
    func transferToWorkerTabWaferSmallCard() {
        expectVerdict("课时费剩下的直接转给老师就行", true)
        expectVerdict("您的问题我已经直接转给老师了", false)
        expectVerdict("熟客先挂账，月底统一转我", true)
        expectVerdict("熟客先领券，月底统一结算在平台", false)
        expectVerdict("再加威化饼干凑单更划算", false)
        expectVerdict("订购的号在那张小卡上", true)
        expectVerdict("小卡上有保存方法", false)
    }

    @Test("a cover or a report's last page as a pointer's place; the way to book a room; a fee paid to the guide in person; a live stream over in English; paid out by the platform's own system")
    func coverLastPageBookingGuideLiveOverAutomaticPayout() {
        expectVerdict("我的号印在说明书封面上", true)
        expectVerdict("说明书封面上印着型号", false)
        expectVerdict("检测报告最后一页有我的号", true)
        expectVerdict("预订方式在我简介里", true)
        expectVerdict("讲解费结束后结给导游本人", true)
        expectVerdict("讲解费已含在门票里，无需另付", false)
        expectVerdict("live结束后pm我拿价格", true)
        expectVerdict("退款审核通过后会自动打到您的账户", false)
    }

    @Test("a wish closed by 的 before a comma picks out the listeners, unless the next clause warns them; a box's side and a number stuck there as pointers; those who added WeChat; a deposit paid in the shop; bought in private for less; an address to be left in the comments")
    func wishClauseSidePointerAddedDepositPrivateBuyComments() {
        expectVerdict("想进车友群的，评论区打个1我挨个拉", true)
        expectVerdict("想私下交易的，一律不发货", false)
        expectVerdict("车友群的评论区都是骗子", false)
        expectVerdict("纸箱侧面那个号就是我的", true)
        expectVerdict("纸箱侧面印着保质期", false)
        expectVerdict("店长的电话贴在保修卡背面", true)
        expectVerdict("保修卡背面是保修条款", false)
        expectVerdict("老客户加了v的才有赠品", true)
        expectVerdict("老客户关注店铺的才有赠品", false)
        expectVerdict("尾款在门店里交就行", true)
        expectVerdict("尾款在平台补差价链接付", false)
        expectVerdict("找我私下买能便宜二十", true)
        expectVerdict("找客服领券能便宜二十", false)
        expectVerdict("价目表发邮箱，邮箱写在评论区就行", true)
        expectVerdict("电子发票会发到您下单时填的邮箱", false)
    }

    @Test("a fee for training, materials or a service paid on the spot a clause later; cash and WeChat both taken")
    func trainingFeeOnSiteCashAndWeChatTaken() {
        expectVerdict("资料费两百，报到当天现场交", true)
        expectVerdict("资料费两百，已含在平台订单里", false)
        expectVerdict("修好了再付，现金支付宝都收", true)
        expectVerdict("支付方式：平台支持花呗和信用卡", false)
    }

    @Test("pointers: the way placed in the speaker's own bio, a number to be read off a picture, the place to find the speaker, the way hidden in subtitles, a number said over in a replay, in English; a style number is no account")
    func bioPictureFindMeSubtitlesReplayEnglishStyleNumber() {
        expectVerdict("联络方式放在我个人主页", true)
        expectVerdict("退换货须知放在我个人主页", false)
        expectVerdict("电话见图，白天都在", true)
        expectVerdict("尺码见图，按身高选", false)
        expectVerdict("看我昵称后面的字母，那就是能找到我的地方", true)
        expectVerdict("我昵称后面的字母是我名字缩写", false)
        expectVerdict("每期视频的字幕里都藏了方式，自己找", true)
        expectVerdict("每期视频的字幕里都写了产地", false)
        expectVerdict("上一期直播回放里我说了一遍号码", true)
        expectVerdict("上一期直播回放里有上身效果", false)
        expectVerdict("my contact details are in the pinned comment", true)
        expectVerdict("shipping details are in the pinned comment", false)
        expectVerdict("那个号是店名拼音加年份", true)
        expectVerdict("款号是店名拼音加年份", false)
    }

    @Test("a QQ number cut into pieces after QQ written as a label; counts after a QQ word in a product's name are none")
    func qqNumberInPieces() {
        expectVerdict("扣扣：前三位 853 后四位 2710", true)
        expectVerdict("企鹅：开头 4096 结尾 318", true)
        expectVerdict("企鹅公仔 120 只 现货 300 件", false)
        expectVerdict("扣扣乐积木 123 块 456 种", false)
    }

    @Test("counted in front of the courier, the order's own download link and fakes said to be sold elsewhere are honest; an address in the bio, a drive's link pinned in the comments, a number on a photo and a fee handed to the owner are not")
    func courierOrderLinkFakesBioAddressPinnedDrivePhotoFeeToOwner() {
        expectVerdict("快递到了当面清点再签收", false)
        expectVerdict("同城可以当面交易，现金更便宜", true)
        expectVerdict("课程讲义在订单里的下载链接", false)
        expectVerdict("想要讲义的私我发你链接", true)
        expectVerdict("拼多多上卖的是高仿，认准旗舰店", false)
        expectVerdict("教程网址在我主页简介", true)
        expectVerdict("教程视频在我主页简介", false)
        expectVerdict("模板的网盘链接放在评论区置顶了", true)
        expectVerdict("模板的使用说明放在评论区置顶了", false)
        expectVerdict("店里的电话在门头照片上能看到", true)
        expectVerdict("店里的营业时间在门头照片上能看到", false)
        expectVerdict("停车费到了以后交老板就行", true)
        expectVerdict("停车费已包含在团购价里", false)
    }

    @Test("the platform named as where to book is no deal elsewhere; whoever wants in, addressed, told to message; the platform's shop by its nickname left; an hourly fee paid to the cleaner; a real name said to be the account; meeting in the same city")
    func platformBookingAddressedWishXhsShopCleanerRealNameMeetSameCity() {
        expectVerdict("有空可以在平台直接预约我", false)
        expectVerdict("以后有需要直接预约我，不用下单", true)
        expectVerdict("想进的姐妹私我，群里每天分享穿搭", true)
        expectVerdict("姐妹们的穿搭群我不进了", false)
        expectVerdict("不走薯店，私信给你打折", true)
        expectVerdict("薯店下单有运费险", false)
        expectVerdict("钟点费直接结给阿姨就行", true)
        expectVerdict("钟点费已含在平台订单里", false)
        expectVerdict("我的本名就是我的号，一搜就有", true)
        expectVerdict("我的本名不方便透露", false)
        expectVerdict("同城可以面，省运费", true)
        expectVerdict("同城可以次日达，省心", false)
    }

    @Test("letters in a name described are no handle; a voucher's code scanned; the speaker's own shop elsewhere; the order skipped for a message; an account sent in private; an ad, a code in the avatar, a number hidden in a video as pointers")
    func nameLettersVoucherOwnShopSkippedOrderPrivateAccountPointers() {
        expectVerdict("我昵称里那几个字母是品牌缩写", false)
        expectVerdict("我昵称里那几个字母加上生日就是号", true)
        expectVerdict("到店后让收银员扫一下券码就行", false)
        expectVerdict("到店直接扫我的码付款", true)
        expectVerdict("京东上有我们的自营店，那边发货快", true)
        expectVerdict("有人说京东有我们的店，那不是我们", false)
        expectVerdict("老顾客不用拍链接私信我就行，老价格", true)
        expectVerdict("老顾客拍老客链接，自动减价", false)
        expectVerdict("尾款付给房东，房东账号私你", true)
        expectVerdict("尾款在平台付，房东确认后放款", false)
        expectVerdict("楼下那张招租广告上的号就是我", true)
        expectVerdict("楼下那张招租广告是物业贴的", false)
        expectVerdict("头像换成了我的码，长按就行", true)
        expectVerdict("头像换成了我家狗", false)
        expectVerdict("号码我藏在视频第五秒，暂停就能看", true)
        expectVerdict("成分表在视频第五秒，暂停就能看", false)
    }

    @Test("the platform's own private messages and a voucher redeemed at the shop are honest; after the stream come to message the speaker; the live room's name said at the shop; the payment code sent after a message; the speaker found outside; the way to commission work at a pointer's place")
    func platformMessagesVoucherAfterStreamRoomNameCodeOutsideCommission() {
        expectVerdict("有问题可以在平台私信里问我", false)
        expectVerdict("有问题私信我，发你我的vx", true)
        expectVerdict("兑换券在平台买，到店兑换就行", false)
        expectVerdict("兑换券别在平台买，到店现金更便宜", true)
        expectVerdict("下播了想要的来私信，价格好说", true)
        expectVerdict("下播了想要的看回放", false)
        expectVerdict("线下店报直播间名字打九折", true)
        expectVerdict("线下店和直播间同价", false)
        expectVerdict("你私信我，我把码发你付款", true)
        expectVerdict("你私信我，我把尺码表发你", false)
        expectVerdict("懂的都去外面找我", true)
        expectVerdict("外面下雨了，大家注意", false)
        expectVerdict("约稿方式写在我置顶视频的简介里", true)
        expectVerdict("面料成分在我置顶作品的简介里", false)
    }

    @Test("the balance paid in cash or at the shop instead of online; the speaker's other account told apart; the name searched once changed; a wink at what the profile holds; the way to add left in a place; a counted post as the answer")
    func balanceOtherAccountChangedNameWinkPlacePost() {
        expectVerdict("首付走平台，余款到货那天给现金", true)
        expectVerdict("首付和余款都在平台付，到货确认收货", false)
        expectVerdict("到店补尾款就可以，不用在线上付了", true)
        expectVerdict("到店核销就可以，不用再补尾款了", false)
        expectVerdict("要买的去我新号看，头像一样的就是", true)
        expectVerdict("我的新号只发生活，不带货", false)
        expectVerdict("平台搜不到就搜我店名的首字母", true)
        expectVerdict("平台搜我店名就能进店", false)
        expectVerdict("你懂的，简介里有", true)
        expectVerdict("你懂的，夏天就要穿清爽", false)
        expectVerdict("加我的方式放在喜欢列表第一个", true)
        expectVerdict("喜欢列表第一个是我最爱的歌", false)
        expectVerdict("想约的怎么约？看我第一条作品", true)
        expectVerdict("想约的在平台下单，第一条作品是样片", false)
    }

    @Test("buying here said to be too dear before a direct offer; a transfer before a courier; the platform said to be full before a direct booking; a handle sent whoever's it is; a contact said to be written in a place")
    func tooDearCourierFullSentHandleWrittenPlace() {
        expectVerdict("这边买太贵了，熟客直接找我拿", true)
        expectVerdict("这边买太贵了的话，可以等平台大促", false)
        expectVerdict("先转账后发顺丰，当天到", true)
        expectVerdict("平台下单后发顺丰，当天到", false)
        expectVerdict("平台上约满了的话，直接打电话给我", true)
        expectVerdict("平台上约满了的话，可以选别的日子", false)
        expectVerdict("想订的私我，发你我们店长的v", true)
        expectVerdict("想订的私我，发你我们店的优惠券", false)
        expectVerdict("店长的电话在我们包装袋的背面", true)
        expectVerdict("店长的寄语在我们包装袋的背面", false)
    }

    @Test("a messenger's name as the verb before a handle; a contact word in a later clause than a word that names another number; English cues to text, to sell elsewhere and to transfer to the speaker; cash or a transfer offered; the platform's process declined before a direct payment; a fee paid at the room instead of signing up online; a group the speaker sets up; someone else's message reported; what people say on an app")
    func verbNameLaterClauseEnglishCashDeclinedFeeGroupReportedSaid() {
        expectVerdict("wechat 我 shop_lily88", true)
        expectVerdict("wechat 我用了十年", false)
        expectVerdict("要发票的，打我们门店 0571 8765432", true)
        expectVerdict("发票编号 0571 8765432", false)
        expectVerdict("text me 91234567 for bulk", true)
        expectVerdict("SKU 91234567 for bulk", false)
        expectVerdict("Also selling on Lazada, cheaper there", true)
        expectVerdict("I saw this on Lazada last year", false)
        expectVerdict("Bank in to my CIMB account then I ship", true)
        expectVerdict("Pay with any CIMB card at checkout", false)
        expectVerdict("自提的话现金或者转账都行", true)
        expectVerdict("不收现金或者转账，只走平台", false)
        expectVerdict("不想走平台流程的，看完直接转账", true)
        expectVerdict("不想走平台的话，这单我就不卖了", false)
        expectVerdict("来店里交学费就行，不用网上报", true)
        expectVerdict("在平台报名，不用到店交学费", false)
        expectVerdict("我拉了个群，想进的私我", true)
        expectVerdict("同事拉了个群，说这家店好", false)
        expectVerdict("私信我发你微信", true)
        expectVerdict("有人私聊我说能便宜，我拒绝了", false)
        expectVerdict("小红书上搜我，更便宜", true)
        expectVerdict("小红书上说这个颜色显白", false)
    }

    @Test("the speaker's business's phone on the goods; the other account named as this one's with something added; tasting or picking on the spot with the price to talk over; a handle after 只有; a clause ending on a pronoun and the next starting on it; showing a code at the shop; a direct offer and its price in the next clause")
    func goodsPhoneAddedNameSpotTasteOnlyPronounShowNextClause() {
        expectVerdict("包装盒上有我们工厂的电话，直接打", true)
        expectVerdict("包装盒上有我们工厂的地址", false)
        expectVerdict("想要的去我小号，名字加个2就是", true)
        expectVerdict("我的小号只发日常", false)
        expectVerdict("来果园现场挑，价格好说", true)
        expectVerdict("来果园玩，水果在平台买", false)
        expectVerdict("我的v只有 abc_123", true)
        expectVerdict("微信有 iphone15 的图", false)
        expectVerdict("有人冒充我，我的v是 real_mei01", true)
        expectVerdict("有人冒充我，我的v被盗了", false)
        expectVerdict("到店出示这篇笔记立减五十", true)
        expectVerdict("会员卡在平台开，到店出示会员码", false)
        expectVerdict("你到店直接找我，我给你底价", true)
        expectVerdict("你到店直接找我，我给你看实物", false)
    }

    @Test("the reader told to add someone's handle of ours; a price not listed here with the audience told to signal; money passed to an assistant or a clerk instead of the order")
    func ourStaffHandleUnlistedPriceSignalPaidToClerk() {
        expectVerdict("加我们营养师的v，免费咨询", true)
        expectVerdict("加我们营养师的课程到购物车", false)
        expectVerdict("这个价格不能上链接，你们懂的私我", true)
        expectVerdict("这个价格不能上链接太久，大家抓紧拍", false)
        expectVerdict("钱直接转给店员，不用下单", true)
        expectVerdict("钱在平台付，店员不收转账", false)
    }

    @Test("the balance handed to whoever delivers or fits; orders skipped for an account; a factory brokered after a contact; reach me by looking at the profile; a handle given to the reader; a private message said to be awkward before a pointer; the digits after a name to be added")
    func balanceToFitterAccountBrokerReachLookGivenAwkwardDigits() {
        expectVerdict("尾款等安装好了给师傅就行", true)
        expectVerdict("尾款在平台付，不用给师傅", false)
        expectVerdict("熟客不用下单，月底一起结", true)
        expectVerdict("熟客不用下单，平台会自动补发", false)
        expectVerdict("要厂家直供的私我，帮你对接厂家", true)
        expectVerdict("要厂家直供的在平台搜厂家店", false)
        expectVerdict("联系我看个签", true)
        expectVerdict("联系我看看尺码", false)
        expectVerdict("私我，给你她的v", true)
        expectVerdict("私我，给你她的vip卡", false)
        expectVerdict("价格私信不方便，看我简介", true)
        expectVerdict("这里不方便试穿，看我主页的视频", false)
        expectVerdict("昵称后面那几位就是，自己去加", true)
        expectVerdict("昵称后面那几位是我生日", false)
    }

    @Test("a deposit paid in cash; someone's v sent without 的; a photographers' site; a running account in either order; goods carried off for a sum; a transfer and the goods carried off; dearer there sends no one; a phone on the bag; streaming elsewhere too")
    func depositBossVSiteAccountCarryDearerBagStreaming() {
        expectVerdict("押金现金交，退租时退现金", true)
        expectVerdict("押金由平台冻结，退租时自动解冻", false)
        expectVerdict("长期合作的私聊，发你店长v", true)
        expectVerdict("长期合作的私聊，发你店铺vip", false)
        expectVerdict("作品都在我的图虫，搜同名", true)
        expectVerdict("图虫上有人盗图", false)
        expectVerdict("还车的时候一起结，不用提前拍", true)
        expectVerdict("还车的时候检查一下，不用提前拍照", false)
        expectVerdict("旧书桌自己来搬，给五十就行", true)
        expectVerdict("旧书桌自己来搬比较方便，平台下单", false)
        expectVerdict("看好了转账搬走", true)
        expectVerdict("看好了平台下单，师傅搬走", false)
        expectVerdict("闲鱼上同款比这便宜，去那买", true)
        expectVerdict("闲鱼上同款卖得比我贵", false)
        expectVerdict("我们厂的电话就在袋子上", true)
        expectVerdict("保质期就在袋子上", false)
        expectVerdict("我们在视频号也播，关注同名", true)
        expectVerdict("我们在这个直播间也播了三年", false)
    }

    @Test("English: meeting for cash, a number after call, the checkout skipped, a handle given; cash brought to a meeting; delivered in person and paid on arrival; fetched for cash; a transfer on the spot; a role's WeChat sent; the way at a pointer's place")
    func englishMeetCallSkipHandleBringCashDeliverFetchSpotRoleWay() {
        expectVerdict("Meet me at the station, cash only", true)
        expectVerdict("Meet the team behind our brand", false)
        expectVerdict("Call 8123 4567 for orders", true)
        expectVerdict("Video call support available", false)
        expectVerdict("Skip checkout and pay cash on pickup", true)
        expectVerdict("Skip the queue, checkout online", false)
        expectVerdict("My IG handle is @sg.bags, order there", true)
        expectVerdict("Handle with care, fragile item", false)
        expectVerdict("周日公园门口交易，带好现金", true)
        expectVerdict("周日公园门口有活动，带好水", false)
        expectVerdict("我骑车给你送过去，到了给钱", true)
        expectVerdict("平台下单我送过去，到了确认收货", false)
        expectVerdict("宝宝们来拿，五块一个现金", true)
        expectVerdict("宝宝们来拿优惠券，平台下单", false)
        expectVerdict("当场估价当场转账", true)
        expectVerdict("当场估价，平台下单", false)
        expectVerdict("发你我们的售后经理微信", true)
        expectVerdict("发你我们的售后政策", false)
        expectVerdict("方式在我合集的封面上", true)
        expectVerdict("合集的封面是我自己画的", false)
    }

    @Test("northern dialect folds 俺 to 我 and 瞅 to 看; wallets abroad paid to the speaker's number, not at checkout; a messenger to reach the speaker on; goods handed over then paid for there; a transfer or cash")
    func northernDialectWalletsReachOnHandoverTransferOrCash() {
        expectVerdict("要的瞅俺简介，上面写着咋找俺", true)
        expectVerdict("瞅瞅俺家的新货，拍两件包邮", false)
        expectVerdict("Send via GCash to my number, I ship tomorrow", true)
        expectVerdict("You can pay with GCash at checkout", false)
        expectVerdict("hit me up on snap for more pics", true)
        expectVerdict("Snap-button cardigan, more colours in the shop", false)
        expectVerdict("你过来拿，看中了再给钱", true)
        expectVerdict("你过来看看新品，看中了直接拍", false)
        expectVerdict("楼下见面，转账或者现金都行", true)
        expectVerdict("转账记录在订单里可以查", false)
    }

    @Test("🚫 and 🈲 read as 禁止: a ban before a diversion negates it, after the DMs it points elsewhere; a transfer to a bank named abroad; the rider paid in cash")
    func prohibitedEmojiBanksAbroadRiderCash() {
        expectVerdict("私聊🈲 去 👤 主页看", true)
        expectVerdict("🚫加微信，只在平台交易", false)
        expectVerdict("🚫私下交易，只在平台下单", false)
        expectVerdict("Transfer to my GTB account and I ship today", true)
        expectVerdict("Transfer to the next page for sizes", false)
        expectVerdict("Pay the rider cash when it arrives", true)
        expectVerdict("Payment on delivery is available at checkout", false)
    }

    @Test("a refusal closing the clause turns the words before it down, while one opening a condition does not; a transfer allowed after all; British app banks")
    func refusalClosingClauseTransferAllowedAppBanks() {
        expectVerdict("私下不行，请在平台拍下", false)
        expectVerdict("线下交易不行哦，只能平台下单", false)
        expectVerdict("见面交易我们这边不行", false)
        expectVerdict("不行的话加我微信聊", true)
        expectVerdict("不过您是老客户，转我也行", true)
        expectVerdict("老客户也请在平台拍，转我不行", false)
        expectVerdict("Revolut me and it ships tomorrow", true)
        expectVerdict("Revolut card holder, fits six cards", false)
    }

    @Test("an English label and 'is' between a channel's name and a handle: the handle is still the channel's, an ordinary word is not")
    func labelIsBeforeHandle() {
        expectVerdict("Kakao ID is lee0420, message me there", true)
        expectVerdict("LINE ID is shop_yuki for photos", true)
        expectVerdict("My Instagram account is closed, order here", false)
        expectVerdict("My WhatsApp number is broken, ask in the app", false)
    }

    @Test("a sound-alike whose first character ends the word before it is that word: 全部经平台 is not 不经平台, while 部经平台 alone still is")
    func soundAlikeEndingWordBefore() {
        expectVerdict("不做面交，全部经平台寄出", false)
        expectVerdict("大部分经平台发货，少数厂家直发", false)
        expectVerdict("价格好说，部经平台的话再便宜点", true)
    }

    @Test("a question fronted as the topic of 好多人问 is answered by the next clause in the speaker's voice; a cue of saying followed by 的 and a pointing word names a thing, reporting no words")
    func askedTopicAndSaidAttributive() {
        expectVerdict("做的辣椒酱好多人问，方式在我主页背景上", true)
        expectVerdict("好多人问，他们说加了卖家微信便宜", false)
        expectVerdict("场控：主播说的那个地方大家都知道，去那边更便宜", true)
        expectVerdict("主播说的那个颜色在三号链接", false)
        expectVerdict("他说的那个微信号我加了，是骗子", false)
        expectVerdict("主播说加微信更便宜，我没加", false)
    }

    @Test("a visit with the order sent back to the platform in its sentence (到门店体验，看好了再回直播间拍) stays here; told not to go back, or a contact handed over, it does not")
    func visitThenOrderedHere() {
        expectVerdict("同城的朋友可以到我们门店来体验，看好了再回直播间拍", false)
        expectVerdict("同城的朋友可以到我们门店来体验", true)
        expectVerdict("到店里来看，看好了直接付现金，不用回直播间拍", true)
        expectVerdict("加我微信看实拍，看好了再回直播间拍", true)
    }

    @Test("words that open on a past time (上次给你的那个号) are read without running past their own start: the reading once trapped here")
    func wordsOpeningOnAPastTime() {
        expectVerdict("回复@小雨：上次给你的那个号还能用，直接加", true)
        expectVerdict("上次给你的那个号还能用", true)
        expectVerdict("刚才给你的优惠券还能用，直接拍", false)
    }

    @Test("lines that once trapped the reader, found by fuzzing: a negation inside a word right at the words (差不多), and a list comma looked for between two characters read from one written word (wx as 微信)")
    func fuzzedTraps() {
        expectVerdict("差不多的拼的，我建了个群，群号 60228173", true)
        expectVerdict("你们，你们就是在那个，那个咸鱼上搜我们，搜翡翠阿强，就能找到wx", true)
    }

    @Test("Brazilian Portuguese: no inside an invitation (chama no zap, entra no nosso grupo) is 'in the', not a refusal; não still refuses", arguments: [
        ("Chama no zap pra fazer seu pedido", true), ("Entra no nosso grupo VIP do Telegram", true), ("Segue lá no insta @loja_da_mari", true),
        ("Não vendemos no Mercado Livre, só aqui", false), ("nunca chama no zap de estranhos, é golpe", false),
        ("no whatsapp please, chat here", false),
    ])
    func portugueseNoInsideInvitation(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("what a pointer shows, named after the shape it is written in (字母加数字是款号), is that thing; named as the speaker's own, a contact", arguments: [
        ("盒子侧面那几个字母加数字是款号", false), ("包装上那几个字母加数字是货号，按货号搜就行", false),
        ("包装上那几个字母加数字就是我的号，加的时候备注", true),
    ])
    func shapeThenWhatItIs(text: String, violation: Bool) {
        expectVerdict(text, violation)
    }

    @Test("是 叫 为 right after a channel's name says what its account is, as a colon does: letters alone ending the phrase are the handle; a product line, a word of the rules or letters running into words are not", arguments: [
        ("薇信是 MeiMeiHome", true), ("企鹅号叫 sunnyday 记得备注", true), ("我的v为 xiaotao，来", true),
        ("这个V是Vision系列的旗舰", false), ("微信是WeChat的中文名", false), ("v是 very good 的意思", false),
    ])
    func identityLinkLabelsHandle(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a handle dictated in pieces: hyphens around a spelled underscore, 然后 or 后面跟 between the pieces, 连着写 closing it up", arguments: [
        ("薇：m-a-o-下划线-d-o-u", true), ("v：mao 然后 dou 然后 99", true), ("扣扣：abc 后面跟 7788", true),
        ("微信：mao dou 99 连着写", true), ("v：mao 接 dou 接 99", true), ("尺码：m 然后 l 都有", false),
    ])
    func handleDictatedInPieces(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("what the shop's automatic reply sends is sent through the platform; the same list sent in private is not", arguments: [
        ("点客服回复1，自动发你价目表", false), ("在客服窗口发送“报价”，系统自动发你报价单", false),
        ("扣个1，私发你价目表", true),
    ])
    func automaticReplyIsThePlatforms(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("the buyer told not to go through the platform, by its name or not, leaves it; told to stay is not", arguments: [
        ("下次别走淘宝了，直接找我", true), ("续费不要走平台，我给你便宜", true),
        ("下次也走淘宝，售后有保障", false), ("宝宝们别走开，下一个链接马上上", false),
    ])
    func toldNotToGoThroughThePlatform(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("a pointer ending in 是 whose next words say what the digits are (后四位是批号) names no contact; said to be the number, it does", arguments: [
        ("包装上的编码，后四位是批号", false), ("瓶底印着一串数字，后四位是生产日期", false),
        ("号码的前三位 139，后四位是 5521", true),
    ])
    func pointerExplainedAsNoContact(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a visit to look over the goods with the order then placed on the platform by its name stays here; a code scanned to collect an order at a pick-up point is the pick-up's; payment in a cryptocurrency leaves", arguments: [
        ("可以来店里看货，看完再在拼多多拍", false), ("到了自提点扫码取货就行", false),
        ("海外客户可以转U，到账发货", true), ("支持比特币付款", true), ("U盘和读卡器一起拍有优惠", false),
    ])
    func visitsPickupsAndCrypto(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a word naming the token between an invitation and it (加个关注，款号是…) makes it that thing; a range of days (周一到周五) is no visit", arguments: [
        ("加个关注哦，货号是 ab_2024x", false), ("客服在线时间周一到周五（周末店里休息）", false),
        ("加个客服 号是 ab_2024x", true),
    ])
    func tokensNamedAndDayRanges(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("QQ's group cut to 扣群; the way to view placed in a counted picture; the buyer's number asked for because the platform's messages go unread", arguments: [
        ("球友扣群 前五位 60412 后四位 7731", true), ("看车方式在第三张图右下角", true), ("手机号发我一下，平台这边我很少上", true),
        ("看车时间在第三张图右下角", false), ("手机号发我一下，物流要用", false),
    ])
    func groupsPicturesAndUnreadMessages(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a sum in Chinese numerals with its unit sent to the speaker, or money sent onto the speaker's card by the bank's short name, leaves the platform; a link forwarded does not", arguments: [
        ("季卡转我三千就行", true), ("先转五百定金，我给你留货", true), ("你直接打到我招行卡上", true),
        ("链接转我一下，我看看", false), ("转我一个同款链接", false),
    ])
    func sumsAndCards(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("a name in quotation marks on another platform, described right after the closing mark as not the speaker's (…叫“某某”的都不是我), is disowned; everything else said to be fake vouches for the speaker's own number", arguments: [
        ("我只在这里开店，别的平台叫“阿敏小铺”的都不是我", false), ("认准我电话 幺三九 幺幺二八 零七零七 别的都是假的", true),
        ("别的平台搜“阿敏小铺”就是我", true),
    ])
    func quotedNameDisownedAndOthersFake(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("an app left unnamed but said to be another one (资料在另一个APP) is elsewhere; a meeting with the money still paid here stays here", arguments: [
        ("完整版在另一个APP，搜我名字", true), ("来门店找我，当面签合同，钱还是在这里下单付", false),
    ])
    func anotherAppAndStillHere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a number read backwards on the cue 倒着念 is read; one the text names as no contact's (订单号) stays that reversed", arguments: [
        ("记一下我的号 倒着念：一二三四 五六七八 一三一", true), ("快递单号倒着念是：4433 2200 831，别输错", false),
    ])
    func readBackwardsAloud(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("the platform itself called only a display leaves it, however the sentence goes on; a picture for display only does not; a number sprayed on a vehicle is placed there", arguments: [
        ("看中了现金提货，抖音上只做展示", true), ("这里只是展示，想要的另外说", true), ("图片仅做展示，颜色以实物为准", false),
        ("师傅电话在货车上喷着，看视频", true), ("车牌在货车上喷着，看视频", false),
    ])
    func displayOnlyAndSprayedNumbers(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .kuaishou)
    }

    @Test("Japanese is read as Japanese: a DM asked for on another app, another marketplace said to be cheaper, a hand-over or a payment not through the app leave; the same words about the shop's own chat, a fake there or a parcel do not", arguments: [
        ("ご質問はインスタのDMでお願いします", true), ("ラクマの方が安く出しています", true), ("大阪なら手渡しもできます、現金でお願いします", true),
        ("アプリは通さずに直接送金してください", true), ("連絡先はプロフに書いてあります", true),
        ("ご質問は店舗のチャットでお願いします", false), ("ラクマの偽物に注意してください", false), ("大阪なら翌日お届けできます", false),
        ("メルカリで買ったものではありません", false),
    ])
    func japaneseRead(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("Russian is read as Russian: a messenger, another marketplace cheaper, cash at a meeting or a card transfer leave; the shop's own chat, payment in the app and goods direct from the maker do not", arguments: [
        ("Для заказа пишите в телеграм", true), ("На авито дешевле, ищите магазин", true), ("Только оплата наличными при встрече", true),
        ("Скиньте на карту сбера, и я отправлю", true),
        ("Для заказа пишите в чат магазина", false), ("Оплата только в приложении, доставка курьером", false),
        ("Товар напрямую от производителя", false),
    ])
    func russianRead(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("Korean phrases: LINE by way of it, a marketplace listed too or cheaper there, met or paid outside the app; a neckline, a warning about fakes there and payment in the app stay clean", arguments: [
        ("연락은 라인으로 주세요", true), ("당근마켓에도 있어요", true), ("지하철역에서 만나서 거래 가능해요", true),
        ("네크라인이 예쁜 원피스예요", false), ("번개장터 가품 조심하세요", false), ("앱에서 결제하면 쿠폰 드려요", false),
    ])
    func koreanPhrases(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("'there' said to be cheaper for what is done there sends the reader there; those who worry, addressed, are no warning; the deal said to go through the platform too stays here", arguments: [
        ("以后都去那边拍更划算", true), ("担心的可以见面交易，现金给我，不走平台", true), ("不放心的可以货到付款，到了现金给我，不走平台", true),
        ("大单私聊，价格另算，也是走平台下单", false), ("别去那边买，那边不会更便宜", false),
    ])
    func thereCheaperAndWorriers(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("the deal taken off the app in English leaves; a visit booked on the platform too at its price, an order placed online and collected, and the shop's own group-buy price stay here", arguments: [
        ("let's take this off the app, text me", true), ("民宿那边也能在平台订，报我名字送早餐，和平台一个价", false),
        ("附近的可以来店自提，线上下单后凭订单拿", false), ("店铺首页有活动，店铺团购更便宜", false),
    ])
    func offTheAppAndOrderedHere(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("digits spaced around a dot stay one number", arguments: ["重新加我号 1 5 8 . 2 2 7 6 . 9 9 0 1 买"])
    func spacedDigitsWithDots(text: String) {
        #expect(signals(text, platform: .taobao).contains(.phone), "\(text) → \(signals(text, platform: .taobao))")
    }

    @Test("a sound-alike that is an allowed word itself is that word: 尾号 (a number's last digits) is no 微号, which still invites")
    func soundAlikeAllowedWord() {
        #expect(!signals("卡尾号 5201314 的那张还在", platform: .taobao).contains(.wechat))
        #expect(signals("想要的加我微号 kapai_88", platform: .taobao).contains(.wechat))
    }

    @Test("phone numbers offered for sale are goods, the next in their list too; a number after a contact word is still a phone", arguments: [
        ("在售号码：13811112222、13933334444，实名可过户", false), ("号码资源私聊，电话 13811112222", true),
    ])
    func numbersForSale(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("letters said by their names in Chinese sounds spell the channel (威 爱克斯 for wx); the letter's name alone is no channel", arguments: [
        ("有问题威 爱克斯 hangmo_zhang", true), ("有问题达不溜爱克斯 hangmo_zhang", true), ("这款是 X 系列的，爱克斯造型很酷", false),
    ])
    func lettersNamedInChinese(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("a shop to come to is served by the platform's order anywhere in its sentence; a cash deal there is not", arguments: [
        ("周末可以来我们线下店逛逛，线上拍的也能到店自提", false), ("周末可以来我们线下店逛逛，现金交易更便宜", true),
        ("平台预约只占号，费用可以线下结算", true),
    ])
    func placeServedByOrder(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("what a pointer shows, said after to be someone's shop on the platform itself, stays here; unsaid and pointing at something to tap on the profile leaves", arguments: [
        ("预约方式我放在笔记最后一张图了，是他们小红书店铺", false), ("预约方式我放在笔记最后一张图了", true),
        ("价格这里不方便说，主页有个小绿标，点进去找我", true),
    ])
    func pointerOwnedOnPlatform(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("help with a problem, allowed as after-sales, that then says not to order takes the deal to the speaker", arguments: [
        ("以后有问题直接找我，不用拍链接", true), ("以后有问题直接找我，质量问题包退", false),
    ])
    func helpThenNoOrder(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a visit is served by the fee paid in the platform's group-buy or the goods ordered in the online shop after trying them; told not to order there, it is not", arguments: [
        ("来我们店里当面说情况，费用还是在团购里拍", false, Platform.douyin), ("来我们店里，别在团购里拍了，现金便宜", true, .douyin),
        ("北京的可以来我们工作室试穿，试完在店里拍下就行", false, .taobao), ("北京的可以来我们工作室试穿，试好了在店铺拍", false, .taobao),
    ])
    func visitServedByGroupBuyOrShop(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a code said to be on the profile's background, a handle sent in a private message, and a spaced handle with the spaces to remove are pointed at; a model number's spaces are not", arguments: [
        ("主页背景图有个码，懂的扫", true), ("想要的扣1，我私你发v", true), ("薇 lan lan 九 九，记得去掉空格", true),
        ("主页背景图是新品海报", false), ("型号：YD 88，空格去掉就是货号", false),
    ])
    func codeOnProfileSentAndSpacedHandles(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("the listing platform itself, by name, said to cost more than what the speaker offers takes the deal off it; denied, it does not", arguments: [
        ("来画室直接付，比小红书下单便宜三十", true), ("这里不比小红书下单便宜", false), ("小红书下单比别处便宜", false),
    ])
    func cheaperThanThePlatformByName(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .xiaohongshu)
    }

    @Test("a visit with the order then placed on the platform by its own name stays here; told not to, or a payment made on the way, does not; a handle spelled in halves after its channel is given", arguments: [
        ("设备可以来仓库看，看中了在淘宝拍就行", false), ("设备来厂里看，不用在淘宝拍，现金结", true),
        ("定制的定金转我支付宝就行，剩下的在淘宝拍", true), ("微信前面是 mumu 后面是 88", true),
    ])
    func visitOrderedOnOwnNameAndHandleInHalves(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .taobao)
    }

    @Test("v to receive something there after an invitation, and a handle spelled syllable by syllable after a label's colon, are handles; English words running on are not", arguments: [
        ("好评返现的亲加店长 V 领取红包：kf_mm01", true, Platform.tmall), ("微信：li na 6 6 8", true, .kuaishou), ("wei xin: li na 6 6 8", true, .kuaishou),
        ("V：xiaolu skip the line: order in the shop", false, .kuaishou),
    ])
    func receiveByVAndSyllableHandles(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("another marketplace named cheaper, then here chosen by a word for here, stays here; a third party's deed told by the buyer and refused is discussion; a dealer's authorisation checked on the brand's site is no road to a sale", arguments: [
        ("京东上同款便宜一半，不过我怕假，还是在旗舰店买放心", false, Platform.tmall), ("客服私下加我微信让我删差评，给二十块，我拒绝了", false, .tmall),
        ("本店为品牌授权经销商，授权书编号 SQ-2026-0001，可在品牌官网 www.brand-demo.com 授权查询页输入编号查询", false, .taobao),
        ("更多款式在官网 www.brand-demo.com，可输入编号查询真伪", true, .taobao),
    ])
    func hereChosenThirdPartyToldAndSiteChecked(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a buyer's request in a transcript turned down in the seller's turn is refused; granted with a handle, it is not", arguments: [
        ("买家：能加个微信吗？客服：抱歉亲，平台不让加微信，有事在这里说", false), ("买家：能加个微信吗？客服：可以，kf_wx01", true),
    ])
    func transcriptRequestRefused(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .pinduoduo)
    }

    @Test("the profile's background pointed at with a wink leaves; a brand's labelled service line and a better price for the shop's own order do not; a better price for paying offline does", arguments: [
        ("想要内部价的看主页背景，你懂的", true, Platform.kuaishou), ("品牌客服热线 400-820-1234 周一至周五", false, .taobao),
        ("想约的私信我 店铺下单更便宜 新人立减", false, .xiaohongshu), ("想约的私信我 线下付更便宜", true, .xiaohongshu),
    ])
    func winkBrandLineAndShopPrice(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("WeChat written backwards with the reader told to turn it round, not easily said here then the avatar, and the speaker's private group are diversion; the instruction alone is not", arguments: [
        ("21yxl 信微 过来反", true, Platform.douyin), ("这个 过来反 就对了", false, .douyin),
        ("价格这里不好说，恁看俺头像，头像上有", true, .kuaishou), ("以后新款先发我的私人群，想进的私我", true, .xiaohongshu),
    ])
    func reversedUnsaidAndPrivateGroup(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("payment through the speaker's company account, the group-buy said to be only the lure, and not ordering each time are diversion; a buyer's company paying by transfer is not", arguments: [
        ("开票的话走我们公司账户，合同我发你", true, Platform.pinduoduo), ("合同能在平台上签吗，我们公司要走对公付款", false, .taobao),
        ("场地布置完现场结就行，团购就是引流的", true, .douyin), ("包年的直接找我，不用每次在快手拍", true, .kuaishou),
    ])
    func companyAccountLureAndEachTime(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("the profile pointed at for the platform's own shop stays here, as does this platform judged the better place after another's", arguments: [
        ("想要更便宜套餐的看我主页团购", false, Platform.douyin), ("想要更便宜套餐的看我主页的橱窗", false, .douyin),
        ("想要便宜的看我主页，有渠道", true, .douyin), ("美团上约的师傅没来，还是快手上这家靠谱", false, .kuaishou),
    ])
    func profileShopAndJudgedBetter(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("the voucher said not to be bought again, with a discount without it, is diversion; a commission earned is a benefit, not the platform's fee given as a reason", arguments: [
        ("续住的话不用再买团购，前台直接付，便宜五十", true, Platform.douyin), ("推广员招募中，有意向的私信我，推广有佣金", false, .pinduoduo),
        ("做指甲的私聊我，平台这边扣佣金太多", true, .pinduoduo),
    ])
    func voucherAgainAndCommission(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a messenger named in a clause of its own, then how its account is spelled, is a handle dictated in pieces; a list of payment apps or a note to add is not", arguments: [
        ("记一下，薇心，名字拼音，后面加八八", true, Platform.douyin), ("付款方式：微信，支付宝，银行卡都可以", false, .taobao),
        ("微信，后面加个备注就行", false, .taobao),
    ])
    func dictatedHandle(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a group of people described by 的 told to have it done is addressed, not reported; someone's own words stay a report", arguments: [
        ("不会网购的阿姨让孙子打这个电话订：幺五九，二二三三，六六七七", true), ("我阿姨让我加她微信买保健品", false),
    ])
    func groupToldToHave(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }

    @Test("a ride-hailing app, the digits after the speaker's account, and the shop said cheaper still leave; meeting up for fun and teaching in person do not", arguments: [
        ("要约就在哈啰顺风车上找我", true, Platform.kuaishou), ("价格不好在这说，看我快手号后面那几个数字", true, .kuaishou),
        ("欢迎来我们实体店试听，店里买不用运费，还能便宜", true, .taobao), ("同城的可以一起约线下玩，周末有个聚会", false, .xiaohongshu),
        ("下单后我可以当面教你怎么用", false, .xiaohongshu), ("同城可以当面交易", true, .xiaohongshu),
    ])
    func rideAppDigitsShopAndMeetups(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("not to be written here, then the shop's avatar, leaves; a brand's pickup line, the card issuer's line, this platform judged cheaper or chosen this time, and goods viewed then ordered here do not", arguments: [
        ("底价这里不能写，看店铺头像就知道了", true, Platform.taobao), ("提货请拨打品牌提货热线 400-820-3344 预约日期", false, .taobao),
        ("拼多多上有同款，比了一下还是淘宝这家划算", false, .taobao), ("余额查询打卡背面的客服电话", false, .xiaohongshu),
        ("携程上租的房车太旧了，这次在快手找的这家，很新", false, .kuaishou), ("仓库可以来看货，看中了在拼多多拍就行", false, .pinduoduo),
        ("仓库可以来看货，看中了现场付款拉走", true, .pinduoduo),
    ])
    func chosenHereAndServiceLines(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("code-switched offers (same name, link in bio, cash 更便宜, PayPal with no order here) and a warning that ends in 'whoever wants it, message me' leave; the bio link said to be the shop tab does not", arguments: [
        ("别在平台买了，被坑了好几次，想要的私我给你推荐", true, Platform.xiaohongshu),
        ("You can pay via PayPal to my email. No need to order on Taobao.", true, .taobao), ("淘宝 same name，那边 price 更 nice", true, .douyin),
        ("link in bio，点进去 order 更便宜", true, .douyin), ("link in bio is the shop tab on this profile", false, .xiaohongshu),
        ("来 store 拿，cash 更便宜", true, .douyin),
    ])
    func codeSwitchedAndWarningPitch(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("a complaint kept off the platform, a promise to tell how to find the speaker, and a group set up apart from the fan group leave; a warning inside a co-occurrence still warns", arguments: [
        ("麻烦您留一个电话，就不要在平台投诉了", true, Platform.pinduoduo), ("私信我，我告诉你怎么找到我", true, .kuaishou),
        ("粉丝团人太多了，我们另外建了个小群，想进的私我", true, .kuaishou), ("包裹内附售后卡，售后问题请在订单页申请，勿信卡外联系方式", false, .kuaishou),
    ])
    func complaintKeptOffAndOtherGroup(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("another marketplace doubted in the same breath, the speaker's own habit, a number referred back to and a ride taken are told, not offered", arguments: [
        ("京东 price 更低但是怕 fake", Platform.douyin), ("我现在都去得物买，鉴定完才发货", .xiaohongshu),
        ("你说的那个 13877665544 我也接到过", .xiaohongshu), ("在嘀嗒出行上约的车，司机很准时", .douyin),
    ])
    func doubtedHabitReferredAndRideTaken(text: String, platform: Platform) {
        expectVerdict(text, false, platform: platform)
    }

    @Test("offers in Malay, Indonesian, Cantonese, Japanese and code-switched English leave (cash given at a meeting, a transfer straight to the account, an IG account to check, a WhatsApp group, xhs to search, an inner price, the speaker's shop there, another marketplace listed); a city's letters, a fans' meet-up and a group complained of do not", arguments: [
        ("PJ 的可以见面给 cash", true, Platform.taobao), ("Bayar langsung ke rekening saya ya", true, .taobao),
        ("Cek IG kami @tokoku.id untuk promo", true, .taobao), ("團購 WhatsApp 群組，想入嘅留言", true, .douyin),
        ("眼影试色 xhs 更全，search 小林美妆", true, .douyin), ("这个 palette 我有 inner price，dm 我", true, .douyin),
        ("tb 有我的店，那边也能买", true, .douyin), ("ヤフオクにも同じものを出品しています", true, .xiaohongshu),
        ("KL 的下单以后集运五天到", false, .taobao), ("同城 fans meet up 周六见，免费参加", false, .douyin),
        ("WhatsApp 群組好煩，成日有人賣嘢", false, .douyin),
    ])
    func otherLanguagesAndCodeSwitching(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("cash offered for the goods, not easily written then the avatar, a companion app, a fee settled in WeChat, the signature on the speaker's account and elsewhere said to be safe leave; prices stated after the bio and a WeChat chain in a parents' group do not", arguments: [
        ("旧家具也可以卖给我，现金收", true, Platform.pinduoduo), ("价格不好写，看我头像上的字", true, .pinduoduo),
        ("陪练来比心找我，id：yu_play", true, .douyin), ("费用最后一次微信结", true, .kuaishou),
        ("价格这里不好说，看我快手签名", true, .kuaishou), ("官方旗舰店在京东，去那边买有保障", true, .douyin),
        ("价格表在简介里写了，换弦 50，调琴 150", false, .xiaohongshu), ("学校的家长群通知说现在都是微信接龙交钱了", false, .douyin),
    ])
    func cashSettledAndStatedPrices(text: String, violation: Bool, platform: Platform) {
        expectVerdict(text, violation, platform: platform)
    }

    @Test("another marketplace said cheaper, its goods then doubted in the next clause, sends no one; with a search there it does", arguments: [
        ("网上 1688 上原料便宜，但是质量参差不齐，还是找总部", false), ("原料在 1688 上更便宜，搜“茶小二原料”", true),
    ])
    func cheaperThenDoubted(text: String, violation: Bool) {
        expectVerdict(text, violation, platform: .douyin)
    }
}

/// Whether `text` comes out as a violation or clean as expected, naming what was found when not.
func expectVerdict(_ text: String, _ violation: Bool, platform: Platform = .douyin, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = signals(text, platform: platform)
    #expect(!found.isEmpty == violation, "\(text) → \(found)", sourceLocation: sourceLocation)
}
