import type { Board, EntryStatus, QueueName } from '../board/rotation';

// The PM's rotation board (lead-service's /api/leads/rotation/{office}): one row per consultant on duty, what
// they are doing, and which of the rotation's actions the PM may take for them now (ROT-3..8). The PM always
// acts for a consultant, so every action carries the PM's reason.

export type RosterState = 'serving' | 'away' | 'unavailable' | 'available';
export type Action = 'decline' | 'unavailable' | 'back' | 'away' | 'hand-over' | 'cover';
export type CoverKind = 'COLLEAGUES_CUSTOMER' | 'NOT_A_BUYER';

export interface RosterRow {
  consultant: string;
  position: number;
  checkedInAt: string;
  state: RosterState;
  /** ROT-5: the objective reason given when unavailable. */
  reason: string | null;
  /** The reception being served, with its queue and how it counts (ROT-9, or ROT-7/ROT-8 when the turn is kept). */
  serving: { assignmentId: string; queue: QueueName; since: string; turn: string | null } | null;
  /** Where the consultant stands in each queue's current round. */
  places: { queue: QueueName; status: EntryStatus }[];
  /** The queues whose next visitor or call goes to them now (ROT-3). */
  nextIn: QueueName[];
  /** The actions that apply now. */
  actions: Action[];
  /** ROT-4: the queues where they still hold a turn this round, so may decline it. */
  declinable: QueueName[];
}

export function roster(board: Board): RosterRow[] {
  return [...board.onDuty].sort((a, b) => a.position - b.position).map((duty) => {
    const serving = board.serving.find((s) => s.consultant === duty.consultant) ?? null;
    const unavailable = board.unavailable.find((u) => u.consultant === duty.consultant) ?? null;
    const away = board.away.includes(duty.consultant);
    const state: RosterState = serving ? 'serving' : away ? 'away' : unavailable ? 'unavailable' : 'available';
    const places: { queue: QueueName; status: EntryStatus }[] = [];
    const declinable: QueueName[] = [];
    for (const queue of board.queues) {
      const entry = queue.order.find((e) => e.consultant === duty.consultant);
      if (entry) {
        places.push({ queue: queue.queue, status: entry.status });
        // ROT-4: a turn still held this round (not used, not already declined)
        if (entry.status !== 'TURN_USED' && entry.status !== 'DECLINED') declinable.push(queue.queue);
      }
    }
    const actions: Action[] = [];
    if (declinable.length) actions.push('decline');
    if (state === 'available') actions.push('unavailable', 'away');
    if (state === 'unavailable' || state === 'away') actions.push('back');
    if (state === 'serving') {
      actions.push('hand-over');
      // ROT-8: only a reception that uses the turn can be made one that keeps it
      if (serving?.turn === 'ROT-9') actions.push('cover');
    }
    return {
      consultant: duty.consultant,
      position: duty.position,
      checkedInAt: duty.checkedInAt,
      state,
      reason: unavailable?.reason ?? null,
      serving: serving ? { assignmentId: serving.assignmentId, queue: serving.queue, since: serving.since, turn: serving.turn } : null,
      places,
      nextIn: board.queues.filter((q) => q.next === duty.consultant).map((q) => q.queue),
      actions,
      declinable,
    };
  });
}

/**
 * ROT-7: the colleagues on duty a visitor may be handed to, free ones first; one serving another visitor is listed
 * too (the visitor may be theirs), and lead-service refuses the hand-over while they serve (ROT-3).
 */
export function ownersFor(board: Board, consultant: string): { consultant: string; serving: boolean }[] {
  return board.onDuty.filter((d) => d.consultant !== consultant)
    .map((d) => ({ consultant: d.consultant, serving: board.serving.some((s) => s.consultant === d.consultant) }))
    .sort((a, b) => Number(a.serving) - Number(b.serving));
}

export interface ActionInput {
  reason: string;
  queue?: QueueName;
  owner?: string;
  cover?: CoverKind;
}

export type ActionRequest =
  | { ok: true; path: string; body: Record<string, string> }
  | { ok: false; missing: 'reason' | 'queue' | 'owner' | 'cover' };

/** The call to lead-service for one action the PM takes for a consultant, or what the PM has still to give. */
export function actionRequest(action: Action, consultant: string, input: ActionInput): ActionRequest {
  const reason = input.reason.trim();
  if (!reason) return { ok: false, missing: 'reason' };
  const body: Record<string, string> = { consultant, reason };
  switch (action) {
    case 'decline':
      if (!input.queue) return { ok: false, missing: 'queue' };
      return { ok: true, path: 'decline', body: { ...body, queue: input.queue } };
    case 'hand-over':
      if (!input.owner) return { ok: false, missing: 'owner' };
      return { ok: true, path: 'hand-over', body: { ...body, ownerConsultantId: input.owner } };
    case 'cover':
      if (!input.cover) return { ok: false, missing: 'cover' };
      return { ok: true, path: 'cover', body: { ...body, kind: input.cover } };
    default:
      return { ok: true, path: action, body };
  }
}

// ------------------------------------------------------------------ the reports of a day

export interface FairnessReport {
  officeId: string;
  businessDay: string;
  walkInRounds: number;
  phoneRounds: number;
  consultants: {
    consultant: string; position: number; receptions: number; walkIns: number; calls: number; turnsUsed: number;
    turnsKept: number; ownCustomers: number; openCallsTaken: number; skipsByRule: Record<string, number>;
    skips: { queue: QueueName; round: number; rule: string; reason: string; at: string }[];
  }[];
}

/**
 * ROT-9: how far apart the consultants' used turns are on the day; the rotation is fair when no one on duty
 * used more than one turn more than another (a round gives each one turn).
 */
export function turnSpread(report: FairnessReport): { least: number; most: number; fair: boolean } {
  const used = report.consultants.filter((c) => c.position > 0).map((c) => c.turnsUsed);
  if (used.length === 0) return { least: 0, most: 0, fair: true };
  const least = Math.min(...used);
  const most = Math.max(...used);
  return { least, most, fair: most - least <= 1 };
}

export interface ComplianceFigure {
  ownerConsultantId: string; phoneLeads: number; phoneLeadsCompliant: number; visitLeads: number; visitLeadsCompliant: number;
}

export interface ComplianceReport {
  officeId: string; minFollowUpsPhone: number; minFollowUpsVisit: number; consultants: ComplianceFigure[];
}

/** LEAD-12: a consultant's share of leads with the minimum follow-ups, in whole percent; short when below all. */
export function complianceRow(figure: ComplianceFigure): { leads: number; compliant: number; percent: number; short: number } {
  const leads = figure.phoneLeads + figure.visitLeads;
  const compliant = figure.phoneLeadsCompliant + figure.visitLeadsCompliant;
  return { leads, compliant, percent: leads === 0 ? 100 : Math.floor((compliant * 100) / leads), short: leads - compliant };
}
