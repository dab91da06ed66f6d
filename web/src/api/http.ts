import { earlyOr } from './early';
import { ApiError, problemOf } from './problem';

// Every call to /api goes through here: the access token (kept in memory only, never in storage) as a
// bearer token; a 401 refreshes it once through the HttpOnly cookie (/auth/refresh) and repeats the call.

export interface TokenSource {
  token(): string | null;
  refresh(): Promise<boolean>;
}

let tokens: TokenSource = { token: () => null, refresh: async () => false };

export function useTokens(source: TokenSource): void {
  tokens = source;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  // a read the boot script started while the app's script was on its way (boot/prefetch.ts) is taken once
  let response = await (method === 'GET' ? earlyOr(method, path, () => send(method, path)) : send(method, path, body));
  if (response.status === 401 && (await tokens.refresh())) {
    response = await send(method, path, body);
  }
  if (!response.ok) {
    throw new ApiError(await problemOf(response));
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

/** A file the services make (a receipt's or a subscription's PDF), with the same token and refresh as api(). */
export async function file(path: string, accept: string): Promise<Blob> {
  let response = await send('GET', path, undefined, accept);
  if (response.status === 401 && (await tokens.refresh())) {
    response = await send('GET', path, undefined, accept);
  }
  if (!response.ok) {
    throw new ApiError(await problemOf(response));
  }
  return response.blob();
}

function send(method: string, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept, ...authorization() };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Headers for a request made outside api(), such as the live board's event stream. */
export function authorization(): Record<string, string> {
  const token = tokens.token();
  return token ? { Authorization: `Bearer ${token}` } : {};
}
