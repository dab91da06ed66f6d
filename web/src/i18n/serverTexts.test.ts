import { describe, expect, it } from 'vitest';
import { lang } from '.';
import { auditDetail, decisionReason, escalationDetail, evidenceDetail, fieldMessage, inZone, skipReason, timelineDetail } from './serverTexts';

// Each sample below is a sentence as the service writes it (lead-service's Collision, transaction-service's Deal).

const names: Record<string, string> = { 'user-owner': '李娜', 'user-second': '王强' };
const who = (id: string) => names[id] ?? id;

describe('LEAD-5: a collision\'s evidence and the rule\'s decision in Chinese', () => {
  it('says each kind of evidence in Chinese, the service\'s sentence under the English switch', () => {
    lang.value = 'zh';
    expect(evidenceDetail('REGISTERED', 'registered, source WALK_IN')).toBe('登记，来源：来访');
    expect(evidenceDetail('FOLLOW_UP', 'PHONE, effective, protected until 2026-12-20')).toBe('电话，有效跟进，保护期延至 2026-12-20');
    expect(evidenceDetail('FOLLOW_UP', 'VISIT, not effective, corrects fu-1')).toBe('到访，无效跟进，更正 fu-1');
    expect(evidenceDetail('PROTECTION_WINDOW', 'protected from 2026-12-06 until 2026-12-13 (released)'))
      .toBe('保护期 2026-12-06 至 2026-12-13（已释放）');
    expect(evidenceDetail('SECOND_REGISTRATION', 'registered the same mobile')).toBe('登记了同一手机号');
    expect(evidenceDetail('SECOND_REGISTRATION', 'registered the mobile of the SPOUSE linked to the lead as the same customer (LEAD-6)'))
      .toBe('登记了与该客户关联为同一客户的配偶的手机号（LEAD-6）');
    lang.value = 'en';
    expect(evidenceDetail('REGISTERED', 'registered, source WALK_IN')).toBe('registered, source WALK_IN');
    lang.value = 'zh';
  });

  it('names the people of the decision and keeps a sentence of a shape it does not know as written', () => {
    lang.value = 'zh';
    expect(decisionReason('LEAD-5: the earlier registration by user-owner (2026-12-01) was protected until 2026-12-13 '
      + 'when user-second registered the customer on 2026-12-06', who))
      .toBe('LEAD-5：李娜 于 2026-12-01 的登记在保护期内（至 2026-12-13），王强 于 2026-12-06 再登记，由先登记者跟进');
    expect(decisionReason('LEAD-5: the earlier registration by user-owner was no longer protected (until 2026-12-01) '
      + 'when user-second registered the customer on 2026-12-06', who))
      .toBe('LEAD-5：李娜 的登记已过保护期（至 2026-12-01），王强 于 2026-12-06 登记，由后登记者跟进');
    expect(evidenceDetail('SOMETHING_NEW', 'a new kind of evidence')).toBe('a new kind of evidence');
  });
});

