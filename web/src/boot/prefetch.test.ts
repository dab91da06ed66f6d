import { afterEach, describe, expect, it } from 'vitest';
import { type BootWindow, CONSULTANT_OFFICE, HOME_SCRIPTS, SIGNED_IN, onHome, prefetch } from './prefetch';
import { STORED } from '../api/session';
import { earlyOr, takeEarly } from '../api/early';

interface Call { method: string; path: string; authorization?: string }

/** A window whose fetch answers from a table and records each request in order. */
function fakeWindow(opts: { stored?: Record<string, string>; hash?: string; answers?: Record<string, () => Response> }) {
  const calls: Call[] = [];
  const preloaded: string[] = [];
  const meta = { getAttribute: () => '/app/assets/ConsultantHome-1.js /app/assets/people-2.js' };
  const win: BootWindow = {
    localStorage: { getItem: (key) => opts.stored?.[key] ?? null },
    location: { hash: opts.hash ?? '' },
    performance: { now: () => 0 },
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const headers = (init?.headers ?? {}) as Record<string, string>;
      calls.push({ method: init?.method ?? 'GET', path, authorization: headers.Authorization });
      const answer = opts.answers?.[`${init?.method ?? 'GET'} ${path}`];
      return answer ? answer() : new Response('{}', { status: 200 });
    }) as typeof fetch,
    document: {
      querySelector: ((selector: string) => (selector === `meta[name="${HOME_SCRIPTS}"]` ? meta : null)) as never,
      createElement: (() => ({ rel: '', href: '' })) as never,
      head: { appendChild: (link: { href: string }) => preloaded.push(link.href) } as never,
    },
  };
  return { win, calls, preloaded };
}

const json = (body: unknown, status = 200) => () => new Response(JSON.stringify(body), { status });
const signedIn = { [SIGNED_IN]: '1' };
const tokens = { 'POST /auth/refresh': json({ accessToken: 'tok', expiresIn: 300, username: 'bj.consultant1' }) };
const consultant = { officeRoles: { 'office-binjiang': ['CONSULTANT'] }, roles: [] };

async function settled(early: ReturnType<typeof prefetch>): Promise<void> {
  await Promise.allSettled([...early!.answers.values()]);
  await Promise.allSettled([...early!.answers.values()]);
}

describe('the boot script resumes a session while the app downloads (issue 15 budget)', () => {
  it('does nothing on a browser that never signed in: the sign-in form needs no round trip', () => {
    const { win, calls, preloaded } = fakeWindow({});
    expect(prefetch(win)).toBeUndefined();
    expect(calls).toEqual([]);
    expect(preloaded).toEqual([]);
  });

  it('asks for "me", the office, the board and the staff at once after the refresh, for the consultant of last time', async () => {
    const { win, calls, preloaded } = fakeWindow({ stored: { ...signedIn, [CONSULTANT_OFFICE]: 'office-binjiang' },
      answers: { ...tokens, 'GET /api/identity/me': json(consultant) } });
    const early = prefetch(win);
    expect(preloaded).toEqual(['/app/assets/ConsultantHome-1.js', '/app/assets/people-2.js']);
    await settled(early);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /auth/refresh',
      'GET /api/identity/offices/office-binjiang',
      'GET /api/leads/rotation/office-binjiang/board',
      'GET /api/identity/offices/office-binjiang/staff',
      'GET /api/identity/me',
    ]);
    expect(calls.slice(1).every((c) => c.authorization === 'Bearer tok')).toBe(true);
    expect([...early!.answers.keys()].sort()).toEqual(calls.map((c) => `${c.method} ${c.path}`).sort());
  });

  it('lists the office\'s reads before it hands on "me", when it must wait for "me" to know the office', async () => {
    const { win } = fakeWindow({ stored: signedIn, answers: { ...tokens, 'GET /api/identity/me': json(consultant) } });
    const early = prefetch(win)!;
    await early.answers.get('GET /api/identity/me');
    expect([...early.answers.keys()]).toContain('GET /api/leads/rotation/office-binjiang/board');
    expect([...early.answers.keys()]).toContain('GET /api/identity/offices/office-binjiang/staff');
  });

  it('reads only the office for a PM, and nothing of the home on a deeper page', async () => {
    const pm = fakeWindow({ stored: signedIn, answers: { ...tokens,
      'GET /api/identity/me': json({ officeRoles: { 'office-binjiang': ['PM'] }, roles: [] }) } });
    await settled(prefetch(pm.win));
    expect(pm.calls.map((c) => c.path)).toEqual(['/auth/refresh', '/api/identity/me', '/api/identity/offices/office-binjiang']);

    const deeper = fakeWindow({ stored: { ...signedIn, [CONSULTANT_OFFICE]: 'office-binjiang' }, hash: '#/deals',
      answers: { ...tokens, 'GET /api/identity/me': json(consultant) } });
    await settled(prefetch(deeper.win));
    expect(deeper.calls.map((c) => c.path)).not.toContain('/api/leads/rotation/office-binjiang/board');
    expect(deeper.preloaded).toEqual([]);
  });

  it('stops after a refused refresh, leaving the app only the refusal to read', async () => {
    const { win, calls } = fakeWindow({ stored: { ...signedIn, [CONSULTANT_OFFICE]: 'office-binjiang' },
      answers: { 'POST /auth/refresh': json({ status: 401 }, 401) } });
    const early = prefetch(win)!;
    await settled(early);
    expect(calls.map((c) => c.path)).toEqual(['/auth/refresh']);
    expect([...early.answers.keys()]).toEqual(['POST /auth/refresh']);
    expect((await early.answers.get('POST /auth/refresh'))!.status).toBe(401);
  });

  it('knows the home by its route', () => {
    expect(['', '#', '#/', '#/?x=1'].every(onHome)).toBe(true);
    expect(['#/deals', '#/desk/pm'].some(onHome)).toBe(false);
  });

  it('keeps its marks under the names the app writes them', () => {
    expect(STORED.signedIn).toBe(SIGNED_IN);
    expect(STORED.consultantOffice).toBe(CONSULTANT_OFFICE);
  });
});

describe('the app takes an early answer once', () => {
  afterEach(() => {
    window.anchangEarly = undefined;
  });

  it('by method and path, once, and not once the answers are too old', async () => {
    const answer = Promise.resolve(new Response('{"userId":"u"}'));
    window.anchangEarly = { started: performance.now(), maxAgeMs: 10_000, answers: new Map([['GET /api/identity/me', answer]]) };
    expect(takeEarly('POST', '/api/identity/me')).toBeUndefined();
    expect(takeEarly('GET', '/api/identity/me')).toBe(answer);
    expect(takeEarly('GET', '/api/identity/me')).toBeUndefined();

    window.anchangEarly = { started: performance.now() - 20_000, maxAgeMs: 10_000, answers: new Map([['GET /x', answer]]) };
    expect(takeEarly('GET', '/x')).toBeUndefined();
  });

  it('asks again when the early request failed on the way', async () => {
    const failed = Promise.reject(new TypeError('network'));
    failed.catch(() => undefined);
    window.anchangEarly = { started: performance.now(), maxAgeMs: 10_000, answers: new Map([['GET /x', failed]]) };
    const now = await earlyOr('GET', '/x', async () => new Response('asked again'));
    expect(await now.text()).toBe('asked again');
  });
});
