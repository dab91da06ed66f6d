// The head-office dashboard's arithmetic on what dashboard-service answers (GET /api/dashboards/developers/{id}):
// periods of office days, the change against the previous period, the whole funnel's conversion, and the
// ECharts options of its two charts (built here, so they are tested without a canvas).

export interface Step {
  name: string;
  count: number;
  conversionPercent: number | null;
}

export interface Money {
  collected: number;
  refunded: number;
  netCollected: number;
  temporaryDeposits: number;
  formalDeposits: number;
  downPayments: number;
  subscribed: number;
  contracted: number;
}

export interface Funnel {
  steps: Step[];
  cancellations: number;
  netSubscriptions: number;
  netContracts: number;
  money: Money;
}

export interface Period {
  from: string;
  to: string;
}

export interface OfficeDashboard {
  officeId: string;
  zone: string;
  period: Period;
  funnel: Funnel;
  previousPeriod: Period;
  previous: Funnel;
}

export interface DeveloperDashboard {
  developerId: string;
  period: Period;
  funnel: Funnel;
  previousPeriod: Period;
  previous: Funnel;
  offices: OfficeDashboard[];
}

export type Preset = 'today' | 'yesterday' | 'week' | 'month' | 'days30';

/** Today's date (yyyy-MM-dd) at the office: its time zone's calendar, not the browser's or UTC. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A preset period ending today (or yesterday), both ends included. */
export function periodOf(preset: Preset, today: string): Period {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case 'week':
      return { from: addDays(today, -6), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'days30':
      return { from: addDays(today, -29), to: today };
  }
}

/** The change from the previous period: the difference, and as a percentage (none when it was zero). */
export function change(current: number, previous: number): { delta: number; percent: number | null } {
  const delta = Math.round((current - previous) * 100) / 100;
  return { delta, percent: previous === 0 ? null : Math.round((delta / Math.abs(previous)) * 1000) / 10 };
}

/** Contracts over receptions, the whole funnel's conversion, one decimal; none without receptions. */
export function overallConversion(funnel: Funnel): number | null {
  const first = funnel.steps[0]?.count ?? 0;
  const last = funnel.steps[funnel.steps.length - 1]?.count ?? 0;
  return first === 0 ? null : Math.round((last / first) * 1000) / 10;
}

export function count(funnel: Funnel, name: string): number {
  return funnel.steps.find((step) => step.name === name)?.count ?? 0;
}

/**
 * The funnel of the period beside the previous one's: each step a pair of bars, top to bottom in the funnel's
 * order, the period's labelled with its count and its conversion from the step before.
 */
export function funnelOption(funnel: Funnel, previous: Funnel, label: (step: string) => string,
  names: { current: string; before: string }) {
  const conversion = funnel.steps.map((s) => s.conversionPercent);
  return {
    animation: false,
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    legend: { top: 0, data: [names.current, names.before] },
    grid: { left: 8, right: 72, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const, minInterval: 1 },
    yAxis: { type: 'category' as const, inverse: true, data: funnel.steps.map((s) => label(s.name)) },
    series: [
      {
        name: names.current,
        type: 'bar' as const,
        data: funnel.steps.map((s) => s.count),
        label: {
          show: true,
          position: 'right' as const,
          formatter: (p: { value: number; dataIndex: number }) =>
            conversion[p.dataIndex] == null ? `${p.value}` : `${p.value} · ${conversion[p.dataIndex]}%`,
        },
      },
      { name: names.before, type: 'bar' as const, data: previous.steps.map((s) => s.count),
        label: { show: true, position: 'right' as const } },
    ],
  };
}

/** Each office's steps as grouped bars, to compare offices at a glance. */
export function officesOption(offices: { name: string; funnel: Funnel }[], label: (step: string) => string) {
  const steps = offices[0]?.funnel.steps.map((s) => s.name) ?? [];
  return {
    animation: false,
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0, type: 'scroll' as const },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category' as const, data: steps.map(label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: offices.map((office) => ({
      name: office.name,
      type: 'bar' as const,
      data: office.funnel.steps.map((s) => s.count),
    })),
  };
}

/** One bucket of down payments still due: how many deals and what they still owe. */
export interface Bucket {
  name: string;
  count: number;
  amount: number;
}

/** One deal behind a receivables bucket: daysOverdue > 0 when overdue, ≤ 0 the days left until due. */
export interface ReceivableDeal {
  officeId: string;
  dealId: string;
  unitCode: string | null;
  dueDate: string;
  outstanding: number;
  daysOverdue: number;
  bucket: string;
}

/** GET /api/dashboards/{offices|developers}/{id}/receivables?asOf= */
export interface ReceivablesView {
  scopeId: string;
  receivables: {
    asOf: string;
    buckets: Bucket[];
    overdue: Bucket;
    dueWithin7Days: Bucket;
    dueWithin30Days: Bucket;
    deals: ReceivableDeal[];
  };
}

export type Drill = 'overdue' | 'dueWithin7Days' | 'dueWithin30Days';

/** The deals behind a receivables figure, most overdue first (as the service lists them). */
export function dealsBehind(deals: ReceivableDeal[], drill: Drill): ReceivableDeal[] {
  switch (drill) {
    case 'overdue':
      return deals.filter((d) => d.daysOverdue > 0);
    case 'dueWithin7Days':
      return deals.filter((d) => d.bucket === 'dueWithin7Days');
    case 'dueWithin30Days':
      return deals.filter((d) => d.bucket === 'dueWithin7Days' || d.bucket === 'dueIn8To30Days');
  }
}

/**
 * The path of a table's Excel export at dashboard-service: the office's when one is chosen, else the developer's;
 * a period's ends or the day to age by as the table needs.
 */
export function exportPath(scope: { officeId: string; developerId: string }, table: string,
  query: Record<string, string>): string {
  const base = scope.officeId
    ? `/api/dashboards/offices/${encodeURIComponent(scope.officeId)}`
    : `/api/dashboards/developers/${encodeURIComponent(scope.developerId)}`;
  return `${base}/export/${encodeURIComponent(table)}?${new URLSearchParams(query)}`;
}

/** The file name a table's export is saved under: what, whose, when. */
export function exportName(table: string, scopeId: string, when: string): string {
  return `${scopeId}-${table}-${when}.xlsx`;
}