describe('DEAL-7 and a deal\'s timeline in Chinese', () => {
  it('says the escalation list\'s entries in Chinese', () => {
    lang.value = 'zh';
    expect(escalationDetail('the down payment 910000.00 was due on 2026-12-01 and is not paid (5 days overdue)'))
      .toBe('首期款 910000.00 元应于 2026-12-01 付清，尚未付（逾期 5 天）');
    expect(escalationDetail('the hold on unit 3-1801 lapses at 2026-12-06 18:00 and no formal deposit is in'))
      .toBe('房号 3-1801 的锁定将于 2026-12-06 18:00 到期，尚未收到正式定金');
    expect(escalationDetail('cheque 10250001 (正式定金 50000.00) bounced: 余额不足; receipt BJ-2026-000003 voided, the money is due again'))
      .toBe('支票 10250001（正式定金 50000.00 元）退票：余额不足；收据 BJ-2026-000003 已作废，该款项需重新收取');
  });

  it('says the timeline\'s money steps in Chinese with their figures', () => {
    lang.value = 'zh';
    expect(timelineDetail('PAYMENT_ENTERED', '正式定金 50000.00 by 银行转账, waiting for a second staff member'))
      .toBe('正式定金 50000.00 元，银行转账，等待第二人确认');
    expect(timelineDetail('RECEIPT_ISSUED', 'receipt BJ-2026-000001: 正式定金 50000.00 (人民币伍万元整), 银行转账; '
      + 'received by u-finance, confirmed by u-pm'))
      .toBe('收据 BJ-2026-000001：正式定金 50000.00 元（人民币伍万元整），银行转账；收款人 u-finance，确认人 u-pm');
    expect(timelineDetail('DEAL_OPENED', 'unit 3-1801 confirmed available, list price 3765432.00'))
      .toBe('销控确认房号 3-1801 可售，表价 3765432.00 元');
    expect(timelineDetail('UNIT_HELD', 'sales control holds unit 3-1801 until 2026-12-07 18:00 (Asia/Shanghai)'))
      .toBe('销控锁定房号 3-1801 至 2026-12-07 18:00 (Asia/Shanghai)');
    expect(timelineDetail('UNIT_HELD', 'sales control holds unit 3-1902 until 2026-12-08 09:13:01 UTC', 'Asia/Shanghai'))
      .toBe('销控锁定房号 3-1902 至 2026-12-08 17:13');
    expect(inZone('lapsed at 2026-12-31 16:30 UTC', 'Asia/Shanghai')).toBe('lapsed at 2027-01-01 00:30');
    expect(timelineDetail('DOWN_PAYMENT_DUE_DATE_SET', 'down payment due on 2027-01-05')).toBe('首期款应于 2027-01-05 付清');
    expect(timelineDetail('MORTGAGE_PROGRESS', 'commercial loan: approved')).toBe('commercial loan: approved');
    expect(timelineDetail('DEAL_OPENED', null)).toBe('');
  });

  it('says the timeline\'s later steps in Chinese: subscription, mortgage, cheques, refunds, change orders, cancellation', () => {
    lang.value = 'zh';
    expect(timelineDetail('SUBSCRIPTION_DRAFTED', 'price 2980000.00, deposit 50000.00, down payment 910000.00, commercial '
      + 'loan of 2020000.00; waiting for the PM\'s review'))
      .toBe('成交价 2980000.00 元，定金 50000.00 元，首期款 910000.00 元，商业贷款 2020000.00 元；等待项目经理审核');
    expect(timelineDetail('MORTGAGE_APPOINTMENT_SET', '招商银行, 滨江支行 2 楼, 2026-12-20 02:00:00 UTC; bring 身份证, 户口本',
      'Asia/Shanghai')).toBe('按揭面签：招商银行，滨江支行 2 楼，2026-12-20 10:00；携带：身份证, 户口本');
    expect(timelineDetail('MORTGAGE_APPOINTMENT_RESCHEDULED', 'moved from 2026-12-20 02:00:00 UTC to 招商银行, 滨江支行, '
      + '2026-12-22 06:30:00 UTC', 'Asia/Shanghai')).toBe('按揭面签由 2026-12-20 10:00 改至：招商银行，滨江支行，2026-12-22 14:30');
    expect(timelineDetail('MORTGAGE_PROGRESS', 'housing fund loan: funds disbursed on 2027-01-15'))
      .toBe('公积金贷款：2027-01-15 已放款');
    expect(timelineDetail('CHEQUE_BOUNCED', 'cheque 10250001 bounced: 正式定金 50000.00 is due again (余额不足)'))
      .toBe('支票 10250001 退票：正式定金 50000.00 元需重新收取（余额不足）');
    expect(timelineDetail('RECEIPT_VOIDED', 'receipt BJ-2026-000003 voided: deal cancelled: the buyer withdrew'))
      .toBe('收据 BJ-2026-000003 作废：交易取消：the buyer withdrew');
    expect(timelineDetail('RECEIPT_RECLAIMED', 'receipt BJ-2026-000001 reclaimed by receipt BJ-2026-000002 (正式定金)'))
      .toBe('收据 BJ-2026-000001 由收据 BJ-2026-000002（正式定金）收回');
    expect(timelineDetail('REFUND_RECORDED', '正式定金 50000.00 refunded by 银行转账')).toBe('正式定金 50000.00 元以银行转账退还');
    expect(timelineDetail('REFUND_RECORDED', '临时定金 10000.00 forfeited (office policy)')).toBe('临时定金 10000.00 元不退（本案场规定）');
    expect(timelineDetail('CHANGE_REQUESTED', 'change order requested: unit swap to 3-1902 at 3100000.00: 客户想要高楼层'))
      .toBe('申请变更：换房至 3-1902，价格 3100000.00 元：客户想要高楼层');
    expect(timelineDetail('CHANGE_APPROVED', 'price 3000000.00 → 2950000.00 (UNIT-4, approved by the PM): 老客户'))
      .toBe('调价获批：3000000.00 → 2950000.00 元（UNIT-4，项目经理批准）：老客户');
    expect(timelineDetail('CHANGE_REJECTED', 'buyer change: co-buyer 张伟 added rejected: 材料不全'))
      .toBe('变更被驳回：更名：增加共有人 张伟：材料不全');
    expect(timelineDetail('DEAL_CANCELLED', 'cancelled when deposit received: the buyer withdrew; unit 3-1801 released'))
      .toBe('交易取消（已收定金时）：the buyer withdrew；房号 3-1801 已释放');
    expect(timelineDetail('DEAL_CANCELLED', 'withdrawn when opened: 锁定未成功（UNIT-2），撤回'))
      .toBe('撤回开单（已开单时）：锁定未成功（UNIT-2），撤回');
    expect(timelineDetail('PAYMENT_DISCARDED', 'payment pay-1 never confirmed: dropped')).toBe('款项 pay-1 未经确认，已撤销');
  });

  it('says NOTE-5\'s escalations of a buyer not reached in Chinese', () => {
    lang.value = 'zh';
    expect(escalationDetail('the down payment reminder (due 2026-12-10) reached the buyer (138****5678) on no channel: '
      + 'SMS: business limit; WECHAT: not following')).toBe('首期款提醒（2026-12-10 到期）未能送达买方（138****5678）：各渠道均失败'
      + '（SMS: business limit; WECHAT: not following）');
    expect(escalationDetail('the mortgage reminder (due 2026-12-20) went out by SMS (aliyun) to 138****5678 at '
      + '2026-12-13T02:00:00Z; no delivery receipt came back', 'Asia/Shanghai'))
      .toBe('按揭面签提醒（2026-12-20 到期）已于 2026-12-13 10:00 经短信（aliyun）发至 138****5678，未收到送达回执');
  });

  it('says a field\'s validation message in Chinese', () => {
    lang.value = 'zh';
    expect(fieldMessage('must not be blank')).toBe('不能为空');
    expect(fieldMessage('size must be between 0 and 40')).toBe('长度须在 0 到 40 之间');
    expect(fieldMessage('something else')).toBe('something else');
  });
});

