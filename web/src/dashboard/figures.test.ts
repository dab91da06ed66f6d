import { describe, expect, it } from 'vitest';
import { type Funnel, type ReceivableDeal, change, dealsBehind, exportName, exportPath, funnelOption, officesOption,
  overallConversion, periodOf, todayIn } from './figures';

function funnel(counts: number[]): Funnel {
  const names = ['receptions', 'newLeads', 'temporaryDeposits', 'formalDeposits', 'subscriptions', 'contracts'];
  return {
    steps: names.map((name, i) => ({ name, count: counts[i], conversionPercent: null })),
    cancellations: 0, netSubscriptions: 0, netContracts: 0,
    money: { collected: 0, refunded: 0, netCollected: 0, temporaryDeposits: 0, formalDeposits: 0, downPayments: 0,
      subscribed: 0, contracted: 0 },
  };
}

describe('periods of office days', () => {
  it("today is the office's calendar day: 17:00 UTC on 5 December is already 6 December in Shanghai", () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-12-05T17:00:00Z'))).toBe('2026-12-06');
    expect(todayIn('Asia/Shanghai', new Date('2026-12-05T15:59:00Z'))).toBe('2026-12-05');
  });

  it('presets end today (yesterday for yesterday) with both ends included, across a month end', () => {
    expect(periodOf('today', '2026-12-06')).toEqual({ from: '2026-12-06', to: '2026-12-06' });
    expect(periodOf('yesterday', '2026-12-01')).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(periodOf('week', '2026-12-03')).toEqual({ from: '2026-11-27', to: '2026-12-03' });
    expect(periodOf('month', '2026-12-06')).toEqual({ from: '2026-12-01', to: '2026-12-06' });
    expect(periodOf('days30', '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });
});

describe('figures against the previous period', () => {
  it('the change as a difference and a percentage, none from zero', () => {
    expect(change(12, 8)).toEqual({ delta: 4, percent: 50 });
    expect(change(3, 4)).toEqual({ delta: -1, percent: -25 });
    expect(change(5, 0)).toEqual({ delta: 5, percent: null });
    expect(change(-100, 200)).toEqual({ delta: -300, percent: -150 });
  });

  it('the whole funnel converts contracts over receptions, none without receptions', () => {
    expect(overallConversion(funnel([40, 20, 10, 8, 6, 3]))).toBe(7.5);
    expect(overallConversion(funnel([0, 1, 0, 0, 0, 0]))).toBeNull();
  });
});

describe('the charts', () => {
  it('puts each step of the period beside the previous one, in the funnel\'s order, the period\'s labelled with its conversion', () => {
    const current = funnel([10, 5, 2, 1, 1, 0]);
    current.steps[1].conversionPercent = 50;
    const option = funnelOption(current, funnel([20, 4, 0, 0, 0, 0]), (s) => `~${s}`, { current: '本期', before: '上期' });
    expect(option.yAxis.data.slice(0, 2)).toEqual(['~receptions', '~newLeads']);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.series.map((s) => [s.name, s.data[0]])).toEqual([['本期', 10], ['上期', 20]]);
    const label = option.series[0].label as { formatter: (p: { value: number; dataIndex: number }) => string };
    expect(label.formatter({ value: 5, dataIndex: 1 })).toBe('5 · 50%');
    expect(label.formatter({ value: 10, dataIndex: 0 })).toBe('10');
  });

  it('compares offices step by step, one series per office', () => {
    const option = officesOption([{ name: '滨江', funnel: funnel([3, 2, 1, 1, 0, 0]) },
      { name: '西湖', funnel: funnel([1, 1, 0, 0, 0, 0]) }], (s) => s);
    expect(option.xAxis.data).toHaveLength(6);
    expect(option.series.map((s) => [s.name, s.data[0]])).toEqual([['滨江', 3], ['西湖', 1]]);
  });
});

describe('receivables drilled into and tables exported', () => {
  const deal = (dealId: string, daysOverdue: number, bucket: string): ReceivableDeal =>
    ({ officeId: 'office-binjiang', dealId, unitCode: null, dueDate: '2026-12-01', outstanding: 1, daysOverdue, bucket });
  const deals = [deal('d-1', 95, 'overdueOver90Days'), deal('d-2', 3, 'overdue1To30Days'), deal('d-3', 0, 'dueWithin7Days'),
    deal('d-4', -12, 'dueIn8To30Days'), deal('d-5', -40, 'dueLater')];

  it('the deals behind "overdue" are those past their due date; within 30 days includes within 7', () => {
    expect(dealsBehind(deals, 'overdue').map((d) => d.dealId)).toEqual(['d-1', 'd-2']);
    expect(dealsBehind(deals, 'dueWithin7Days').map((d) => d.dealId)).toEqual(['d-3']);
    expect(dealsBehind(deals, 'dueWithin30Days').map((d) => d.dealId)).toEqual(['d-3', 'd-4']);
  });

  it("an export is the chosen office's table, else the developer's, with the query the table needs", () => {
    expect(exportPath({ officeId: 'office-binjiang', developerId: 'dev-huaxin' }, 'receivables', { asOf: '2026-12-06' }))
      .toBe('/api/dashboards/offices/office-binjiang/export/receivables?asOf=2026-12-06');
    expect(exportPath({ officeId: '', developerId: 'dev-huaxin' }, 'offices', { from: '2026-12-01', to: '2026-12-06' }))
      .toBe('/api/dashboards/developers/dev-huaxin/export/offices?from=2026-12-01&to=2026-12-06');
    expect(exportName('receivables', 'office-binjiang', '2026-12-06')).toBe('office-binjiang-receivables-2026-12-06.xlsx');
  });
});
