import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { type StaffMember, certificationCall, mayToggle, notFound, roleCall, rolesAt, sortedStaff } from './staff';

const member = (userId: string, username: string, roles: string[]): StaffMember =>
  ({ userId, username, displayName: username, roles, certified: true });

describe('IDN-7, ROT-1: the office\'s staff on the PM\'s desk', () => {
  it('grants and revokes an office role at the office, and sets a certification', () => {
    expect(roleCall('u-1', 'FINANCE', 'office-binjiang', true))
      .toEqual({ method: 'POST', path: '/api/identity/users/u-1/grants', body: { role: 'FINANCE', officeId: 'office-binjiang' } });
    expect(roleCall('u-1', 'FINANCE', 'office-binjiang', false))
      .toEqual({ method: 'DELETE', path: '/api/identity/users/u-1/grants/FINANCE?officeId=office-binjiang' });
    expect(certificationCall('u 1', false))
      .toEqual({ method: 'PUT', path: '/api/identity/users/u%201/certification', body: { certified: false } });
  });

  it('keeps the PM from taking away their own PM role, lists the PM first and the consultants last', () => {
    const pm = member('u-pm', 'bj.pm', ['PM']);
    expect(mayToggle(pm, 'PM', 'u-pm')).toBe(false);
    expect(mayToggle(pm, 'FINANCE', 'u-pm')).toBe(true);
    expect(mayToggle(member('u-2', 'bj.consultant2', ['CONSULTANT']), 'PM', 'u-pm')).toBe(true);
    expect(sortedStaff([member('c2', 'bj.consultant2', ['CONSULTANT']), member('f', 'bj.finance', ['FINANCE']),
      member('c1', 'bj.consultant1', ['CONSULTANT']), pm]).map((m) => m.username))
      .toEqual(['bj.pm', 'bj.finance', 'bj.consultant1', 'bj.consultant2']);
  });

  it('reads a found colleague\'s roles at this office, and a 404 as nobody found', () => {
    expect(rolesAt({ userId: 'u', username: 'x', displayName: 'x', employment: 'ACTIVE', certified: false,
      grants: [{ officeId: 'office-xihu', role: 'CONSULTANT' }, { officeId: 'office-binjiang', role: 'FINANCE' }] },
    'office-binjiang')).toEqual(['FINANCE']);
    expect(notFound(new ApiError({ status: 404 }))).toBe(true);
    expect(notFound(new ApiError({ status: 403, rule: 'IDN-7' }))).toBe(false);
  });
});
