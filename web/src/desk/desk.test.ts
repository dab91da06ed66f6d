import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { lang } from '../i18n';
import { saidBy, withNames } from './people';
import { type Board, waitingDiscounts } from './discounts';
import { type DealMoney, type PaymentView, mayWait, receiptNumberOf, waitingPayments, yuan } from './payments';

function payment(id: string, status: PaymentView['status'], enteredBy: string, enteredAt: string): PaymentView {
  return { paymentId: id, purpose: 'FORMAL_DEPOSIT', amount: 50000, method: 'BANK_TRANSFER', enteredBy, enteredAt, status,
    receiptNumber: null };
}

function deal(id: string, payments: PaymentView[]): DealMoney {
  return { dealId: id, unitCode: '3-1801', buyerName: '陈先生', buyerMobile: '139****5678', status: 'UNIT_HELD',
    waitingPayment: payments.find((p) => p.status === 'ENTERED') ?? null, payments, receipts: [] };
}

describe('DEAL-1: money waiting for its second person at the finance desk', () => {
  it('lists only entered payments, the longest wait first, and marks those the reader entered', () => {
    const rows = waitingPayments([
      deal('d1', [payment('p1', 'CONFIRMED', 'fin', '2026-12-05T01:00:00Z'), payment('p2', 'ENTERED', 'fin', '2026-12-05T03:00:00Z')]),
      deal('d2', [payment('p3', 'ENTERED', 'pm', '2026-12-05T02:00:00Z'), payment('p4', 'DISCARDED', 'pm', '2026-12-05T00:00:00Z')]),
    ], 'fin');
    expect(rows.map((r) => [r.payment.paymentId, r.enteredByMe])).toEqual([['p3', false], ['p2', true]]);
  });

  it('skips deals that ended; reads a typed receipt number and shows yuan with fen', () => {
    expect(mayWait('HANDED_OVER')).toBe(false);
    expect(mayWait('CANCELLED')).toBe(false);
    expect(mayWait('UNIT_HELD')).toBe(true);
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

describe('a refusal in the service\'s words', () => {
  it('shows the detail with the rule it names, the detail alone otherwise, and a network failure in words', () => {
    lang.value = 'zh';
    expect(saidBy(new ApiError({ status: 409, rule: 'DEAL-1', detail: 'money is received with two people present' })))
      .toBe('money is received with two people present (DEAL-1)');
    expect(saidBy(new ApiError({ status: 400, detail: 'note must not be blank' }))).toBe('note must not be blank');
    expect(saidBy(new TypeError('Failed to fetch'))).toBe('网络错误，请重试。');
  });
});

describe('people named in a service\'s text', () => {
  it('names the office\'s people the text calls by id, and leaves an id it does not know', () => {
    const names = { 'user-7035e105-9822-4626-8e80-796e5000d503': '李娜' };
    expect(withNames('the earlier registration by user-7035e105-9822-4626-8e80-796e5000d503 (2026-12-06) '
      + 'and user-2703f76f-558a-4cbc-bbff-d1c2c668f8ad', names))
      .toBe('the earlier registration by 李娜 (2026-12-06) and user-2703f76f-558a-4cbc-bbff-d1c2c668f8ad');
    expect(saidBy(new ApiError({ status: 409, rule: 'DEAL-1',
      detail: 'user-7035e105-9822-4626-8e80-796e5000d503 entered payment p-1 and cannot also confirm it' }), names))
      .toBe('李娜 entered payment p-1 and cannot also confirm it (DEAL-1)');
  });
});
