import { describe, expect, it } from 'vitest';
import { type Reminder, linkOf, openCount, withEvent } from './inbox';
import { type Credit, monthAt, myShare, shiftMonth, unitNumber, whyOf } from './commission';

function reminder(id: string, at: string, kind = 'PROTECTION_LAPSING', doneAt: string | null = null): Reminder {
  return { id, officeId: 'o', kind, subject: 'lead-1', text: `text ${id}`, at, doneAt, outcome: null };
}

describe('the reminders inbox, live (NOTE-6)', () => {
  it('takes the whole inbox first, then puts a new reminder on top, once even when the stream repeats it', () => {
    let inbox = withEvent([], { event: 'inbox', data: JSON.stringify([reminder('a', '2026-12-05T01:00:00Z')]) });
    expect(inbox.map((r) => r.id)).toEqual(['a']);
    const b = { event: 'reminder', data: JSON.stringify(reminder('b', '2026-12-06T01:00:00Z')) };
    inbox = withEvent(withEvent(inbox, b), b);
    expect(inbox.map((r) => r.id)).toEqual(['b', 'a']);
    expect(withEvent(inbox, { event: 'ping', data: '{}' })).toBe(inbox);
  });

  it('leads a lapsing protection to the customer and what waits for the PM to the desk; counts only open ones', () => {
    expect(linkOf(reminder('a', '2026-12-05T01:00:00Z'))).toBe('/customers/lead-1');
    expect(linkOf(reminder('c', '2026-12-05T01:00:00Z', 'COLLISION_WAITING'))).toBe('/desk/pm');
    expect(linkOf(reminder('f', '2026-12-05T01:00:00Z', 'FOLLOW_UP_DUE'))).toBe('/customers/lead-1');
    expect(openCount([reminder('a', 'x'), reminder('c', 'x', 'COLLISION_WAITING', '2026-12-06T00:00:00Z')])).toBe(1);
  });
});

describe('credits and the monthly statement', () => {
  it('reads the month at the office, not in UTC, and steps across a year', () => {
    // 2026-11-30 17:00Z is already 1 December in Shanghai
    expect(monthAt(new Date('2026-11-30T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-12');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });

  it("shows the consultant's own share of a split credit (COMM-2)", () => {
    const credit: Credit = { dealId: 'd', unitId: 'b-1-1803', stage: 'RECOGNISED', amount: 3000000, closedAt: null,
      nets: { me: 1500000, other: 1500000 }, why: null };
    expect(myShare(credit, 'me')).toBe(1500000);
    expect(myShare({ ...credit, nets: null }, 'me')).toBe(3000000);
    expect(unitNumber('b-1-1803')).toBe('1803');
  });

  it("says why in the rule's words, with the service's sentence under the English switch", () => {
    const credit: Credit = { dealId: 'd', unitId: 'u', stage: 'PROVISIONAL', amount: 1, closedAt: null, nets: null,
      why: { ruleIds: ['COMM-1'], reason: 'no owner is known' } };
    const words = (rule: string) => (rule === 'COMM-1' ? '业绩归客户归属顾问' : rule);
    expect(whyOf(credit, words, false)).toBe('COMM-1 业绩归客户归属顾问');
    expect(whyOf(credit, () => "Credit goes to the lead's owner", true))
      .toBe("COMM-1 Credit goes to the lead's owner: no owner is known");
    expect(whyOf({ ...credit, why: null }, words, false)).toBe('');
  });
});
