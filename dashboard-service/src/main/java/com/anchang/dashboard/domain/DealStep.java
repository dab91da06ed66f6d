package com.anchang.dashboard.domain;

import java.util.Set;

/**
 * Which figures a cancellation takes back, by the step the deal had reached (the deal pipeline's statuses,
 * as transaction-service names them): a deal cancelled after its subscription was signed comes off the net
 * subscriptions; after its contract, off the net contracts too; after its formal deposit, its refunds come
 * off the collections.
 */
public final class DealStep {

    private static final Set<String> SUBSCRIBED = Set.of("SUBSCRIPTION_SIGNED", "DOWN_PAYMENT_RECEIVED",
            "ELIGIBILITY_CHECKED", "CONTRACT_SIGNED", "MORTGAGE_APPOINTED", "MORTGAGE_COMPLETED", "HANDED_OVER");
    private static final Set<String> CONTRACTED = Set.of("CONTRACT_SIGNED", "MORTGAGE_APPOINTED", "MORTGAGE_COMPLETED",
            "HANDED_OVER");
    private static final Set<String> BEFORE_FORMAL_DEPOSIT = Set.of("OPENED", "TEMPORARY_DEPOSIT_RECEIVED", "UNIT_HELD");

    private DealStep() {
    }

    public static boolean subscribed(String status) {
        return status != null && SUBSCRIBED.contains(status);
    }

    public static boolean contracted(String status) {
        return status != null && CONTRACTED.contains(status);
    }

    /** Whether the deal had not reached its formal deposit (an unknown status counts as having reached it). */
    public static boolean beforeFormalDeposit(String status) {
        return status != null && BEFORE_FORMAL_DEPOSIT.contains(status);
    }
}
