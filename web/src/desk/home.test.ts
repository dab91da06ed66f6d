import { describe, expect, it } from 'vitest';
import type { Me } from '../api/session';
import { homeOf } from './home';

function me(officeRoles: Record<string, string[]>, roles: string[] = []): Me {
  return { userId: 'u', username: 'u', displayName: 'U', developerId: 'dev', officeRoles, roles, certified: true };
}

describe('where each role starts after signing in', () => {
  it('the PM and finance at their desks, sales control at its desk, consultants on the phone home, head office on the dashboard, the platform administrator at onboarding', () => {
    expect(homeOf(me({ o: ['PM'] }), 'o')).toBe('/desk/pm');
    expect(homeOf(me({ o: ['FINANCE'] }), 'o')).toBe('/desk/finance');
    expect(homeOf(me({ o: ['CONSULTANT'] }), 'o')).toBe('/');
    expect(homeOf(me({ o: ['SALES_CONTROL'] }), 'o')).toBe('/desk/sales-control');
    expect(homeOf(me({}, ['HEAD_OFFICE']), null)).toBe('/dashboard');
    expect(homeOf(me({}, ['PLATFORM_ADMIN']), null)).toBe('/desk/admin');
  });

  it('a PM who is also a consultant starts at the desk; someone without any role on the phone home', () => {
    expect(homeOf(me({ o: ['CONSULTANT', 'PM'] }), 'o')).toBe('/desk/pm');
    expect(homeOf(me({}), null)).toBe('/');
    expect(homeOf(null, null)).toBe('/');
  });
});
