import { describe, expect, it } from 'vitest';
import { countdownOf, searchOf } from './countdown';

const protection = (status: 'PROTECTED' | 'LAPSED' | 'RELEASED', daysLeft: number) =>
  ({ status, daysLeft, protectedUntil: '2026-03-09', releasedOn: '2026-03-10' });

describe('LEAD-3 the countdown of my customers', () => {
  it('says the last day is today, in red', () => {
    expect(countdownOf(protection('PROTECTED', 0))).toEqual({ key: 'countdown.today', days: 0, tone: 'danger' });
  });

  it('warns two days ahead and counts days before that', () => {
    expect(countdownOf(protection('PROTECTED', 1))).toMatchObject({ key: 'countdown.days', days: 1, tone: 'warning' });
    expect(countdownOf(protection('PROTECTED', 2))).toMatchObject({ tone: 'warning' });
    expect(countdownOf(protection('PROTECTED', 3))).toMatchObject({ key: 'countdown.days', days: 3, tone: 'primary' });
  });

  it('shows a lapsed lead as lost unless released already, and a buyer as bought whatever the window', () => {
    expect(countdownOf(protection('LAPSED', -1))).toMatchObject({ key: 'countdown.lapsed', tone: 'danger' });
    expect(countdownOf(protection('RELEASED', -3))).toMatchObject({ key: 'countdown.released', tone: 'default' });
    expect(countdownOf(protection('PROTECTED', 5), true)).toMatchObject({ key: 'countdown.bought' });
  });
});

describe('searching my customers', () => {
  it('sends the last digits of a phone without spaces or dashes, a name trimmed', () => {
    expect(searchOf(' 56-78 ')).toBe('5678');
    expect(searchOf(' 王 ')).toBe('王');
    expect(searchOf('')).toBe('');
  });
});
