// The PM's audit of the office for one day: lead-service's (who was shown customers' full contact details,
// the PM's overrides and reassignments, LEAD-10) and identity-service's (sign-ins, grants, passwords), newest
// first in one timeline; and whom a lead may be reassigned to (LEAD-8: a consultant of the office).

export interface LeadAuditEntry {
  entryId: string; at: string; action: string; userId: string; username: string | null; leadId: string | null;
  detail: string | null;
}

export interface IdentityAuditEntry {
  id: string; at: string; action: string; actorId: string | null; actorName: string | null; subjectId: string | null;
  detail: string | null;
}

export interface AuditRow {
  key: string; at: string; source: 'leads' | 'identity'; action: string; who: string; leadId: string | null;
  detail: string;
}

export function timeline(leads: LeadAuditEntry[], identity: IdentityAuditEntry[]): AuditRow[] {
  const rows: AuditRow[] = [
    ...leads.map((e) => ({ key: `l-${e.entryId}`, at: e.at, source: 'leads' as const, action: e.action,
      who: e.username ?? e.userId, leadId: e.leadId, detail: e.detail ?? '' })),
    ...identity.map((e) => ({ key: `i-${e.id}`, at: e.at, source: 'identity' as const, action: e.action,
      who: e.actorName ?? e.actorId ?? '', leadId: null, detail: e.detail ?? '' })),
  ];
  return rows.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** LEAD-8: a lead goes to a consultant of the office. */
export function consultantsOf(staff: { userId: string; displayName: string; roles: string[] }[]):
  { userId: string; displayName: string }[] {
  return staff.filter((p) => p.roles.includes('CONSULTANT')).map(({ userId, displayName }) => ({ userId, displayName }));
}
