import { describe, expect, it } from 'vitest';
import { instantAt, mayOpen, withholdingOf } from './desk';

describe("sales control's desk", () => {
  it('UNIT-1: withholds an available unit, releases a withheld one, leaves the deals\' units alone', () => {
    expect(withholdingOf('AVAILABLE')).toBe('withhold');
    expect(withholdingOf('WITHHELD')).toBe('release');
    expect(withholdingOf('HELD')).toBeNull();
    expect(mayOpen('WITHHELD')).toBe(true);
    expect(mayOpen('RESERVED')).toBe(false);
  });

  it("OPEN-1: an opening's time is read at the office: 10:00 in Shanghai is 02:00Z", () => {
    expect(instantAt('2026-12-08T10:00', 'Asia/Shanghai')).toBe('2026-12-08T02:00:00Z');
    expect(instantAt('2026-12-08T01:30', 'Asia/Shanghai')).toBe('2026-12-07T17:30:00Z');
    expect(instantAt('', 'Asia/Shanghai')).toBeNull();
  });
});
