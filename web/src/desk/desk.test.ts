import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { lang } from '../i18n';
import { saidBy, withNames } from './people';
import { type Board, waitingDiscounts } from './discounts';
import { type OfficeWaiting, type PaymentView, receiptNumberOf, waitingRows, yuan } from './payments';

function payment(id: string, status: PaymentView['status'], enteredBy: string, enteredAt: string): PaymentView {
  return { paymentId: id, purpose: 'FORMAL_DEPOSIT', amount: 50000, method: 'BANK_TRANSFER', enteredBy, enteredAt, status,
    receiptNumber: null };
}

function waiting(dealId: string, p: PaymentView): OfficeWaiting['waiting'][number] {
  return { dealId, unitCode: '3-1801', buyerName: '陈先生', buyerMobile: '139****5678', status: 'UNIT_HELD', payment: p };
}

describe('DEAL-1: money waiting for its second person at the finance desk', () => {
  it('lists the office\'s waiting payments (one call, by key), the longest wait first, and marks those the reader entered', () => {
    const rows = waitingRows({ officeId: 'office-binjiang', waiting: [
      waiting('d1', payment('p2', 'ENTERED', 'fin', '2026-12-05T03:00:00Z')),
      waiting('d2', payment('p3', 'ENTERED', 'pm', '2026-12-05T02:00:00Z')),
      // confirmed between the list and its reading: no longer waits
      waiting('d3', payment('p4', 'CONFIRMED', 'pm', '2026-12-05T00:00:00Z')),
    ] }, 'fin');
    expect(rows.map((r) => [r.payment.paymentId, r.enteredByMe])).toEqual([['p3', false], ['p2', true]]);
  });

  it('reads a typed receipt number and shows yuan with fen', () => {
    expect(receiptNumberOf(' bj-2026-000001 ')).toBe('BJ-2026-000001');
    expect(yuan(1234567.5)).toBe('1,234,567.50');
    expect(yuan(null)).toBe('');
  });
});

describe('UNIT-4: discounts waiting for the PM', () => {
  it('lists pending discounts of every building, oldest request first, with the price after and the share of the list price', () => {
    const unit = (code: string, decision: 'PENDING' | 'APPROVED', at: string, amount: number) => ({
      unitId: `b-${code}`, code, listPrice: 4000000, heldForDeal: `deal-${code}`,
      discount: { amount, requestReason: '老客户', requestedBy: 'c1', requestedAt: at, decision },
    });
    const boards: Board[] = [
      { buildingId: 'b1', name: '3', grid: [{ floor: 18, units: [unit('1801', 'PENDING', '2026-12-05T03:00:00Z', 40000),
        unit('1802', 'APPROVED', '2026-12-05T01:00:00Z', 10000), { unitId: 'b-1803', code: '1803', listPrice: 1, heldForDeal: null, discount: null }] }] },
      { buildingId: 'b2', name: '5', grid: [{ floor: 2, units: [unit('0201', 'PENDING', '2026-12-05T02:00:00Z', 100000)] }] },
    ];
    const rows = waitingDiscounts(boards);
    expect(rows.map((r) => [r.code, r.building, r.priceAfter, r.percent])).toEqual([
      ['0201', '5', 3900000, 2.5],
      ['1801', '3', 3960000, 1],
    ]);
  });
});

describe('a refusal in words: Chinese by its rule, the service\'s own sentence under the English switch', () => {
  it('says a refused rule in Chinese naming it, a field\'s problem in Chinese, and a network failure in words', () => {
    lang.value = 'zh';
    expect(saidBy(new ApiError({ status: 409, rule: 'DEAL-1', detail: 'money is received with two people present' })))
      .toBe('收款须由财务或项目经理经手并由另一人确认；录入人不能自己确认（DEAL-1）');
    expect(saidBy(new ApiError({ status: 400, field: 'note', detail: 'note must not be blank' }))).toBe('note：不能为空');
    expect(saidBy(new ApiError({ status: 403, rule: 'LEAD-4, LEAD-10', detail: 'only the lead\'s owner … read its follow-ups' })))
      .toBe('跟进记录只可追加，不能修改或删除；客户资料保密：只能查看自己客户的完整联系方式（LEAD-4, LEAD-10）');
    expect(saidBy(new ApiError({ status: 409, rule: 'NEW-1', detail: 'a rule this build does not know' })))
      .toBe('a rule this build does not know (NEW-1)');
    expect(saidBy(new TypeError('Failed to fetch'))).toBe('网络错误，请重试。');
    lang.value = 'en';
    expect(saidBy(new ApiError({ status: 409, rule: 'DEAL-1', detail: 'money is received with two people present' })))
      .toBe('money is received with two people present (DEAL-1)');
    lang.value = 'zh';
  });
});

describe('people named in a service\'s text', () => {
  it('names the office\'s people the text calls by id, and leaves an id it does not know', () => {
    const names = { 'user-7035e105-9822-4626-8e80-796e5000d503': '李娜' };
    expect(withNames('the earlier registration by user-7035e105-9822-4626-8e80-796e5000d503 (2026-12-06) '
      + 'and user-2703f76f-558a-4cbc-bbff-d1c2c668f8ad', names))
      .toBe('the earlier registration by 李娜 (2026-12-06) and user-2703f76f-558a-4cbc-bbff-d1c2c668f8ad');
    lang.value = 'en';
    expect(saidBy(new ApiError({ status: 409, rule: 'DEAL-1',
      detail: 'user-7035e105-9822-4626-8e80-796e5000d503 entered payment p-1 and cannot also confirm it' }), names))
      .toBe('李娜 entered payment p-1 and cannot also confirm it (DEAL-1)');
    lang.value = 'zh';
  });
});
