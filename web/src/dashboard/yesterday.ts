// The morning report (GET /api/dashboards/developers/{id}/yesterday): each office's yesterday — the office day that
// ended at its last midnight in its own time zone — beside the day before and the same weekday a week before, and
// the developer's total of those days. The arithmetic of the screen, tested without a browser.
import { type Funnel, change, count } from './figures';

export interface OfficeYesterday {
  officeId: string;
  zone: string;
  day: string;
  cutOff: string;
  funnel: Funnel;
  dayBefore: Funnel;
  weekBefore: Funnel;
}

export interface YesterdayReport {
  developerId: string;
  asOf: string;
  funnel: Funnel;
  dayBefore: Funnel;
  weekBefore: Funnel;
  offices: OfficeYesterday[];
}

/** The figures head office reads first in the morning, in that order. */
export const morningFigures = ['receptions', 'newLeads', 'formalDeposits', 'subscriptions', 'contracts', 'cancellations',
  'netSubscriptions', 'netContracts', 'netCollected'] as const;

export type MorningFigure = (typeof morningFigures)[number];

/** A figure of a funnel: a step's count, or a net figure (net collected in yuan). */
export function figureOf(funnel: Funnel, figure: MorningFigure): number {
  switch (figure) {
    case 'cancellations':
      return funnel.cancellations;
    case 'netSubscriptions':
      return funnel.netSubscriptions;
    case 'netContracts':
      return funnel.netContracts;
    case 'netCollected':
      return funnel.money.netCollected;
    default:
      return count(funnel, figure);
  }
}

export interface MorningLine {
  figure: MorningFigure;
  money: boolean;
  value: number;
  /** against the day before */
  vsDayBefore: { delta: number; percent: number | null };
  /** against the same weekday a week before */
  vsWeekBefore: { delta: number; percent: number | null };
}

/** Each morning figure of a day, with its change against the day before and the same weekday a week before. */
export function morningLines(day: { funnel: Funnel; dayBefore: Funnel; weekBefore: Funnel }): MorningLine[] {
  return morningFigures.map((figure) => {
    const value = figureOf(day.funnel, figure);
    return {
      figure,
      money: figure === 'netCollected',
      value,
      vsDayBefore: change(value, figureOf(day.dayBefore, figure)),
      vsWeekBefore: change(value, figureOf(day.weekBefore, figure)),
    };
  });
}

/**
 * The office days the report covers: one when every office is in the same zone (the usual case), several when
 * offices in other zones had their midnight at other instants; in order.
 */
export function daysOf(report: YesterdayReport): string[] {
  return [...new Set(report.offices.map((o) => o.day))].sort();
}

/** The offices with the most net subscriptions first, then by what came in, then by id: the morning's ranking. */
export function ranked(offices: OfficeYesterday[]): OfficeYesterday[] {
  return [...offices].sort((a, b) => b.funnel.netSubscriptions - a.funnel.netSubscriptions
    || b.funnel.money.netCollected - a.funnel.money.netCollected
    || a.officeId.localeCompare(b.officeId));
}

/** A change as the report prints it: signed, "—" when nothing changed. */
export function signedChange(delta: number, format: (n: number) => string = String): string {
  if (delta === 0) return '—';
  return `${delta > 0 ? '+' : '−'}${format(Math.abs(delta))}`;
}
