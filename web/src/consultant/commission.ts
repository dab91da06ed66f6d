// A consultant's credits (业绩) and commission as commission-service answers them: the ledger with its
// balances (GET /api/commissions/consultants/{id}/ledger), the deals credited (…/credits) and the monthly
// statement (…/statement?month=YYYY-MM).

export interface Ledger {
  consultantId: string;
  officeId: string;
  balance: number;
  provisional: number;
  commission: number;
  paid: number;
  heldBack: number;
  pending: number;
}

export interface Credit {
  dealId: string;
  unitId: string;
  stage: string;
  amount: number | null;
  closedAt: string | null;
  nets: Record<string, number> | null;
  why: { ruleIds: string[]; reason: string } | null;
}

export interface StatementLine {
  date: string;
  dealId: string;
  unitId: string;
  kind: string;
  amount: number;
  split: number | null;
  tier: string | null;
  stage: string | null;
  note: string | null;
}

export interface Statement {
  month: string;
  lines: StatementLine[];
  totals: { credited: number; commission: number; paid: number; clawedBack: number; payable: number };
}

/** The month (YYYY-MM) an instant falls in at the office. */
export function monthAt(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' })
    .formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

/** The month before or after: shiftMonth('2026-01', -1) is '2025-12'. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The consultant's own share of a deal's credit (COMM-2 may split it), else the deal's whole amount. */
export function myShare(credit: Credit, consultantId: string): number | null {
  return credit.nets?.[consultantId] ?? credit.amount;
}

/** A unit's code as the board shows it from its id ("<building>-1803" → "1803"). */
export function unitNumber(unitId: string): string {
  const dash = unitId.lastIndexOf('-');
  return dash < 0 ? unitId : unitId.slice(dash + 1);
}

/**
 * Why a deal is credited, as the consultant reads it: each rule in words, then (under the English switch) the
 * service's own sentence with the deal's particulars.
 */
export function whyOf(credit: Credit, ruleText: (rule: string) => string, english: boolean): string {
  if (!credit.why) return '';
  const rules = credit.why.ruleIds.map((rule) => `${rule} ${ruleText(rule)}`).join('；');
  return english && credit.why.reason ? `${rules}: ${credit.why.reason}` : rules;
}
