import type { ServerEvent } from '../api/eventStream';

// A person's reminders (NOTE-6) as notification-service answers them (GET
// /api/notifications/consultants/me/inbox), kept live by its stream: 'inbox' is the inbox as it is, newest
// first; 'reminder' one stored afterwards.

export interface Reminder {
  id: string;
  officeId: string | null;
  kind: string;
  subject: string | null;
  text: string;
  at: string;
  doneAt: string | null;
  outcome: string | null;
}

/** The inbox after one event of its stream: the whole inbox replaced, or one reminder added (once) on top. */
export function withEvent(inbox: Reminder[], event: ServerEvent): Reminder[] {
  if (event.event === 'inbox') {
    return newestFirst(JSON.parse(event.data) as Reminder[]);
  }
  if (event.event === 'reminder') {
    const reminder = JSON.parse(event.data) as Reminder;
    return newestFirst([reminder, ...inbox.filter((r) => r.id !== reminder.id)]);
  }
  return inbox;
}

function newestFirst(reminders: Reminder[]): Reminder[] {
  return [...reminders].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** Where a reminder leads: a lapsing protection or a follow-up due to the customer's page; what waits for the PM to the PM's desk. */
export function linkOf(reminder: Reminder): string | null {
  if ((reminder.kind === 'PROTECTION_LAPSING' || reminder.kind === 'FOLLOW_UP_DUE') && reminder.subject) {
    return `/customers/${encodeURIComponent(reminder.subject)}`;
  }
  if (reminder.kind === 'COLLISION_WAITING' || reminder.kind === 'CLAIM_WAITING') {
    return '/desk/pm';
  }
  return null;
}

/** The reminders still open (not decided) — what the badge counts. */
export function openCount(inbox: Reminder[]): number {
  return inbox.filter((r) => !r.doneAt).length;
}
