import { ApiError } from '../api/problem';
import { type BoardUnit } from './salesControl';

// UNIT-2 from the phone: a consultant taps an available unit on the live board and holds it for a customer of
// theirs. The hold needs a deal: one is opened on the unit for that customer (the buyer's full mobile, which only
// the owner reads, LEAD-10), then inventory-service holds the unit for it; the first deposit wins.

export interface MyCustomer { leadId: string; customerName: string; mobile: string }

/** Only an available unit can be held; the others are someone's already, or not on sale. */
export function holdable(unit: Pick<BoardUnit, 'status'>): boolean {
  return unit.status === 'AVAILABLE';
}

/** The deal opened on the unit for the customer (POST /api/deals). */
export function openDealFor(officeId: string, unit: Pick<BoardUnit, 'unitId'>, customer: MyCustomer):
  { officeId: string; unitId: string; leadId: string; buyerName: string; buyerMobile: string } {
  return { officeId, unitId: unit.unitId, leadId: customer.leadId, buyerName: customer.customerName,
    buyerMobile: customer.mobile };
}

/** DEAL-8: why the deal opened for a refused hold is withdrawn, in the office's words, with the rule that refused it. */
export function withdrawal(refusal: unknown): { reason: string } {
  const rule = refusal instanceof ApiError ? refusal.problem.rule : undefined;
  return { reason: rule ? `锁定未成功（${rule}），撤回` : '锁定未成功，撤回' };
}
