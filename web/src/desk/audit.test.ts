import { describe, expect, it } from 'vitest';
import { consultantsOf, timeline } from './audit';

describe("the PM's audit of the office", () => {
  it("puts lead-service's and identity-service's entries in one timeline, newest first", () => {
    const rows = timeline(
      [{ entryId: '1', at: '2026-12-06T02:00:00Z', action: 'PM_REASSIGNMENT', userId: 'u-pm', username: 'bj.pm',
        leadId: 'lead-1', detail: '顾问离职' }],
      [{ id: '9', at: '2026-12-06T03:00:00Z', action: 'SIGNED_IN', actorId: 'u-1', actorName: '李娜', subjectId: null,
        detail: null }]);
    expect(rows.map((r) => [r.source, r.who])).toEqual([['identity', '李娜'], ['leads', 'bj.pm']]);
    expect(rows[1].leadId).toBe('lead-1');
  });

  it('LEAD-8: offers only the consultants of the office to reassign a lead to', () => {
    expect(consultantsOf([
      { userId: 'a', displayName: '李娜', roles: ['CONSULTANT'] },
      { userId: 'b', displayName: '赵经理', roles: ['PM'] },
    ])).toEqual([{ userId: 'a', displayName: '李娜' }]);
  });
});
