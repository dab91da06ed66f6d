import { describe, expect, it } from 'vitest';
import { type Board, type Entry, receptionOf, standingIn } from './rotation';

function board(order: Entry[], extra: Partial<Board> = {}): Board {
  return {
    officeId: 'office-1',
    businessDay: '2026-12-05',
    queues: [{ queue: 'WALK_IN', round: 1, next: order.find((e) => e.status === 'AVAILABLE')?.consultant ?? null, order }],
    onDuty: order.map((e) => ({ consultant: e.consultant, position: e.place, checkedInAt: '2026-12-05T01:00:00Z' })),
    serving: [],
    away: [],
    unavailable: [],
    ringing: null,
    ...extra,
  };
}

describe('where a consultant stands in the walk-in queue (ROT-3)', () => {
  const order: Entry[] = [
    { consultant: 'a', place: 1, status: 'TURN_USED' },
    { consultant: 'b', place: 2, status: 'AVAILABLE' },
    { consultant: 'c', place: 3, status: 'UNAVAILABLE' },
    { consultant: 'd', place: 4, status: 'AVAILABLE' },
    { consultant: 'e', place: 5, status: 'AVAILABLE' },
  ];

  it('ROT-3: the first available one in the round order is next', () => {
    expect(standingIn(board(order), 'WALK_IN', 'b')).toEqual({ kind: 'next' });
  });

  it('ROT-5: an unavailable colleague ahead is not counted as ahead', () => {
    expect(standingIn(board(order), 'WALK_IN', 'd')).toEqual({ kind: 'waiting', ahead: 1 });
    expect(standingIn(board(order), 'WALK_IN', 'e')).toEqual({ kind: 'waiting', ahead: 2 });
  });

  it('ROT-9: a consultant who already received this round waits for the next round', () => {
    expect(standingIn(board(order), 'WALK_IN', 'a')).toEqual({ kind: 'out-of-round', status: 'TURN_USED' });
  });

  it('says serving while the consultant serves, and off duty before check-in', () => {
    const serving = board(order, {
      serving: [{ consultant: 'd', assignmentId: 'x', queue: 'WALK_IN', since: '2026-12-05T02:00:00Z', turn: null }],
    });
    expect(standingIn(serving, 'WALK_IN', 'd')).toEqual({ kind: 'serving' });
    expect(standingIn(board(order), 'WALK_IN', 'z')).toEqual({ kind: 'off-duty' });
  });
});

describe('the reception a registration comes from (LEAD-2)', () => {
  const order: Entry[] = [{ consultant: 'a', place: 1, status: 'SERVING' }, { consultant: 'b', place: 2, status: 'AVAILABLE' }];
  const serving = board(order, {
    serving: [{ consultant: 'a', assignmentId: '2026-12-05-r1', queue: 'PHONE', since: '2026-12-05T02:00:00Z', turn: 'ROT-9' }],
  });

  it('LEAD-2: is the one the consultant is serving, so the customer is linked to the logged reception', () => {
    expect(receptionOf(serving, 'a')).toMatchObject({ assignmentId: '2026-12-05-r1', queue: 'PHONE' });
  });

  it('LEAD-2: is none for a consultant serving no one, or before the board is read', () => {
    expect(receptionOf(serving, 'b')).toBeNull();
    expect(receptionOf(null, 'a')).toBeNull();
  });
});
