package com.anchang.events;

/**
 * One topic per producing service; records are keyed by the aggregate id so that one aggregate's
 * events stay in order. Each consuming service has its own dead-letter topic.
 */
public final class Topics {

    public static final String LEAD = "anchang.lead.events";
    public static final String INVENTORY = "anchang.inventory.events";
    public static final String TRANSACTION = "anchang.transaction.events";
    public static final String COMMISSION = "anchang.commission.events";
    public static final String NOTIFICATION = "anchang.notification.events";
    public static final String IDENTITY = "anchang.identity.events";

    private Topics() {
    }

    /** The dead-letter topic of one consuming service, e.g. {@code anchang.transaction-service.dlt}. */
    public static String deadLetter(String consumingService) {
        return "anchang." + consumingService + ".dlt";
    }
}
