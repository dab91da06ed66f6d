package com.anchang.transaction.application.print;

/** Prints a deal's paper (DEAL-2, DEAL-4) as PDF, the Chinese text embedded. */
public interface Printing {

    /** A receipt as PDF bytes. */
    byte[] receipt(ReceiptSheet sheet, PaperCopy copy);

    /** A subscription agreement (认购书) as PDF bytes. */
    byte[] subscription(SubscriptionSheet sheet, PaperCopy copy);

    /** An overdue notice (催款通知单) as PDF bytes; it carries no identity numbers, so there is one copy. */
    byte[] overdueNotice(OverdueNoticeSheet sheet);
}
