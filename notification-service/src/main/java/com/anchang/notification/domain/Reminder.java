package com.anchang.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One reminder to send: what about, how many days before the due date, when (an instant, computed in
 * the office's zone), by which channel the buyer chose, and how its delivery stands. Its id is the
 * idempotency reference every provider is given (Alibaba's OutId, Tencent's SessionContext, WeChat's
 * client_msg_id, the local inbox's key): the same on every try and on every instance (NOTE-4).
 * The transitions below are the only way its delivery moves; each refuses a move the state does not allow.
 * {@code about} is the date it reminds of where a deal has several of its kind (an instalment's due date,
 * 分期付款); null for a kind the deal has one date of (the schedule knows it).
 */
public record Reminder(String id, ReminderKind kind, int daysBefore, Instant dueAt, Channel channel,
        ReminderStatus status, String skipReason, Delivery delivery, LocalDate about) {

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        delivery = delivery == null ? Delivery.NONE : delivery;
        if (status == ReminderStatus.SKIPPED && (skipReason == null || skipReason.isBlank())) {
            throw new IllegalArgumentException("a skipped reminder says why");
        }
    }

    /** A reminder of a kind the deal has one date of. */
    public Reminder(String id, ReminderKind kind, int daysBefore, Instant dueAt, Channel channel,
            ReminderStatus status, String skipReason, Delivery delivery) {
        this(id, kind, daysBefore, dueAt, channel, status, skipReason, delivery, null);
    }

    /** A newly planned (or skipped) reminder with a fresh id and nothing delivered yet. */
    public Reminder(ReminderKind kind, int daysBefore, Instant dueAt, Channel channel, ReminderStatus status,
            String skipReason, LocalDate about) {
        this("rem-" + UUID.randomUUID().toString().replace("-", ""), kind, daysBefore, dueAt, channel, status,
                skipReason, Delivery.NONE, about);
    }

    /** Not sent yet, to go by {@code by} (the buyer chose another channel). */
    public Reminder goingBy(Channel by) {
        return new Reminder(id, kind, daysBefore, dueAt, by, status, skipReason, delivery, about);
    }

    /** When it should next be sent: its time, or later after a retryable failure. */
    public Instant nextAttemptAt() {
        return delivery.notBefore() != null && delivery.notBefore().isAfter(dueAt) ? delivery.notBefore() : dueAt;
    }

    /** Whether an instance may claim it now: due and planned, failed with a channel to fall back on, or held under a lapsed lease. */
    public boolean claimable(Instant now) {
        return switch (status) {
            case PLANNED -> !nextAttemptAt().isAfter(now);
            case FAILED -> true;
            case CLAIMED -> !delivery.leaseUntil().isAfter(now);
            default -> false;
        };
    }

    /** Whether the instance {@code owner} holds it now. */
    public boolean heldBy(String owner) {
        return status == ReminderStatus.CLAIMED && owner.equals(delivery.claimedBy());
    }

    /**
     * NOTE-4: one instance takes it under a lease (a conditional write of the schedule). A send whose
     * outcome is unknown (the previous holder died, or the provider did not answer) stays in flight, to
     * be asked about before anything is sent again; otherwise the first channel to try is put in flight.
     */
    public Reminder claim(String owner, Instant now, Duration lease, Channel first) {
        if (!claimable(now)) {
            throw new IllegalStateException("reminder " + id + " is " + status + ", not claimable at " + now);
        }
        boolean unknown = delivery.inFlight() != null;
        return with(ReminderStatus.CLAIMED, new Delivery(delivery.claims() + 1, owner, now.plus(lease),
                unknown ? delivery.inFlight() : first, unknown ? delivery.inFlightSince() : now, null, null, null, null,
                null, null, delivery.attempts()));
    }

    /** The send in flight is on {@code channel} from now (a fallback after the previous channel failed). */
    public Reminder sending(String owner, Channel channel, Instant now) {
        requireHeld(owner);
        Delivery d = delivery;
        return with(status, new Delivery(d.claims(), d.claimedBy(), d.leaseUntil(), channel, now, null, null, null,
                null, null, null, d.attempts()));
    }

    /**
     * A provider accepted it: SENT, or DELIVERED at once where the channel confirms on acceptance (the
     * local inbox).
     */
    public Reminder sent(String owner, Channel by, String provider, String messageId, Instant now, boolean confirmed,
            Attempt.Outcome how) {
        requireHeld(owner);
        Delivery d = delivery;
        return with(confirmed ? ReminderStatus.DELIVERED : ReminderStatus.SENT, new Delivery(d.claims(), null, null,
                null, null, null, by, provider, messageId, now, confirmed ? now : null,
                append(new Attempt(by, now, how, provider + " " + messageId))));
    }

    /** An attempt that did not send; the reminder stays claimed while the next step is decided. */
    public Reminder tried(String owner, Attempt attempt) {
        requireHeld(owner);
        Delivery d = delivery;
        Channel inFlight = attempt.outcome() == Attempt.Outcome.UNKNOWN ? d.inFlight() : null;
        return with(status, new Delivery(d.claims(), d.claimedBy(), d.leaseUntil(), inFlight,
                inFlight == null ? null : d.inFlightSince(), null, null, null, null, null, null, append(attempt)));
    }

    /** Released to be tried again not before {@code at} (an unknown outcome stays in flight, to be asked about first). */
    public Reminder retryAt(String owner, Instant at) {
        requireHeld(owner);
        Delivery d = delivery;
        return with(ReminderStatus.PLANNED, new Delivery(d.claims(), null, null, d.inFlight(), d.inFlightSince(), at,
                null, null, null, null, null, d.attempts()));
    }

    /** NOTE-5: every channel failed. */
    public Reminder undeliverable(String owner, Instant now) {
        requireHeld(owner);
        Delivery d = delivery;
        return with(ReminderStatus.UNDELIVERABLE, new Delivery(d.claims(), null, null, null, null, null, null, null,
                null, null, now, d.attempts()));
    }

    /**
     * A delivery receipt for the accepted message: DELIVERED or FAILED. Providers redeliver receipts:
     * one for another message, or any after the first, changes nothing (returns this reminder).
     */
    public Reminder receipt(String messageId, boolean delivered, String detail, Instant at) {
        if (status != ReminderStatus.SENT || !Objects.equals(messageId, delivery.messageId())) {
            return this;
        }
        Delivery d = delivery;
        if (delivered) {
            return with(ReminderStatus.DELIVERED, new Delivery(d.claims(), null, null, null, null, null, d.sentBy(),
                    d.provider(), d.messageId(), d.sentAt(), at, d.attempts()));
        }
        return with(ReminderStatus.FAILED, new Delivery(d.claims(), null, null, null, null, null, d.sentBy(),
                d.provider(), d.messageId(), d.sentAt(), null,
                append(new Attempt(d.sentBy(), at, Attempt.Outcome.NOT_DELIVERED, detail))));
    }

    /** NOTE-5: sent, and no receipt within {@code wait}: UNANSWERED (once). */
    public boolean unansweredAt(Instant now, Duration wait) {
        return status == ReminderStatus.SENT && !delivery.sentAt().plus(wait).isAfter(now);
    }

    public Reminder unanswered(Instant now) {
        if (status != ReminderStatus.SENT) {
            throw new IllegalStateException("reminder " + id + " is " + status + ", not awaiting a receipt");
        }
        Delivery d = delivery;
        return with(ReminderStatus.UNANSWERED, new Delivery(d.claims(), null, null, null, null, null, d.sentBy(),
                d.provider(), d.messageId(), d.sentAt(), now, d.attempts()));
    }

    /** Withdrawn before it was sent; a reminder already sent or settled stays as it is. */
    public Reminder cancel(Instant now) {
        if (status != ReminderStatus.PLANNED && status != ReminderStatus.CLAIMED && status != ReminderStatus.FAILED) {
            return this;
        }
        Delivery d = delivery;
        return with(ReminderStatus.CANCELLED, new Delivery(d.claims(), null, null, null, null, null, null, null, null,
                null, now, d.attempts()));
    }

    /** The channels that failed for good for this reminder. */
    public List<Channel> failedChannels() {
        return delivery.attempts().stream().filter(Attempt::channelFailed).map(Attempt::channel).distinct().toList();
    }

    /** Retryable attempts on a channel since it was last accepted (throttled, transient, unknown). */
    public long retriesOn(Channel on) {
        return delivery.attempts().stream().filter(a -> a.channel() == on && a.retryable()).count();
    }

    private void requireHeld(String owner) {
        if (!heldBy(owner)) {
            throw new IllegalStateException("reminder " + id + " is not held by " + owner + " (" + status + ", "
                    + delivery.claimedBy() + ")");
        }
    }

    private List<Attempt> append(Attempt attempt) {
        List<Attempt> attempts = new ArrayList<>(delivery.attempts());
        attempts.add(attempt);
        return attempts;
    }

    private Reminder with(ReminderStatus status, Delivery delivery) {
        return new Reminder(id, kind, daysBefore, dueAt, channel, status, skipReason, delivery, about);
    }
}
