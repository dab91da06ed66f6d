import type { Me } from '../api/session';

// Where each role starts: consultants on the phone's home, the PM and finance at their desks, head office on
// the dashboard of its developer's offices. A person with several roles starts at the first that applies.

export function homeOf(me: Me | null, officeId: string | null): string {
  if (!me) return '/';
  const here = officeId ? (me.officeRoles[officeId] ?? []) : [];
  if (here.includes('PM')) return '/desk/pm';
  if (here.includes('FINANCE')) return '/desk/finance';
  if (here.includes('CONSULTANT') || here.includes('SALES_CONTROL')) return '/';
  if (me.roles.includes('HEAD_OFFICE')) return '/dashboard';
  return '/';
}
