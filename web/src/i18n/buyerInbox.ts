// Texts of the buyers' local inbox (issue 13) and of the consultants' follow-up reminder, Chinese first;
// merged into messages.ts.
export const buyerInboxMessages = {
  zh: {
    'buyerInbox.title': '买家收到的提醒',
    'buyerInbox.link': '买家收到的提醒（本地收件箱）',
    'buyerInbox.about': '未配置短信或微信账号时，提醒投递到这里：每位买家本会收到的内容。',
    'buyerInbox.search': '手机号、成交单或内容',
    'buyerInbox.none': '还没有发给买家的提醒。',
    'buyerInbox.noOffice': '请先选择售楼处。',
    'buyerInbox.deal': '成交单 {dealId}',
    'buyerInbox.count': '{count} 条',
    'buyerChannel.SMS': '短信',
    'buyerChannel.WECHAT': '微信',
    'buyerChannel.LOCAL': '本地',
    'deliveryStatus.DELIVERED': '已送达',
    'deliveryStatus.SENT': '已发送',
    'deliveryStatus.FAILED': '失败',
    'reminderKind.FOLLOW_UP_DUE': '该跟进了',
  },
} as const;
