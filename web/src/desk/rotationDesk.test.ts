import { describe, expect, it } from 'vitest';
import type { Board } from '../board/rotation';
import { type FairnessReport, actionRequest, complianceRow, ownersFor, roster, turnSpread } from './rotationDesk';

// a and b available, c serving a walk-in that uses the turn, d unavailable, e away; a is next in both queues
function board(): Board {
  const at = '2026-12-06T01:00:00Z';
  return {
    officeId: 'office-1',
    businessDay: '2026-12-06',
    queues: [
      { queue: 'WALK_IN', round: 2, next: 'a', order: [
        { consultant: 'c', place: 1, status: 'TURN_USED' },
        { consultant: 'a', place: 2, status: 'AVAILABLE' },
        { consultant: 'b', place: 3, status: 'DECLINED' },
        { consultant: 'd', place: 4, status: 'UNAVAILABLE' },
        { consultant: 'e', place: 5, status: 'AWAY' },
      ] },
      { queue: 'PHONE', round: 1, next: 'a', order: [
        { consultant: 'a', place: 1, status: 'AVAILABLE' },
        { consultant: 'b', place: 2, status: 'AVAILABLE' },
        { consultant: 'c', place: 3, status: 'SERVING' },
      ] },
    ],
    onDuty: ['c', 'a', 'b', 'd', 'e'].map((consultant, i) => ({ consultant, position: i + 1, checkedInAt: at })),
    serving: [{ consultant: 'c', assignmentId: '2026-12-06-r4', queue: 'WALK_IN', since: at, turn: 'ROT-9' }],
    away: ['e'],
    unavailable: [{ consultant: 'd', reason: '带客户看样板间' }],
    ringing: null,
  };
}

describe('the PM\'s rotation board: who does what, and what the PM may do for them', () => {
  const rows = Object.fromEntries(roster(board()).map((r) => [r.consultant, r]));

  it('lists the consultants on duty in check-in order (ROT-2), with who is next (ROT-3)', () => {
    expect(roster(board()).map((r) => r.consultant)).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(rows.a.nextIn).toEqual(['WALK_IN', 'PHONE']);
    expect(rows.b.nextIn).toEqual([]);
  });

  it('ROT-4: a turn still held this round may be declined, one used or already declined may not', () => {
    expect(rows.a.declinable).toEqual(['WALK_IN', 'PHONE']);
    expect(rows.b.declinable).toEqual(['PHONE']);
    expect(rows.c.declinable).toEqual(['PHONE']);
  });

  it('ROT-5/6: one at the post may be made unavailable or away; one unavailable or away may come back', () => {
    expect(rows.a.actions).toEqual(['decline', 'unavailable', 'away']);
    expect(rows.d).toMatchObject({ state: 'unavailable', reason: '带客户看样板间' });
    expect(rows.d.actions).toContain('back');
    expect(rows.e.state).toBe('away');
    expect(rows.e.actions).toContain('back');
    expect(rows.e.actions).not.toContain('away');
  });

  it('ROT-3/7/8: one serving cannot leave the post; their visitor may be handed to the owner or keep the turn', () => {
    expect(rows.c.state).toBe('serving');
    expect(rows.c.serving).toMatchObject({ assignmentId: '2026-12-06-r4', queue: 'WALK_IN' });
    expect(rows.c.actions).toEqual(['decline', 'hand-over', 'cover']);
  });

  it('ROT-8: a reception that keeps the turn already cannot be covered again', () => {
    const kept = board();
    kept.serving[0].turn = 'ROT-8';
    expect(roster(kept).find((r) => r.consultant === 'c')?.actions).toEqual(['decline', 'hand-over']);
  });

  it('ROT-7: the visitor goes to a colleague on duty, the free ones offered first, one serving last', () => {
    const busy = board();
    busy.serving.push({ consultant: 'a', assignmentId: '2026-12-06-r5', queue: 'WALK_IN', since: busy.onDuty[0].checkedInAt, turn: 'ROT-9' });
    expect(ownersFor(busy, 'c')).toEqual([
      { consultant: 'b', serving: false }, { consultant: 'd', serving: false }, { consultant: 'e', serving: false },
      { consultant: 'a', serving: true },
    ]);
  });
});

