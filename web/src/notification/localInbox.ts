// The local inbox (issue 13): where no SMS or WeChat account is configured (the embedded default),
// notification-service delivers the buyers' reminders here instead, and GET /api/notifications/inbox
// lists what each buyer would have received, newest first. The mobile is masked (LEAD-10) except for the PM.

export interface InboxEntry {
  reference: string;
  dealId: string;
  mobile: string;
  channel: string;
  text: string;
  status: string;
  at: string;
}

/** One buyer's messages: by mobile and deal, newest first; the buyers in the order of their latest message. */
export interface BuyerMessages {
  key: string;
  mobile: string;
  dealId: string;
  latest: string;
  entries: InboxEntry[];
}

export function inboxPath(officeId: string, limit = 200): string {
  return `/api/notifications/inbox?officeId=${encodeURIComponent(officeId)}&limit=${limit}`;
}

/** The entries by buyer (mobile and deal), each buyer's newest first, the buyer with the latest message first. */
export function byBuyer(entries: InboxEntry[]): BuyerMessages[] {
  const buyers = new Map<string, BuyerMessages>();
  for (const entry of [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))) {
    const key = `${entry.mobile}|${entry.dealId}`;
    const buyer = buyers.get(key);
    if (buyer) {
      buyer.entries.push(entry);
    } else {
      buyers.set(key, { key, mobile: entry.mobile, dealId: entry.dealId, latest: entry.at, entries: [entry] });
    }
  }
  return [...buyers.values()];
}

/** The buyers whose mobile or deal contains the words looked for (digits of a masked mobile included). */
export function matching(buyers: BuyerMessages[], query: string): BuyerMessages[] {
  const q = query.trim().toLowerCase();
  if (!q) return buyers;
  return buyers.filter((b) => b.mobile.toLowerCase().includes(q) || b.dealId.toLowerCase().includes(q)
    || b.entries.some((e) => e.text.toLowerCase().includes(q)));
}
