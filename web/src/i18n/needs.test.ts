import { describe, expect, it } from 'vitest';
import { lang } from './index';
import { needsText } from './needs';

describe("a deal's next step in words, by its stable keys", () => {
  const confirm = { action: 'CONFIRM_PAYMENT', rule: 'DEAL-1',
    needs: 'a second staff member of the office, not u-1, confirms payment p-1 (正式定金 50000.00) with their own sign-in' };

  it('says it in Chinese by the action (and the rule where one action has two meanings), the server\'s English kept for the switch', () => {
    lang.value = 'zh';
    expect(needsText(confirm)).toContain('另一位本案场员工');
    expect(needsText({ action: 'ENTER_TEMPORARY_DEPOSIT', rule: 'DEAL-3', needs: 'the temporary deposit first' }))
      .toContain('收回临定收据');
    expect(needsText({ action: 'ENTER_TEMPORARY_DEPOSIT', rule: 'DEAL-1', needs: 'the temporary deposit' }))
      .toContain('按本案场规定');
    lang.value = 'en';
    expect(needsText(confirm)).toBe(confirm.needs);
    lang.value = 'zh';
  });

  it("shows the server's sentence for an action this build has no words for", () => {
    lang.value = 'zh';
    expect(needsText({ action: 'SOMETHING_NEW', rule: null, needs: 'something new' })).toBe('something new');
  });
});
