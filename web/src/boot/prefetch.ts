// The page's first script, a plain script with no imports that the build writes into the page itself (vite.config.ts;
// the gateway allows it by its hash): it runs while the page is parsed, long before the app's script has been fetched
// and run. On a browser that signed in before (session.ts's mark) it starts resuming the session at once: the refresh,
// then who the caller is and their office; and when the page opens on the consultant's home, that screen's script and
// its two reads (at once when this browser's consultant is known from last time, else after "me"). The app takes each
// answer once, by method and path (api/early.ts); what it does not take within a few seconds is dropped. On a slow
// phone that turns five round trips made after the app's script has run into round trips made while it downloads
// (issue 15's budget; ADR 35).

/** The answers started early, by "METHOD path", and when (performance.now()). */
export interface Early {
  started: number;
  maxAgeMs: number;
  answers: Map<string, Promise<Response>>;
}

/** The parts of the window the prefetch uses: a test hands in its own. */
export interface BootWindow {
  fetch: typeof fetch;
  localStorage: Pick<Storage, 'getItem'>;
  location: Pick<Location, 'hash'>;
  performance: Pick<Performance, 'now'>;
  document: Pick<Document, 'querySelector' | 'createElement' | 'head'>;
}

/** session.ts's mark: this browser signed in and has not signed out since. */
export const SIGNED_IN = 'anchang.signedIn';

/** The office this browser's consultant signed in to last (session.ts keeps it; the office's id, nothing personal). */
export const CONSULTANT_OFFICE = 'anchang.consultantOffice';

/** The page's list of the consultant's home's scripts (written into the page by the build, vite.config.ts). */
export const HOME_SCRIPTS = 'anchang-home-scripts';

const MAX_AGE_MS = 10_000;

interface Who {
  officeRoles?: Record<string, string[]>;
}

export function prefetch(win: BootWindow): Early | undefined {
  if (win.localStorage.getItem(SIGNED_IN) === null) return undefined;
  const early: Early = { started: win.performance.now(), maxAgeMs: MAX_AGE_MS, answers: new Map() };
  const json = { Accept: 'application/json' };
  const get = (path: string, token: string): Promise<Response> => {
    const answer = win.fetch(path, { headers: { ...json, Authorization: `Bearer ${token}` }, credentials: 'same-origin' });
    early.answers.set(`GET ${path}`, answer);
    return answer;
  };
  // The office this browser's consultant worked in last time (session.ts): its home's reads need not wait for "me".
  const home = onHome(win.location.hash);
  const lastOffice = home ? win.localStorage.getItem(CONSULTANT_OFFICE) : null;
  if (home) preloadScripts(win, HOME_SCRIPTS);

  const refresh = win.fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin' });
  early.answers.set('POST /auth/refresh', refresh);
  const token = refresh.then(async (r) => (r.ok ? ((await r.clone().json()) as { accessToken?: string }).accessToken : undefined));

  // The caller's answer is handed on only once the reads that follow from it are under way, so the app never asks for them
  // a moment before they are listed.
  const me = token.then(async (accessToken) => {
    if (!accessToken) throw new Error('no session to resume');
    if (lastOffice) officeReads(lastOffice, true, accessToken);
    const answer = await win.fetch('/api/identity/me', { headers: { ...json, Authorization: `Bearer ${accessToken}` },
      credentials: 'same-origin' });
    if (answer.ok && !lastOffice) {
      const [officeId, roles = []] = Object.entries(((await answer.clone().json()) as Who).officeRoles ?? {})[0] ?? [];
      if (officeId) officeReads(officeId, home && roles.includes('CONSULTANT'), accessToken);
    }
    return answer;
  });
  me.catch(() => early.answers.delete('GET /api/identity/me'));
  early.answers.set('GET /api/identity/me', me);

  function officeReads(officeId: string, consultantHome: boolean, accessToken: string): void {
    const office = encodeURIComponent(officeId);
    get(`/api/identity/offices/${office}`, accessToken);
    if (consultantHome) {
      get(`/api/leads/rotation/${office}/board`, accessToken);
      get(`/api/identity/offices/${office}/staff`, accessToken);
    }
  }
  return early;
}

/** The consultant's home is the app's start: the page opened with no route or with "#/". */
export function onHome(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/' || hash.startsWith('#/?');
}

function preloadScripts(win: BootWindow, listName: string): void {
  const list = win.document.querySelector(`meta[name="${listName}"]`)?.getAttribute('content') ?? '';
  for (const href of list.split(' ').filter(Boolean)) {
    const link = win.document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    win.document.head.appendChild(link);
  }
}
