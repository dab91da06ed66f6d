import type { Me } from '../api/session';

// Where each role starts: consultants on the phone's home, the PM, finance and sales control at their desks, head office on
// the dashboard of its developer's offices, the platform administrator at the onboarding of offices. A person with several roles starts at the first that applies.

export function homeOf(me: Me | null, officeId: string | null): string {
  if (!me) return '/';
  const here = officeId ? (me.officeRoles[officeId] ?? []) : [];
  if (here.includes('PM')) return '/desk/pm';
  if (here.includes('FINANCE')) return '/desk/finance';
  if (here.includes('SALES_CONTROL') && !here.includes('CONSULTANT')) return '/desk/sales-control';
  if (here.includes('CONSULTANT')) return '/';
  if (me.roles.includes('HEAD_OFFICE')) return '/dashboard';
  if (me.roles.includes('PLATFORM_ADMIN')) return '/desk/admin';
  return '/';
}
