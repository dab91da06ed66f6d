import { describe, expect, it } from 'vitest';
import { type InboxEntry, byBuyer, inboxPath, matching } from './localInbox';

function entry(reference: string, mobile: string, dealId: string, at: string, text = '提醒'): InboxEntry {
  return { reference, dealId, mobile, channel: 'SMS', text, status: 'DELIVERED', at };
}

describe('the buyers local inbox (issue 13)', () => {
  const entries = [
    entry('r-1', '138****5678', 'deal-1', '2026-12-10T02:00:00Z', '张三您好，首付款将于12月15日到期'),
    entry('r-2', '139****0001', 'deal-2', '2026-12-12T02:00:00Z', '李四您好，按揭面签'),
    entry('r-3', '138****5678', 'deal-1', '2026-12-13T02:00:00Z', '张三您好，首付款将于12月15日到期（2天）'),
  ];

  it('groups what each buyer received, the buyer with the latest message first, each newest first', () => {
    const buyers = byBuyer(entries);
    expect(buyers.map((b) => b.dealId)).toEqual(['deal-1', 'deal-2']);
    expect(buyers[0].entries.map((e) => e.reference)).toEqual(['r-3', 'r-1']);
    expect(buyers[0].latest).toBe('2026-12-13T02:00:00Z');
  });

  it('finds a buyer by the digits of the masked mobile, the deal or the text', () => {
    const buyers = byBuyer(entries);
    expect(matching(buyers, '0001').map((b) => b.dealId)).toEqual(['deal-2']);
    expect(matching(buyers, 'DEAL-1').map((b) => b.dealId)).toEqual(['deal-1']);
    expect(matching(buyers, '面签').map((b) => b.dealId)).toEqual(['deal-2']);
    expect(matching(buyers, '  ')).toHaveLength(2);
  });

  it('asks for the office of the session, its id encoded', () => {
    expect(inboxPath('office 1')).toBe('/api/notifications/inbox?officeId=office%201&limit=200');
  });
});
