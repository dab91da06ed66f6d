import { describe, expect, it } from 'vitest';
import { lang } from '.';
import { decisionReason, escalationDetail, evidenceDetail, fieldMessage, inZone, skipReason, timelineDetail } from './serverTexts';

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

  it('says a field\'s validation message in Chinese', () => {
    lang.value = 'zh';
    expect(fieldMessage('must not be blank')).toBe('不能为空');
    expect(fieldMessage('size must be between 0 and 40')).toBe('长度须在 0 到 40 之间');
    expect(fieldMessage('something else')).toBe('something else');
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
