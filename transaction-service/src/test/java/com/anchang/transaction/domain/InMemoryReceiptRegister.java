package com.anchang.transaction.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The receipt register in memory: each series numbered 1, 2, 3 … (the store's own is proven in ReceiptRegisterIT). */
public final class InMemoryReceiptRegister implements ReceiptRegister {

    private final Map<String, Receipt> byNumber = new LinkedHashMap<>();
    private final Map<String, Long> heads = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Receipt> forPayment(String paymentId) {
        return byNumber.values().stream().filter(r -> r.paymentId().equals(paymentId)).findFirst();
    }

    @Override
    public synchronized Optional<Receipt> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public synchronized Receipt issue(ReceiptSeries series, Receipt draft) {
        Optional<Receipt> earlier = forPayment(draft.paymentId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long next = heads.merge(series.id(), 1L, Long::sum);
        Receipt numbered = draft.numbered(series.number(next));
        byNumber.put(numbered.number(), numbered);
        return numbered;
    }
}
