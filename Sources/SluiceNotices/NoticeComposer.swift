import Foundation
import SluiceModel

/// Writes the Chinese notice for a decision: the rule, the evidence with contact details
/// masked, the actions, and the appeal deadline.
package enum NoticeComposer {
    /// The notice for a decision about one listing revision.
    package static func notice(header h: Header, findings: [Finding], decision: Decision, now: Double) -> Notice {
        var lines: [String] = []
        lines.append("您好，您在\(platformName(h.platform))发布的内容（编号 \(h.listingID)，版本 \(h.revision)）经检测涉嫌违反《\(decision.policy)》（规则版本 \(decision.policyVersion)）。")
        let evidence = findings.filter(\.counts)
        if !evidence.isEmpty {
            lines.append("违规证据：")
            for f in evidence.prefix(5) {
                lines.append("· \(signalName(f.signal))：“\(Masking.mask(f))”（\(sceneName(f.scene))）")
            }
        }
        lines.append("违规程度：\(severityName(decision.severity))；本自然年（\(decision.naturalYear)年）累计违规 \(decision.countAfter) 次。")
        if let exempt = decision.exempt {
            lines.append("本次不予处罚：\(exempt)。")
        } else {
            lines.append("处理措施：" + decision.actions.map(actionName).joined(separator: "；") + "。")
            if let deadline = decision.appealDeadline {
                lines.append("如有异议，请于 \(deadline)（北京时间 \(beijing(deadline))）前提出申诉。")
            }
        }
        let kind: Notice.Kind = decision.exempt == nil ? .penalty : .advisory
        return Notice(noticeID: Notice.id(decisionID: decision.decisionID, kind: kind), decisionID: decision.decisionID,
                      listingID: h.listingID, revision: h.revision, merchantID: h.merchantID, kind: kind,
                      title: kind == .penalty ? "违规处罚通知" : "违规提醒", body: lines.joined(separator: "\n"), createdAt: now)
    }

    /// A correction after an overturned appeal.
    package static func correction(decision: Decision, merchantID: String, listingID: String, revision: Int, note: String?,
                                   now: Double) -> Notice {
        var body = "您好，您对内容（编号 \(listingID)）处罚决定 \(decision.decisionID) 的申诉已通过，原处理措施（"
            + decision.actions.map(actionName).joined(separator: "；") + "）已撤销，本次违规不再计入\(decision.naturalYear)年累计次数。"
        if let note, !note.isEmpty { body += "\n说明：\(note)" }
        return Notice(noticeID: Notice.id(decisionID: decision.decisionID, kind: .correction), decisionID: decision.decisionID,
                      listingID: listingID, revision: revision, merchantID: merchantID, kind: .correction,
                      title: "申诉结果通知：处罚已撤销", body: body, createdAt: now)
    }

    /// `2026-11-29 15:00` in Beijing time (UTC+8, no daylight saving).
    static func beijing(_ iso: String) -> String {
        guard let epoch = Timestamp.parse(iso) else { return iso }
        var t = time_t(epoch + 8 * 3600)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }

    package static func platformName(_ p: Platform) -> String {
        switch p {
        case .douyin: "抖音"
        case .xiaohongshu: "小红书"
        case .taobao: "淘宝"
        case .tmall: "天猫"
        case .wechatChannels: "视频号"
        case .kuaishou: "快手"
        case .pinduoduo: "拼多多"
        }
    }

    static func signalName(_ s: Signal) -> String {
        switch s {
        case .wechat: "微信联系方式"
        case .qq: "QQ联系方式"
        case .phone: "电话号码"
        case .email: "电子邮箱"
        case .otherApp: "其他通讯软件"
        case .qrCode: "站外二维码"
        case .platform: "引导至第三方平台"
        case .link: "站外链接或口令"
        case .offlineTrade: "诱导私下/线下交易"
        case .privateGroup: "诱导加入站外社群"
        }
    }

    static func sceneName(_ s: Scene) -> String {
        switch s {
        case .title: "标题"
        case .detail: "详情页"
        case .sku: "SKU"
        case .imageOCR: "图片"
        case .comment: "评论"
        case .reviewReply: "评价回复"
        case .liveChat: "直播间弹幕"
        case .liveSpeech: "直播口播"
        case .note: "笔记"
        case .chat: "客服聊天"
        case .packageCard: "包裹卡"
        case .profile: "主页资料"
        }
    }

    static func severityName(_ s: Severity) -> String {
        switch s {
        case .none: "无"
        case .general: "一般"
        case .serious: "严重"
        case .especiallySerious: "特别严重"
        }
    }

    package static func actionName(_ a: Action) -> String {
        switch a.kind {
        case .warning: "警告"
        case .deductDeposit: "扣除保证金 \(a.amountCNY ?? 0) 元"
        case .requireDeposit: "缴纳信用保证金 \(a.amountCNY ?? 0) 元"
        case .fine: "违约金 \(a.amountCNY ?? 0) 元"
        case .suspend: "停业整顿 \(a.days ?? 0) 天"
        case .removeFromPlatform: "清退"
        case .delist: "商品下架"
        case .searchDemotion: a.days.map { "搜索降权 \($0) 天" } ?? "搜索降权"
        case .freezePayouts: a.days.map { "冻结货款 \($0) 天" } ?? "冻结货款"
        case .restrictPermissions: a.days.map { "限制权限 \($0) 天" } ?? "限制权限"
        case .closeProductSharing: "关闭商品分享权限"
        case .deductPoints: "扣 \(a.points ?? 0) 分"
        case .deleteListing: "删除商品"
        case .shieldShop: a.days.map { "屏蔽店铺 \($0) 天" } ?? "屏蔽店铺"
        case .restrictPublishing: a.days.map { "限制发布商品 \($0) 天" } ?? "限制发布商品"
        case .closeShop: "永久关闭店铺"
        }
    }
}
