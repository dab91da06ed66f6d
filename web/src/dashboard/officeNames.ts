import { api } from '../api/http';

/**
 * The names of the offices a dashboard answer names, from identity-service, added to those already known (an office
 * whose name cannot be read keeps its id).
 */
export async function withOfficeNames(ids: string[], known: Record<string, string>): Promise<Record<string, string>> {
  const unknown = ids.filter((id) => !(id in known));
  const found = await Promise.all(unknown.map((id) =>
    api<{ officeId: string; name: string }>('GET', `/api/identity/offices/${encodeURIComponent(id)}`)
      .catch(() => ({ officeId: id, name: id }))));
  return { ...known, ...Object.fromEntries(found.map((o) => [o.officeId, o.name])) };
}

/** An office's name as shown: demo names carry the English after the Chinese, so Chinese shows the first part. */
export function shownName(name: string, lang: string): string {
  return lang === 'zh' ? name.split(/\s+(?=[A-Za-z])/)[0] : name;
}