describe('an action the PM takes for a consultant', () => {
  it('always carries the PM\'s reason and names the consultant', () => {
    expect(actionRequest('away', 'a', { reason: '  ' })).toEqual({ ok: false, missing: 'reason' });
    expect(actionRequest('away', 'a', { reason: ' 去洗手间 ' }))
      .toEqual({ ok: true, path: 'away', body: { consultant: 'a', reason: '去洗手间' } });
    expect(actionRequest('back', 'd', { reason: '回来了' }))
      .toEqual({ ok: true, path: 'back', body: { consultant: 'd', reason: '回来了' } });
  });

  it('ROT-4/7/8: decline names the queue, hand-over the owner, cover why the turn is kept', () => {
    expect(actionRequest('decline', 'a', { reason: '午饭' })).toEqual({ ok: false, missing: 'queue' });
    expect(actionRequest('decline', 'a', { reason: '午饭', queue: 'PHONE' }))
      .toEqual({ ok: true, path: 'decline', body: { consultant: 'a', reason: '午饭', queue: 'PHONE' } });
    expect(actionRequest('hand-over', 'c', { reason: '老客户' })).toEqual({ ok: false, missing: 'owner' });
    expect(actionRequest('hand-over', 'c', { reason: '老客户', owner: 'b' }))
      .toEqual({ ok: true, path: 'hand-over', body: { consultant: 'c', reason: '老客户', ownerConsultantId: 'b' } });
    expect(actionRequest('cover', 'c', { reason: '同行', cover: 'NOT_A_BUYER' }))
      .toEqual({ ok: true, path: 'cover', body: { consultant: 'c', reason: '同行', kind: 'NOT_A_BUYER' } });
  });
});

describe('the reports of a day', () => {
  function report(turns: Record<string, [number, number]>): FairnessReport {
    return {
      officeId: 'office-1', businessDay: '2026-12-06', walkInRounds: 3, phoneRounds: 1,
      consultants: Object.entries(turns).map(([consultant, [position, turnsUsed]]) => ({
        consultant, position, receptions: turnsUsed, walkIns: turnsUsed, calls: 0, turnsUsed, turnsKept: 0,
        ownCustomers: 0, openCallsTaken: 0, skipsByRule: {}, skips: [],
      })),
    };
  }

  it('ROT-9: the rotation is fair while no one on duty used more than one turn more than another', () => {
    expect(turnSpread(report({ a: [1, 3], b: [2, 2], c: [3, 2] }))).toEqual({ least: 2, most: 3, fair: true });
    expect(turnSpread(report({ a: [1, 4], b: [2, 2] }))).toEqual({ least: 2, most: 4, fair: false });
  });

  it('ROT-7: a consultant who only received their own customer, without checking in, does not make it unfair', () => {
    expect(turnSpread(report({ a: [1, 2], b: [2, 2], owner: [0, 0] })).fair).toBe(true);
  });

  it('LEAD-12: a consultant\'s compliance is the share of their leads with the minimum follow-ups', () => {
    expect(complianceRow({ ownerConsultantId: 'a', phoneLeads: 2, phoneLeadsCompliant: 1, visitLeads: 1, visitLeadsCompliant: 1 }))
      .toEqual({ leads: 3, compliant: 2, percent: 66, short: 1 });
    expect(complianceRow({ ownerConsultantId: 'b', phoneLeads: 0, phoneLeadsCompliant: 0, visitLeads: 0, visitLeadsCompliant: 0 }))
      .toEqual({ leads: 0, compliant: 0, percent: 100, short: 0 });
  });
});
