import { afterEach, describe, expect, it, vi } from 'vitest';
import { session, signIn } from './session';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe('signing in', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.anchangEarly = undefined;
  });

  it('takes nothing the boot script fetched for the session before (a refresh cookie of another person)', async () => {
    // the boot script resumed the PM's session with a cookie the page cannot see, then the finance clerk signs in
    const stale = Promise.resolve(json({ userId: 'u-pm', username: 'bj.pm', displayName: 'PM', developerId: 'd',
      officeRoles: { 'office-binjiang': ['PM'] }, roles: [], certified: true }));
    window.anchangEarly = { started: performance.now(), maxAgeMs: 10_000, answers: new Map([['GET /api/identity/me', stale]]) };
    vi.stubGlobal('fetch', vi.fn(async (path: string) => {
      if (path === '/auth/sign-in') return json({ username: 'bj.finance', expiresIn: 300, accessToken: 'tok-finance' });
      if (path === '/api/identity/me') {
        return json({ userId: 'u-fin', username: 'bj.finance', displayName: '财务', developerId: 'd',
          officeRoles: { 'office-binjiang': ['FINANCE'] }, roles: [], certified: true });
      }
      return json({ officeId: 'office-binjiang', name: '滨江', zone: 'Asia/Shanghai' });
    }));

    await signIn('bj.finance', 'secret');

    expect(session.me?.username).toBe('bj.finance');
    expect(session.accessToken).toBe('tok-finance');
    expect(window.anchangEarly).toBeUndefined();
  });
});
