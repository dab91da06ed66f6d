import { ApiError } from '../api/problem';

// The PM's staff of the office (identity-service, IDN-7): who holds which office role, who is certified (上岗, ROT-1:
// only certified consultants enter the rotation); a role granted or revoked, a certification set, a colleague of
// the developer found by username and added with a role.

export const OFFICE_ROLES = ['CONSULTANT', 'SALES_CONTROL', 'FINANCE', 'PM'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

export interface StaffMember { userId: string; username: string; displayName: string; roles: string[]; certified: boolean }

export interface FoundUser {
  userId: string; username: string; displayName: string; employment: string; certified: boolean;
  grants: { officeId: string | null; role: string }[];
}

export interface Call { method: 'POST' | 'DELETE' | 'PUT'; path: string; body?: unknown }

/** Granting or revoking one office role at the office. */
export function roleCall(userId: string, role: OfficeRole, officeId: string, on: boolean): Call {
  const user = `/api/identity/users/${encodeURIComponent(userId)}`;
  return on
    ? { method: 'POST', path: `${user}/grants`, body: { role, officeId } }
    : { method: 'DELETE', path: `${user}/grants/${role}?officeId=${encodeURIComponent(officeId)}` };
}

export function certificationCall(userId: string, certified: boolean): Call {
  return { method: 'PUT', path: `/api/identity/users/${encodeURIComponent(userId)}/certification`, body: { certified } };
}

/** The PM does not take their own PM role away here: that would lock them out of this very screen. */
export function mayToggle(member: StaffMember, role: OfficeRole, myUserId: string | null): boolean {
  return !(role === 'PM' && member.userId === myUserId);
}

/** The roles a found person already holds at this office. */
export function rolesAt(user: FoundUser, officeId: string): string[] {
  return user.grants.filter((g) => g.officeId === officeId).map((g) => g.role);
}

/** The PM first, then sales control and finance, then the consultants, each by username. */
export function sortedStaff(staff: StaffMember[]): StaffMember[] {
  const rank = (m: StaffMember) => (m.roles.includes('PM') ? 0 : m.roles.includes('CONSULTANT') ? 2 : 1);
  return [...staff].sort((a, b) => rank(a) - rank(b) || a.username.localeCompare(b.username));
}

/** A look-up that found nobody (unknown, or another developer's: 404 alike) is said as such, not as an error. */
export function notFound(e: unknown): boolean {
  return e instanceof ApiError && e.status === 404;
}