describe('audit logs in Chinese (identity-service\'s and lead-service\'s details)', () => {
  it('says each kind of detail in Chinese, its times in the office\'s zone', () => {
    lang.value = 'zh';
    expect(auditDetail('signed in')).toBe('登录成功');
    expect(auditDetail('wrong password, 5 consecutive failures: locked until 2026-12-06T03:00:00Z', 'Asia/Shanghai'))
      .toBe('密码错误，连续 5 次：锁定至 2026-12-06 11:00');
    expect(auditDetail('PM in office office-binjiang for user bj.pm')).toBe('项目经理（售楼处 office-binjiang），用户 bj.pm');
    expect(auditDetail('HEAD_OFFICE for user hq.li')).toBe('总部，用户 hq.li');
    expect(auditDetail('user bj.consultant3 no longer certified')).toBe('用户 bj.consultant3 取消上岗资格');
    expect(auditDetail('2 session(s) of bj.consultant1 ended')).toBe('结束 bj.consultant1 的 2 个登录会话');
    expect(auditDetail('mobile 139****5678, SMS reminders on')).toBe('手机 139****5678，短信提醒开启');
    expect(auditDetail('LEAD-8: 李娜 -> 王强; reason: 李娜离职')).toBe('LEAD-8：客户由 李娜 改派给 王强；理由：李娜离职');
    expect(auditDetail('LEAD-5 collision col-1: 李娜 -> 王强 against the rule\'s decision; reason: 客户指定'))
      .toBe('LEAD-5 撞单 col-1：不按规则判定，客户由 李娜 改给 王强；理由：客户指定');
    expect(auditDetail('something new')).toBe('something new');
    lang.value = 'en';
    expect(auditDetail('signed in')).toBe('signed in');
    lang.value = 'zh';
  });
});

describe('ROT-3..10: why a consultant was passed over, in Chinese', () => {
  it('says each skip as lead-service words it, the typed reason as typed', () => {
    lang.value = 'zh';
    expect(skipReason('declined: 午饭')).toBe('本轮放弃：午饭');
    expect(skipReason('unavailable: 带客户看样板间')).toBe('暂离：带客户看样板间');
    expect(skipReason('away from the post: moved to the end of the round')).toBe('离岗，移到本轮末尾');
    expect(skipReason('away from the post')).toBe('离岗');
    expect(skipReason('serving 2026-12-06-r3')).toBe('正在接待（2026-12-06-r3）');
    expect(skipReason('did not answer call 2026-12-06-c1 within the answer window (by 2026-12-06T02:00:15Z)'))
      .toBe('未在应答时限内接听来电');
    expect(skipReason('was no longer free for call 2026-12-06-c1')).toBe('来电时已不空闲');
    expect(skipReason('something new')).toBe('something new');
    lang.value = 'en';
    expect(skipReason('declined: lunch')).toBe('declined: lunch');
    lang.value = 'zh';
  });
});
