import { reactive } from 'vue';
import { api, useTokens } from './http';
import { ApiError, problemOf } from './problem';

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

export const session = reactive({
  accessToken: null as string | null,
  me: null as Me | null,
  officeId: null as string | null,
});

let refreshing: Promise<boolean> | null = null;

useTokens({
  token: () => session.accessToken,
  refresh: () => (refreshing ??= refresh().finally(() => (refreshing = null))),
});

export async function signIn(username: string, password: string): Promise<void> {
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
  await loadMe();
}

/** A new access token from the refresh cookie; false when there is no session to resume. */
export async function refresh(): Promise<boolean> {
  const response = await fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) {
    session.accessToken = null;
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
  await fetch('/auth/sign-out', { method: 'POST', credentials: 'same-origin' });
  session.accessToken = null;
  session.me = null;
  session.officeId = null;
}

async function loadMe(): Promise<void> {
  const me = await api<Me>('GET', '/api/identity/me');
  session.me = me;
  session.officeId = Object.keys(me.officeRoles)[0] ?? null;
}
