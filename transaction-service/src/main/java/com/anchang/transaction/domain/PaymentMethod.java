package com.anchang.transaction.domain;

/** How money was paid (DEAL-2: the receipt states it), with the words the receipt prints. */
public enum PaymentMethod {
    CASH("现金"),
    CARD("刷卡"),
    TRANSFER("银行转账"),
    WECHAT_PAY("微信支付"),
    ALIPAY("支付宝"),
    /** Valid once the cheque clears (DEAL-2); its number is on the receipt. */
    CHEQUE("支票"),
    /** Foreign-currency notes: the currency, the amount, the notes' serial numbers, the CNY value at a recorded rate. */
    FOREIGN_CURRENCY("外币现钞");

    private final String printed;

    PaymentMethod(String printed) {
        this.printed = printed;
    }

    /** As the receipt prints it, e.g. 支票. */
    public String printed() {
        return printed;
    }
}
