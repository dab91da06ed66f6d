import { reactive } from 'vue';
import { dropEarly, earlyOr } from './early';
import { api, useTokens } from './http';
import { ApiError, problemOf } from './problem';
import { homeOf } from '../desk/home';

/** The caller as identity-service states it (GET /api/identity/me). */
export interface Me {
  userId: string;
  username: string;
  displayName: string;
  developerId: string | null;
  officeRoles: Record<string, string[]>;
  roles: string[];
  certified: boolean;
}

interface SignedIn {
  username: string;
  expiresIn: number;
  accessToken: string;
}

/** An office as identity-service states it: every date and time on its screens is in its zone. */
export interface Office {
  officeId: string;
  name: string;
  zone: string;
}

export const session = reactive({
  accessToken: null as string | null,
  me: null as Me | null,
  officeId: null as string | null,
  office: null as Office | null,
});

let refreshing: Promise<boolean> | null = null;

// Whether this browser signed in and has not signed out since: only then is there a refresh cookie (HttpOnly, so the
// page cannot see it) worth a round trip to resume, and a phone that never signed in shows the sign-in form at once.
// And the office of a consultant who starts on the phone's home, so that the boot script (boot/prefetch.ts, which reads
// both under the same names) can start that screen's reads beside "me". Nothing personal: a mark and an office's id.
export const STORED = { signedIn: 'anchang.signedIn', consultantOffice: 'anchang.consultantOffice' } as const;

function remember(signedIn: boolean): void {
  if (typeof localStorage === 'undefined') return;
  if (signedIn) localStorage.setItem(STORED.signedIn, '1');
  else {
    localStorage.removeItem(STORED.signedIn);
    localStorage.removeItem(STORED.consultantOffice);
  }
}

function rememberHome(me: Me, officeId: string | null): void {
  if (typeof localStorage === 'undefined') return;
  if (officeId && homeOf(me, officeId) === '/' && me.officeRoles[officeId]?.includes('CONSULTANT')) {
    localStorage.setItem(STORED.consultantOffice, officeId);
  } else {
    localStorage.removeItem(STORED.consultantOffice);
  }
}

/** False when this browser has no session to resume (never signed in, signed out, or its last refresh was refused). */
export function mayResume(): boolean {
  return typeof localStorage === 'undefined' || localStorage.getItem(STORED.signedIn) !== null;
}

useTokens({
  token: () => session.accessToken,
  refresh: () => (refreshing ??= refresh().finally(() => (refreshing = null))),
});

export async function signIn(username: string, password: string): Promise<void> {
  dropEarly();
  const response = await fetch('/auth/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) {
    throw new ApiError(await problemOf(response));
  }
  session.accessToken = ((await response.json()) as SignedIn).accessToken;
  remember(true);
  await loadMe();
}

/** A new access token from the refresh cookie; false when there is no session to resume. */
export async function refresh(): Promise<boolean> {
  const response = await earlyOr('POST', '/auth/refresh',
    () => fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin' }));
  if (!response.ok) {
    session.accessToken = null;
    if (response.status === 401) remember(false);
    return false;
  }
  session.accessToken = ((await response.json()) as SignedIn).accessToken;
  return true;
}

export async function resume(): Promise<boolean> {
  if (!(await refresh())) {
    return false;
  }
  await loadMe();
  return true;
}

export async function signOut(): Promise<void> {
  dropEarly();
  await fetch('/auth/sign-out', { method: 'POST', credentials: 'same-origin' });
  remember(false);
  session.accessToken = null;
  session.me = null;
  session.officeId = null;
  session.office = null;
}

async function loadMe(): Promise<void> {
  const me = await api<Me>('GET', '/api/identity/me');
  session.me = me;
  session.officeId = Object.keys(me.officeRoles)[0] ?? null;
  rememberHome(me, session.officeId);
  session.office = session.officeId
    ? await api<Office>('GET', `/api/identity/offices/${encodeURIComponent(session.officeId)}`)
    : null;
}

/** The zone the office's screens read times in; until the office is known, the device's own zone. */
export function officeZone(): string {
  return session.office?.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
