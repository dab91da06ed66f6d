package com.anchang.transaction.domain;

/**
 * What a payment of the buyer pays, in the order the pipeline takes them, with the name its receipt
 * prints. Each later one takes over the receipt of the one before (DEAL-3): the formal deposit's
 * receipt reclaims the temporary one, the down payment's receipt the formal deposit's.
 */
public enum PaymentPurpose {
    /** 临时定金: the optional first money, before sales control holds the unit. */
    TEMPORARY_DEPOSIT("临时定金"),
    /** 正式定金: the deposit the subscription is signed on. */
    FORMAL_DEPOSIT("正式定金"),
    /** 首期款: the down payment, received on the developer's receipt. */
    DOWN_PAYMENT("首期款"),
    /** 分期款: an instalment of a cash buyer's balance, after the down payment; it reclaims no receipt. */
    INSTALMENT("分期款");

    private final String printed;

    PaymentPurpose(String printed) {
        this.printed = printed;
    }

    /** As the receipt prints it, e.g. 正式定金. */
    public String printed() {
        return printed;
    }

    /** A deposit (temporary or formal): kept when the buyer forfeits (定金罚则). */
    public boolean deposit() {
        return this == TEMPORARY_DEPOSIT || this == FORMAL_DEPOSIT;
    }

    /** The payment whose receipt this one's reclaims, or null for the first and for instalments. */
    public PaymentPurpose takesOver() {
        return switch (this) {
            case TEMPORARY_DEPOSIT -> null;
            case FORMAL_DEPOSIT -> TEMPORARY_DEPOSIT;
            case DOWN_PAYMENT -> FORMAL_DEPOSIT;
            case INSTALMENT -> null;
        };
    }
}
