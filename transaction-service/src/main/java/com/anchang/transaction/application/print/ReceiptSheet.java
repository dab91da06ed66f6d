package com.anchang.transaction.application.print;

import com.anchang.transaction.domain.ChineseAmount;
import com.anchang.transaction.domain.ThirdPartyPayerStatement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a printed receipt states (DEAL-2): the office, the receipt's number, when it was issued (in the
 * office's zone), the unit and the buyer, the amount in figures and in capital numerals (大写, from the
 * amount itself, never typed), how it was paid, the two people present (DEAL-1), a third party's
 * statement (DEAL-6) if someone paid for the buyer, and its status — a reclaimed or voided receipt is
 * printed with that across it.
 *
 * @param purpose     what the money is for, as the receipt names it (临时定金, 定金, 首期款)
 * @param statusNote  who and why for a RECLAIMED or VOIDED receipt (e.g. "由 BJ-2026-000124 收回"); empty when ISSUED
 * @param credited    the earlier receipt this one takes over (DEAL-3), whose sum is part of {@code amount}; null
 *                    when this receipt is for the payment alone
 */
public record ReceiptSheet(String officeName, String receiptNumber, Instant issuedAt, ZoneId officeZone,
        String unitCode, String buyerName, String purpose, BigDecimal amount, Payment payment,
        String receivedBy, String confirmedBy, Optional<ThirdPartyPayerStatement> thirdParty, Status status,
        String statusNote, Credited credited) {

    /** The earlier receipt taken over (DEAL-3): its number and the sum it stated, carried into this one. */
    public record Credited(String receiptNumber, BigDecimal amount) {
        public Credited {
            Objects.requireNonNull(receiptNumber, "receiptNumber");
            ChineseAmount.inWords(amount);
        }
    }

    /** A receipt for the payment alone, taking over no earlier one. */
    public ReceiptSheet(String officeName, String receiptNumber, Instant issuedAt, ZoneId officeZone, String unitCode,
            String buyerName, String purpose, BigDecimal amount, Payment payment, String receivedBy, String confirmedBy,
            Optional<ThirdPartyPayerStatement> thirdParty, Status status, String statusNote) {
        this(officeName, receiptNumber, issuedAt, officeZone, unitCode, buyerName, purpose, amount, payment, receivedBy,
                confirmedBy, thirdParty, status, statusNote, null);
    }

    public enum Status {
        ISSUED(""),
        RECLAIMED("已收回"),
        VOIDED("作废");

        private final String watermark;

        Status(String watermark) {
            this.watermark = watermark;
        }

        /** The word printed across a receipt in this status; empty for an issued one. */
        public String watermark() {
            return watermark;
        }
    }

    public ReceiptSheet {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(officeZone, "officeZone");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(buyerName, "buyerName");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(status, "status");
        if (receivedBy.strip().equals(confirmedBy.strip())) {
            throw new IllegalArgumentException("a receipt is confirmed by a second person (DEAL-1): "
                    + receivedBy + " cannot also confirm it");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a receipt's amount must be more than 0");
        }
        ChineseAmount.inWords(amount); // refuses sub-fen amounts here, not half-way through printing
        BigDecimal received = credited == null ? amount : amount.subtract(credited.amount());
        if (received.signum() <= 0) {
            throw new IllegalArgumentException("the receipt's amount " + amount.toPlainString()
                    + " is not more than the sum it takes over");
        }
        if (payment instanceof Payment.ForeignCurrency notes && notes.cnyValue().compareTo(received) != 0) {
            throw new IllegalArgumentException("the receipt's payment " + received.toPlainString()
                    + " is not the CNY value " + notes.cnyValue().toPlainString()
                    + " of the foreign currency at its recorded rate");
        }
        thirdParty = thirdParty == null ? Optional.empty() : thirdParty;
        thirdParty.ifPresent(statement -> {
            if (statement.amount().compareTo(received) != 0) {
                throw new IllegalArgumentException("the third party's statement is for " + statement.amount()
                        + ", the receipt's payment is " + received);
            }
        });
        statusNote = statusNote == null ? "" : statusNote;
    }

    /** The amount in figures: ¥50,000.00. */
    public String amountInFigures() {
        return ChineseAmount.inFigures(amount);
    }

    /** The amount in capital numerals with its currency: 人民币伍万元整. */
    public String amountInWords() {
        return ChineseAmount.withCurrency(amount);
    }

    /** How the money was paid, with what the receipt must say about each way (DEAL-2). */
    public sealed interface Payment {

        /** The method's name on the receipt. */
        String method();

        /** The details printed after the method; empty when there are none. */
        List<String> details();

        record Cash() implements Payment {
            @Override
            public String method() {
                return "现金";
            }

            @Override
            public List<String> details() {
                return List.of();
            }
        }

        /** A transfer; each detail printed when recorded (null: not recorded, the line left out). */
        record BankTransfer(String payerBank, String payerAccountTail, String reference) implements Payment {
            @Override
            public String method() {
                return "银行转账";
            }

            @Override
            public List<String> details() {
                return present(payerBank == null ? null : "付款银行：" + payerBank
                                + (payerAccountTail == null || payerAccountTail.isBlank() ? "" : "（尾号" + payerAccountTail + "）"),
                        reference == null ? null : "转账流水号：" + reference);
            }
        }

        /** A card at the POS; each detail printed when recorded. */
        record Card(String cardTail, String terminalReference) implements Payment {
            @Override
            public String method() {
                return "银行卡（POS）";
            }

            @Override
            public List<String> details() {
                return present(cardTail == null ? null : "卡号尾号：" + cardTail,
                        terminalReference == null ? null : "POS 参考号：" + terminalReference);
            }
        }

        private static List<String> present(String... lines) {
            return Arrays.stream(lines).filter(Objects::nonNull).toList();
        }

        /** WeChat Pay or Alipay, with the transaction reference of the wallet. */
        record Wallet(Channel channel, String reference) implements Payment {
            public enum Channel {
                WECHAT_PAY("微信支付"),
                ALIPAY("支付宝");

                private final String label;

                Channel(String label) {
                    this.label = label;
                }
            }

            public Wallet {
                Objects.requireNonNull(channel, "channel");
                Objects.requireNonNull(reference, "reference");
            }

            @Override
            public String method() {
                return channel.label;
            }

            @Override
            public List<String> details() {
                return List.of("交易单号：" + reference);
            }
        }

        /** A cheque: its number, and the receipt is valid once it clears (DEAL-2). */
        record Cheque(String number, String drawerBank) implements Payment {
            public Cheque {
                if (number == null || number.isBlank()) {
                    throw new IllegalArgumentException("a cheque receipt needs the cheque's number");
                }
            }

            @Override
            public String method() {
                return "支票";
            }

            @Override
            public List<String> details() {
                return List.of("支票号码：" + number + (drawerBank == null ? "" : "　出票银行：" + drawerBank), "支票到账后有效");
            }
        }

        /**
         * Foreign currency notes: the currency, how much of it, each note's serial number and the rate at
         * which it counts in CNY. The receipt's amount is {@link #cnyValue()}.
         *
         * @param rate CNY per one unit of the currency, as recorded when the notes were received
         */
        record ForeignCurrency(String currency, BigDecimal foreignAmount, List<String> serialNumbers, BigDecimal rate)
                implements Payment {
            public ForeignCurrency {
                Objects.requireNonNull(currency, "currency");
                Objects.requireNonNull(foreignAmount, "foreignAmount");
                Objects.requireNonNull(rate, "rate");
                if (serialNumbers == null || serialNumbers.isEmpty()) {
                    throw new IllegalArgumentException("foreign currency notes are received with their serial numbers");
                }
                serialNumbers = List.copyOf(serialNumbers);
            }

            /** What the notes count for: the foreign amount at the rate, rounded half up to the fen. */
            public BigDecimal cnyValue() {
                return foreignAmount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
            }

            @Override
            public String method() {
                return "外币现钞（" + currency + "）";
            }

            @Override
            public List<String> details() {
                return List.of("外币金额：" + currency + " " + foreignAmount.toPlainString()
                                + "　汇率：1 " + currency + " = " + rate.toPlainString() + " 人民币"
                                + "　折合：" + ChineseAmount.inFigures(cnyValue()),
                        "钞票冠字号（" + serialNumbers.size() + " 张）：" + String.join("、", serialNumbers));
            }
        }
    }
}
