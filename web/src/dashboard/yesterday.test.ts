import { describe, expect, it } from 'vitest';
import type { Funnel } from './figures';
import { type OfficeYesterday, type YesterdayReport, daysOf, figureOf, morningLines, ranked,
  signedChange } from './yesterday';

function funnel(counts: number[], net: { subscriptions?: number; contracts?: number; collected?: number;
  cancellations?: number } = {}): Funnel {
  const names = ['receptions', 'newLeads', 'temporaryDeposits', 'formalDeposits', 'subscriptions', 'contracts'];
  return {
    steps: names.map((name, i) => ({ name, count: counts[i] ?? 0, conversionPercent: null })),
    cancellations: net.cancellations ?? 0, netSubscriptions: net.subscriptions ?? 0, netContracts: net.contracts ?? 0,
    money: { collected: 0, refunded: 0, netCollected: net.collected ?? 0, temporaryDeposits: 0, formalDeposits: 0,
      downPayments: 0, subscribed: 0, contracted: 0 },
  };
}

function office(officeId: string, day: string, today: Funnel): OfficeYesterday {
  return { officeId, zone: 'Asia/Shanghai', day, cutOff: `${day}T16:00:00Z`, funnel: today, dayBefore: funnel([]),
    weekBefore: funnel([]) };
}

describe('the morning report', () => {
  it("reads each figure of yesterday's funnel: steps, cancellations, net subscriptions, contracts and collections", () => {
    const day = funnel([12, 5, 2, 3, 2, 1], { subscriptions: 1, contracts: 1, collected: 150000, cancellations: 1 });
    expect(figureOf(day, 'receptions')).toBe(12);
    expect(figureOf(day, 'formalDeposits')).toBe(3);
    expect(figureOf(day, 'cancellations')).toBe(1);
    expect(figureOf(day, 'netSubscriptions')).toBe(1);
    expect(figureOf(day, 'netCollected')).toBe(150000);
  });

  it('sets each figure against the day before and the same weekday a week before, none as a percentage from zero', () => {
    const lines = morningLines({
      funnel: funnel([12, 5], { subscriptions: 2, collected: 300000 }),
      dayBefore: funnel([8, 5], { subscriptions: 0, collected: 200000 }),
      weekBefore: funnel([16, 4], { subscriptions: 4, collected: 300000 }),
    });
    const receptions = lines.find((l) => l.figure === 'receptions')!;
    expect(receptions.value).toBe(12);
    expect(receptions.vsDayBefore).toEqual({ delta: 4, percent: 50 });
    expect(receptions.vsWeekBefore).toEqual({ delta: -4, percent: -25 });
    const subscriptions = lines.find((l) => l.figure === 'netSubscriptions')!;
    expect(subscriptions.vsDayBefore).toEqual({ delta: 2, percent: null });
    const collected = lines.find((l) => l.figure === 'netCollected')!;
    expect(collected.money).toBe(true);
    expect(collected.vsWeekBefore.delta).toBe(0);
    expect(lines.map((l) => l.figure)).toEqual(['receptions', 'newLeads', 'formalDeposits', 'subscriptions', 'contracts',
      'cancellations', 'netSubscriptions', 'netContracts', 'netCollected']);
  });

  it("names the office days covered: one when every office shares a zone, each when an office's midnight came at another instant", () => {
    const report = (offices: OfficeYesterday[]): YesterdayReport => ({ developerId: 'dev', asOf: '2026-12-06T01:00:00Z',
      funnel: funnel([]), dayBefore: funnel([]), weekBefore: funnel([]), offices });
    expect(daysOf(report([office('a', '2026-12-05', funnel([])), office('b', '2026-12-05', funnel([]))])))
      .toEqual(['2026-12-05']);
    expect(daysOf(report([office('a', '2026-12-05', funnel([])), office('b', '2026-12-04', funnel([]))])))
      .toEqual(['2026-12-04', '2026-12-05']);
  });

  it('ranks offices by net subscriptions, then net collected, then id', () => {
    const rows = ranked([office('c', '2026-12-05', funnel([], { subscriptions: 1, collected: 10 })),
      office('a', '2026-12-05', funnel([], { subscriptions: 1, collected: 10 })),
      office('b', '2026-12-05', funnel([], { subscriptions: 1, collected: 50 })),
      office('d', '2026-12-05', funnel([], { subscriptions: 3 }))]);
    expect(rows.map((r) => r.officeId)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('prints a change signed, and a dash when nothing changed', () => {
    expect(signedChange(4)).toBe('+4');
    expect(signedChange(-2)).toBe('−2');
    expect(signedChange(0)).toBe('—');
    expect(signedChange(-1500, (n) => n.toFixed(2))).toBe('−1500.00');
  });
});
