// The rotation board as lead-service answers it (GET /api/leads/rotation/{officeId}/board) and what it
// means for the consultant looking at it: am I on duty, am I serving, how many are ahead of me (ROT-3).

export type QueueName = 'WALK_IN' | 'PHONE';
export type EntryStatus = 'AVAILABLE' | 'SERVING' | 'UNAVAILABLE' | 'AWAY' | 'DECLINED' | 'TURN_USED';

export interface Entry {
  consultant: string;
  place: number;
  status: EntryStatus;
}

export interface QueueView {
  queue: QueueName;
  round: number;
  next: string | null;
  order: Entry[];
}

export interface Board {
  officeId: string;
  businessDay: string;
  queues: QueueView[];
  onDuty: { consultant: string; position: number; checkedInAt: string }[];
  serving: { consultant: string; assignmentId: string; queue: QueueName; since: string; turn: string | null }[];
  away: string[];
  unavailable: { consultant: string; reason: string }[];
  ringing: { offerId: string; consultant: string; openAt: string } | null;
}

/** Where one consultant stands in one queue. */
export type Standing =
  | { kind: 'next' }
  | { kind: 'waiting'; ahead: number }
  | { kind: 'serving' }
  | { kind: 'out-of-round'; status: EntryStatus }
  | { kind: 'off-duty' };

export function standingIn(board: Board, queue: QueueName, consultant: string): Standing {
  if (!board.onDuty.some((duty) => duty.consultant === consultant)) {
    return { kind: 'off-duty' };
  }
  if (board.serving.some((serving) => serving.consultant === consultant)) {
    return { kind: 'serving' };
  }
  const view = board.queues.find((q) => q.queue === queue);
  if (!view) {
    return { kind: 'off-duty' };
  }
  if (view.next === consultant) {
    return { kind: 'next' };
  }
  const order = [...view.order].sort((a, b) => a.place - b.place);
  const mine = order.find((entry) => entry.consultant === consultant);
  if (!mine || mine.status !== 'AVAILABLE') {
    return { kind: 'out-of-round', status: mine?.status ?? 'TURN_USED' };
  }
  // ROT-3: the first available one in the round's order receives
  const ahead = order.filter((entry) => entry.place < mine.place && entry.status === 'AVAILABLE').length;
  return ahead === 0 ? { kind: 'next' } : { kind: 'waiting', ahead };
}

/**
 * LEAD-2 (首接制, no log, no claim): the reception a consultant is serving, which a customer registered now
 * comes from; null when they serve no one.
 */
export function receptionOf(board: Board | null, consultant: string): Board['serving'][number] | null {
  return board?.serving.find((serving) => serving.consultant === consultant) ?? null;
}
