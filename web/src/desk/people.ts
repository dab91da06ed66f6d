import { api } from '../api/http';
import { ApiError } from '../api/problem';
import { t } from '../i18n';
import { refusalText } from '../i18n/serverTexts';

// What every desk screen needs: the office's people by name (the services answer user ids), and a failure
// in the words the service gave it.

export async function staffNames(officeId: string): Promise<Record<string, string>> {
  const staff = await api<{ userId: string; displayName: string }[]>('GET',
    `/api/identity/offices/${encodeURIComponent(officeId)}/staff`);
  return Object.fromEntries(staff.map((p) => [p.userId, p.displayName]));
}

/** A person's name, or their id when the office no longer lists them. */
export function nameIn(names: Record<string, string>, userId: string | null | undefined): string {
  return userId ? (names[userId] ?? userId) : '';
}

/** A service's text with the people it names by id (user-…) named as the office knows them. */
export function withNames(text: string, names: Record<string, string>): string {
  return text.replace(/\buser-[0-9a-f-]{8,}/g, (id) => names[id] ?? id);
}

/**
 * A failure in words: a refused rule in Chinese by its id (the service's own sentence, naming the rule, under the
 * English switch), another problem as the service worded it, or that the network failed.
 */
export function saidBy(e: unknown, names: Record<string, string> = {}): string {
  if (!(e instanceof ApiError)) return t('common.network');
  return refusalText(e.problem, withNames(e.message, names));
}
