import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { holdable, openDealFor, withdrawal } from './holding';

describe('UNIT-2: holding a unit from the phone\'s board', () => {
  it('offers only an available unit, and opens the deal for the chosen customer with their full mobile', () => {
    expect(holdable({ status: 'AVAILABLE' })).toBe(true);
    expect(holdable({ status: 'HELD' })).toBe(false);
    expect(holdable({ status: 'WITHHELD' })).toBe(false);
    expect(openDealFor('office-binjiang', { unitId: 'b-1801' }, { leadId: 'lead-1', customerName: '陈先生', mobile: '13912345678' }))
      .toEqual({ officeId: 'office-binjiang', unitId: 'b-1801', leadId: 'lead-1', buyerName: '陈先生', buyerMobile: '13912345678' });
  });
});

describe('DEAL-8: the deal opened for a refused hold is withdrawn', () => {
  it('says why, naming the rule that refused the hold', () => {
    expect(withdrawal(new ApiError({ status: 409, rule: 'UNIT-2', detail: 'unit 1-1801 is held' })))
      .toEqual({ reason: '锁定未成功（UNIT-2），撤回' });
    expect(withdrawal(new Error('network down'))).toEqual({ reason: '锁定未成功，撤回' });
  });
});
