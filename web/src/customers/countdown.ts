// LEAD-3's countdown as a consultant reads it on "my customers": how long the protection still holds, and how
// urgent that is. daysLeft is whole office days after today (0 on the last protected day).

export type ProtectionStatus = 'PROTECTED' | 'LAPSED' | 'RELEASED';

export interface Protection {
  status: ProtectionStatus;
  protectedUntil: string;
  releasedOn: string;
  daysLeft: number;
}

export type Tone = 'danger' | 'warning' | 'primary' | 'default';

export interface Countdown {
  key: 'countdown.today' | 'countdown.days' | 'countdown.lapsed' | 'countdown.released' | 'countdown.bought';
  days: number;
  tone: Tone;
}

/** Soon means the office's follow-up should happen now: the last day, or within this many days of it. */
export const SOON_DAYS = 2;

export function countdownOf(protection: Protection, bought = false): Countdown {
  if (bought) {
    return { key: 'countdown.bought', days: 0, tone: 'default' };
  }
  switch (protection.status) {
    case 'RELEASED':
      return { key: 'countdown.released', days: 0, tone: 'default' };
    case 'LAPSED':
      return { key: 'countdown.lapsed', days: 0, tone: 'danger' };
    case 'PROTECTED':
      if (protection.daysLeft <= 0) {
        return { key: 'countdown.today', days: 0, tone: 'danger' };
      }
      return { key: 'countdown.days', days: protection.daysLeft, tone: protection.daysLeft <= SOON_DAYS ? 'warning' : 'primary' };
  }
}

/** What a search box holds: digits search the end of the phone, anything else the name (as the server reads it). */
export function searchOf(typed: string): string {
  return typed.replace(/[\s-]/g, '').match(/^\d+$/) ? typed.replace(/[\s-]/g, '') : typed.trim();
}
