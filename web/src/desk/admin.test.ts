import { describe, expect, it } from 'vitest';
import { grantOf, nextStep, optional } from './admin';

describe("the platform administrator's onboarding of an office", () => {
  it('goes developer, office, then its people', () => {
    expect(nextStep(null, null)).toBe('developer');
    expect(nextStep('dev-1', null)).toBe('office');
    expect(nextStep('dev-1', 'office-1')).toBe('people');
  });

  it("grants office roles at the office and head office's at the developer", () => {
    expect(grantOf('CONSULTANT', 'office-1')).toEqual({ role: 'CONSULTANT', officeId: 'office-1' });
    expect(grantOf('HEAD_OFFICE', 'office-1')).toEqual({ role: 'HEAD_OFFICE' });
  });

  it('leaves an empty optional id to the service', () => {
    expect(optional('  ')).toBeUndefined();
    expect(optional(' dev-x ')).toBe('dev-x');
  });
});
