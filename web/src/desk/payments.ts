// The finance desk's list of money waiting for its second person (DEAL-1): every payment entered and not yet
// confirmed, on the office's deals, oldest first (the longest wait at the top), as transaction-service lists them.

export interface PaymentView {
  paymentId: string;
  purpose: string;
  amount: number;
  method: string;
  enteredBy: string;
  enteredAt: string;
  status: 'ENTERED' | 'CONFIRMED' | 'DISCARDED';
  receiptNumber: string | null;
}

export interface ReceiptView {
  number: string;
  amount: number;
  purpose?: string;
  status?: string;
}

/** The part of a deal (GET /api/deals/{id}) the finance desk reads. */
export interface DealMoney {
  dealId: string;
  unitCode: string;
  buyerName: string;
  buyerMobile: string;
  status: string;
  waitingPayment: PaymentView | null;
  payments: PaymentView[];
  receipts: ReceiptView[];
}

export interface WaitingRow {
  dealId: string;
  unitCode: string;
  buyerName: string;
  payment: PaymentView;
  /** Entered by the person looking: the server will refuse their confirmation (DEAL-1). */
  enteredByMe: boolean;
}

/** transaction-service's list of an office's payments waiting for their second person (GET /api/deals/waiting-payments). */
export interface OfficeWaiting {
  officeId: string;
  waiting: { dealId: string; unitCode: string; buyerName: string; buyerMobile: string; status: string; payment: PaymentView }[];
}

export function waitingRows(list: OfficeWaiting, myUserId: string | null): WaitingRow[] {
  return list.waiting
    .filter((w) => w.payment.status === 'ENTERED')
    .map(({ dealId, unitCode, buyerName, payment }) => ({ dealId, unitCode, buyerName, payment,
      enteredByMe: payment.enteredBy === myUserId }))
    .sort((a, b) => a.payment.enteredAt.localeCompare(b.payment.enteredAt));
}

/** A receipt number as people type it: spaces dropped, letters in capitals (receipts are numbered e.g. BJ-2026-000001). */
export function receiptNumberOf(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

/** Amounts in yuan with fen, as on a receipt: 12,345.60 */
export function yuan(amount: number | null | undefined): string {
  if (amount == null) return '';
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
