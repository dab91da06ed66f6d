import type { UnitStatus } from './salesControl';

// Sales control's desk (控房 and openings): what a unit's status allows, and an opening's time as the office
// reads it turned into the instant inventory-service takes.

/** UNIT-1: an available unit may be withheld from sale, a withheld one released; the others belong to deals. */
export function withholdingOf(status: UnitStatus): 'withhold' | 'release' | null {
  if (status === 'AVAILABLE') return 'withhold';
  if (status === 'WITHHELD') return 'release';
  return null;
}

/** OPEN-1: only units available or withheld can be put into an opening. */
export function mayOpen(status: UnitStatus): boolean {
  return status === 'AVAILABLE' || status === 'WITHHELD';
}

/** The offset of a zone from UTC at an instant, in milliseconds. */
function offsetAt(epochMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - epochMs;
}

/**
 * A wall-clock time at the office ("2026-12-08T10:00", as a datetime-local input gives it) as an ISO
 * instant: 10:00 in Shanghai is 02:00Z. Null when the input is not a time.
 */
export function instantAt(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let instant = asUtc - offsetAt(asUtc, zone);
  instant = asUtc - offsetAt(instant, zone);
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}
