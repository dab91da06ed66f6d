import { api } from '../api/http';
import { ApiError } from '../api/problem';
import { t } from '../i18n';

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

/** The service's problem detail, or that the network failed. */
export function saidBy(e: unknown): string {
  return e instanceof ApiError ? e.message : t('common.network');
}
