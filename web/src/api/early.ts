import type { Early } from '../boot/prefetch';

declare global {
  interface Window {
    /** What the boot script started before the app's script ran (boot/prefetch.ts). */
    anchangEarly?: Early;
  }
}

/**
 * The answer the boot script started for this exact request ("METHOD path"), taken once: a second call, or a call after the
 * answers' age limit, makes its own request.
 */
export function takeEarly(method: string, path: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.anchangEarly;
  if (!early) return undefined;
  const key = `${method} ${path}`;
  const answer = early.answers.get(key);
  early.answers.delete(key);
  if (!answer || performance.now() - early.started > early.maxAgeMs) return undefined;
  return answer;
}

/** The early answer when there is one, else (or when it failed on the way) the request made now. */
export function earlyOr(method: string, path: string, request: () => Promise<Response>): Promise<Response> {
  return takeEarly(method, path)?.catch(request) ?? request();
}

/**
 * Forgets every early answer: they belong to the session the boot script resumed, and a sign-in or sign-out ends it (a
 * refresh cookie the page cannot see may have resumed someone else's session before the form was used).
 */
export function dropEarly(): void {
  if (typeof window !== 'undefined') window.anchangEarly = undefined;
}
