package com.anchang.notification.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The reminders of one deal's buyer. Identified by the deal id: one schedule per deal, so a
 * redelivered deposit event finds it and changes nothing. Each delivery step of one of its reminders
 * (claim, sent, retry, receipt, undeliverable, unanswered: see {@link Reminder}) is one change of the
 * schedule, written as one compare-and-set on its version with the events it causes (NOTE-4, NOTE-5).
 * The deal's events plan it: the down payment's due date (NOTE-1) and the mortgage appointment (NOTE-2),
 * each moved as often as the deal moves it (the reminders not sent yet cancelled, new ones planned); a
 * cancelled deal cancels every reminder not sent yet and plans none after; a received down payment ends
 * the down-payment reminders (NOTE-4). A cash buyer's instalments (分期付款) are reminded like the down
 * payment, each before its own due date while anything of it is owed; the plan told again re-plans.
 * A consultant's own reminder by SMS (NOTE-6, {@link #forConsultant}) is a schedule of its own too, of one
 * reminder, so that it is sent by the same dispatch; its steps cause no events.
 */
public final class ReminderSchedule {

    private final String dealId;
    private final String developerId;
    private final String officeId;
    private final String unitId;
    private final Recipient recipient;
    private final LocalDate downPaymentDueDate;
    private final Instant plannedAt;
    private final List<Reminder> reminders;
    private final long version;
    private final Deal deal;
    private final List<Instalment> instalments;
    private final Map<String, String> told;

    /**
     * What the deal's events told about it beyond the due date: the unit as the office names it, the down
     * payment's amount (from the signed subscription, for the text), the mortgage appointment, and when the
     * deal was cancelled (nothing is planned after).
     */
    public record Deal(String unitCode, BigDecimal downPaymentAmount, MortgageAppointment mortgage, Instant cancelledAt) {

        public static final Deal NONE = new Deal(null, null, null, null);

        Deal withMortgage(MortgageAppointment appointment) {
            return new Deal(unitCode, downPaymentAmount, appointment, cancelledAt);
        }

        Deal withUnitCode(String code) {
            return new Deal(code == null ? unitCode : code, downPaymentAmount, mortgage, cancelledAt);
        }

        Deal withDownPaymentAmount(BigDecimal amount) {
            return new Deal(unitCode, amount, mortgage, cancelledAt);
        }

        Deal cancelled(Instant at) {
            return new Deal(unitCode, downPaymentAmount, mortgage, at);
        }
    }

    /** Rebuilds a reminder schedule from what storage holds; every change after that goes through the rules. */
    public static ReminderSchedule restore(String dealId, String developerId, String officeId, String unitId, Recipient recipient,
            LocalDate downPaymentDueDate, Instant plannedAt, List<Reminder> reminders, long version) {
        return restore(dealId, developerId, officeId, unitId, recipient, downPaymentDueDate, plannedAt, reminders, version,
                Deal.NONE);
    }

    /** Rebuilds a reminder schedule from what storage holds, with what the deal's events told about the deal. */
    public static ReminderSchedule restore(String dealId, String developerId, String officeId, String unitId, Recipient recipient,
            LocalDate downPaymentDueDate, Instant plannedAt, List<Reminder> reminders, long version, Deal deal) {
        return restore(dealId, developerId, officeId, unitId, recipient, downPaymentDueDate, plannedAt, reminders, version,
                deal, List.of());
    }

    /** Rebuilds a reminder schedule from what storage holds, with the deal's facts and its instalment plan (分期付款). */
    public static ReminderSchedule restore(String dealId, String developerId, String officeId, String unitId, Recipient recipient,
            LocalDate downPaymentDueDate, Instant plannedAt, List<Reminder> reminders, long version, Deal deal,
            List<Instalment> instalments) {
        return new ReminderSchedule(dealId, developerId, officeId, unitId, recipient, downPaymentDueDate, plannedAt, reminders,
                version, deal, instalments, Map.of());
    }

    /**
     * Rebuilds a consultant's reminder (NOTE-6) from what storage holds: one reminder, by SMS, to the consultant
     * as {@code recipient}, with what it speaks of ({@code told}, see {@link ReminderText}).
     */
    public static ReminderSchedule restoreConsultants(String id, String developerId, String officeId, String subject,
            Recipient recipient, Instant plannedAt, List<Reminder> reminders, long version, Map<String, String> told) {
        return new ReminderSchedule(id, developerId, officeId, subject, recipient, null, plannedAt, reminders, version,
                Deal.NONE, List.of(), told);
    }

    /** This schedule as stored by a write of it: the next version. */
    public ReminderSchedule written() {
        return new ReminderSchedule(dealId, developerId, officeId, unitId, recipient, downPaymentDueDate, plannedAt, reminders,
                version + 1, deal, instalments, told);
    }

    private ReminderSchedule(String dealId, String developerId, String officeId, String unitId, Recipient recipient,
            LocalDate downPaymentDueDate, Instant plannedAt, List<Reminder> reminders, long version, Deal deal,
            List<Instalment> instalments, Map<String, String> told) {
        this.dealId = Objects.requireNonNull(dealId, "dealId");
        this.developerId = Objects.requireNonNull(developerId, "developerId");
        this.officeId = Objects.requireNonNull(officeId, "officeId");
        this.unitId = unitId;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.downPaymentDueDate = downPaymentDueDate;
        this.plannedAt = Objects.requireNonNull(plannedAt, "plannedAt");
        this.reminders = List.copyOf(reminders);
        this.version = version;
        this.deal = deal == null ? Deal.NONE : deal;
        this.instalments = instalments == null ? List.of() : List.copyOf(instalments);
        this.told = told == null || told.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(told));
    }

    /** A deal's schedule before anything is planned in it; its first plan comes from the deal's events. */
    public static ReminderSchedule forDeal(String dealId, String developerId, String officeId, String unitId,
            Recipient recipient, Instant now) {
        return new ReminderSchedule(dealId, developerId, officeId, unitId, recipient, null, now, List.of(), 0, Deal.NONE,
                List.of(), Map.of());
    }

    /**
     * NOTE-6: a consultant's own reminder by SMS (as well as in their inbox), one per reminder of the inbox:
     * {@code id} is derived from the inbox entry's, so a redelivered lead event finds it and plans nothing again.
     * It goes at {@code at}, moved out of the office's quiet hours; what it speaks of is {@code told} (the lead,
     * its dates, see {@link ReminderText}). Its delivery steps cause no events: it is no deal's, and the consultant
     * has the reminder in the app whatever comes of the SMS.
     *
     * @param subject what it is about (the lead's id)
     */
    public static ReminderSchedule forConsultant(String id, String developerId, String officeId, String subject,
            Recipient consultant, ReminderKind kind, Map<String, String> told, Instant at, ReminderPolicy policy,
            Instant now) {
        if (!kind.toConsultant()) {
            throw new IllegalArgumentException(kind + " is a buyer's reminder");
        }
        Instant when = policy.allowedSms((at.isAfter(now) ? at : now).atZone(policy.zone())).toInstant();
        Reminder reminder = new Reminder("rem-" + id, kind, 0, when, Channel.SMS, ReminderStatus.PLANNED, null,
                Delivery.NONE);
        return new ReminderSchedule(id, developerId, officeId, subject, consultant, null, now, List.of(reminder), 0,
                Deal.NONE, List.of(), told);
    }

    /** Whether this is a consultant's reminder by SMS (NOTE-6), not a deal's buyer's. */
    public boolean forConsultant() {
        return reminders.stream().anyMatch(r -> r.kind().toConsultant());
    }

    /** What a consultant's reminder speaks of, by template parameter (empty for a deal's). */
    public Map<String, String> told() {
        return told;
    }

    /** NOTE-1: plans the down-payment reminders of a deal whose deposit was received, by the buyer's channel (NOTE-3). */
    public static ReminderSchedule forDownPayment(String dealId, String developerId, String officeId, String unitId,
            Recipient recipient, LocalDate dueDate, ReminderPolicy policy, Instant now) {
        return forDeal(dealId, developerId, officeId, unitId, recipient, now).downPaymentDue(dueDate, policy, now).schedule();
    }

    /**
     * A re-plan from a deal event: the schedule after it, the reminders newly planned (to enter into the due
     * queue) and whether anything changed (a redelivered or repeated fact changes nothing).
     */
    public record Replan(ReminderSchedule schedule, List<Reminder> planned, boolean changed, List<Reminder> withdrawn) {

        public Replan {
            withdrawn = withdrawn == null ? List.of() : List.copyOf(withdrawn);
        }

        /** A re-plan that withdraws nothing. */
        public Replan(ReminderSchedule schedule, List<Reminder> planned, boolean changed) {
            this(schedule, planned, changed, List.of());
        }

        /**
         * The write of this re-plan, with an event per reminder newly planned, told at the time it is to go, and one
         * per reminder it cancelled (NOTE-4), told when it was cancelled.
         */
        public Change change() {
            List<ReminderEvent> events = new ArrayList<>(planned.size() + withdrawn.size());
            withdrawn.forEach(r -> events.add(new ReminderEvent.Progressed(schedule, r, ReminderStatus.CANCELLED,
                    r.delivery().settledAt())));
            planned.forEach(r -> events.add(new ReminderEvent.Progressed(schedule, r, ReminderStatus.PLANNED, r.dueAt())));
            return new Change(schedule, events);
        }
    }

    /** The reminders of {@code before} that {@code after} (the same reminders in the same order, then any new) cancels. */
    private static List<Reminder> withdrawn(List<Reminder> before, List<Reminder> after) {
        List<Reminder> cancelled = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).status() != ReminderStatus.CANCELLED && after.get(i).status() == ReminderStatus.CANCELLED) {
                cancelled.add(after.get(i));
            }
        }
        return cancelled;
    }

    /**
     * NOTE-1, NOTE-4: the down payment falls due on {@code dueDate}. The same date again changes nothing; a
     * new date cancels the down-payment reminders not sent yet and plans new ones (what is already past is
     * SKIPPED, saying so). Nothing is planned for a cancelled deal.
     */
    public Replan downPaymentDue(LocalDate dueDate, ReminderPolicy policy, Instant now) {
        Objects.requireNonNull(dueDate, "dueDate");
        boolean planned = reminders.stream().anyMatch(r -> r.kind() == ReminderKind.DOWN_PAYMENT);
        if (deal.cancelledAt() != null || (planned && dueDate.equals(downPaymentDueDate))) {
            return new Replan(this, List.of(), false);
        }
        List<Reminder> fresh = new ReminderPlan(policy).remindersFor(ReminderKind.DOWN_PAYMENT, dueDate,
                recipient.channel(), now);
        return replan(ReminderKind.DOWN_PAYMENT, fresh, dueDate, deal, now);
    }

    /**
     * NOTE-2, NOTE-4: the mortgage appointment is (now) {@code appointment}, on its day in the office's zone.
     * The same appointment again changes nothing; a moved one cancels the mortgage reminders not sent yet and
     * plans new ones. Nothing is planned for a cancelled deal.
     */
    public Replan mortgageAppointment(MortgageAppointment appointment, ReminderPolicy policy, Instant now) {
        Objects.requireNonNull(appointment, "appointment");
        boolean planned = reminders.stream().anyMatch(r -> r.kind() == ReminderKind.MORTGAGE);
        if (deal.cancelledAt() != null || (planned && appointment.equals(deal.mortgage()))) {
            return new Replan(this, List.of(), false);
        }
        List<Reminder> fresh = new ReminderPlan(policy).remindersFor(ReminderKind.MORTGAGE,
                appointment.at().atZone(policy.zone()).toLocalDate(), recipient.channel(), now);
        return replan(ReminderKind.MORTGAGE, fresh, downPaymentDueDate, deal.withMortgage(appointment), now);
    }

    /**
     * NOTE-1 and NOTE-4 for a cash buyer's instalments (分期付款): {@code plan} is the whole plan as it now stands.
     * Each instalment still owed is reminded before its due date ({@link ReminderKind#INSTALMENT}, the office's
     * instalment days); the reminders not sent yet of an instalment paid in full, or of a due date no longer in
     * the plan, are cancelled; an instalment that keeps its date keeps its reminders (its amount is read when
     * the text is made). The same plan again changes nothing; nothing is planned for a cancelled deal.
     */
    public Replan instalmentPlan(List<Instalment> plan, ReminderPolicy policy, Instant now) {
        Objects.requireNonNull(plan, "plan");
        if (deal.cancelledAt() != null) {
            return new Replan(this, List.of(), false);
        }
        Set<LocalDate> owed = new HashSet<>();
        plan.stream().filter(Instalment::stillOwed).forEach(i -> owed.add(i.dueDate()));
        List<Reminder> changed = new ArrayList<>(reminders.size());
        Set<LocalDate> reminded = new HashSet<>();
        for (Reminder r : reminders) {
            if (r.kind() != ReminderKind.INSTALMENT) {
                changed.add(r);
            } else if (!owed.contains(r.about())) {
                changed.add(r.cancel(now));
            } else {
                changed.add(r);
                if (r.status() != ReminderStatus.CANCELLED) {
                    reminded.add(r.about());
                }
            }
        }
        ReminderPlan planning = new ReminderPlan(policy);
        List<Reminder> fresh = new ArrayList<>();
        plan.stream().filter(i -> owed.contains(i.dueDate()) && !reminded.contains(i.dueDate()))
                .map(Instalment::dueDate).distinct()
                .forEach(due -> fresh.addAll(planning.remindersFor(ReminderKind.INSTALMENT, due, recipient.channel(),
                        now, due)));
        changed.addAll(fresh);
        if (changed.equals(reminders) && plan.equals(instalments)) {
            return new Replan(this, List.of(), false);
        }
        ReminderSchedule schedule = new ReminderSchedule(dealId, developerId, officeId, unitId, recipient,
                downPaymentDueDate, plannedAt, changed, version, deal, plan, told);
        return new Replan(schedule, fresh.stream().filter(r -> r.status() == ReminderStatus.PLANNED).toList(), true,
                withdrawn(reminders, changed));
    }

    /** The cash buyer's instalments (分期付款) as the deal last told them; none for a deal without. */
    public List<Instalment> instalments() {
        return instalments;
    }

    /** The instalment a reminder of kind INSTALMENT is about, if the plan still has its date. */
    public Optional<Instalment> instalmentOf(Reminder reminder) {
        return instalments.stream().filter(i -> i.dueDate().equals(reminder.about())).findFirst();
    }

    /** NOTE-4: the down payment was received: the down-payment reminders not sent yet are cancelled. */
    public Replan downPaymentReceived(Instant now) {
        return cancelling(r -> r.kind() == ReminderKind.DOWN_PAYMENT, deal, now);
    }

    /** NOTE-4: the deal was cancelled: every reminder not sent yet is cancelled, and nothing is planned after. */
    public Replan dealCancelled(Instant now) {
        if (deal.cancelledAt() != null) {
            return new Replan(this, List.of(), false);
        }
        return cancelling(r -> true, deal.cancelled(now), now);
    }

    /** What the deal's events told: the unit's code, the down payment's amount (null keeps what is known). */
    public ReminderSchedule describedAs(String unitCode, BigDecimal downPaymentAmount) {
        Deal described = deal.withUnitCode(unitCode);
        if (downPaymentAmount != null) {
            described = described.withDownPaymentAmount(downPaymentAmount);
        }
        return with(recipient, downPaymentDueDate, reminders, described);
    }

    private Replan replan(ReminderKind kind, List<Reminder> fresh, LocalDate dueDate, Deal after, Instant now) {
        List<Reminder> changed = new ArrayList<>(reminders.size() + fresh.size());
        for (Reminder r : reminders) {
            changed.add(r.kind() == kind ? r.cancel(now) : r);
        }
        changed.addAll(fresh);
        ReminderSchedule schedule = with(recipient, dueDate, changed, after);
        return new Replan(schedule, fresh.stream().filter(r -> r.status() == ReminderStatus.PLANNED).toList(), true,
                withdrawn(reminders, changed));
    }

    private Replan cancelling(Predicate<Reminder> which, Deal after, Instant now) {
        List<Reminder> changed = reminders.stream().map(r -> which.test(r) ? r.cancel(now) : r).toList();
        boolean any = !changed.equals(reminders) || !after.equals(deal);
        ReminderSchedule schedule = any ? with(recipient, downPaymentDueDate, changed, after) : this;
        return new Replan(schedule, List.of(), any, withdrawn(reminders, changed));
    }

    public String dealId() {
        return dealId;
    }

    public String developerId() {
        return developerId;
    }

    public String officeId() {
        return officeId;
    }

    public String unitId() {
        return unitId;
    }

    public Recipient recipient() {
        return recipient;
    }

    /** The down payment's due date, or null while the deal has not set one. */
    public LocalDate downPaymentDueDate() {
        return downPaymentDueDate;
    }

    /**
     * The day {@code reminder} is about, at the office: the down payment's due date, the appointment's day, or
     * its instalment's due date.
     */
    public LocalDate dateOf(Reminder reminder, ZoneId zone) {
        return switch (reminder.kind()) {
            case DOWN_PAYMENT -> downPaymentDueDate;
            case MORTGAGE -> deal.mortgage() == null ? null : deal.mortgage().at().atZone(zone).toLocalDate();
            case INSTALMENT, FOLLOW_UP_DUE, PROTECTION_LAPSING, COLLISION_WAITING, CLAIM_WAITING -> reminder.about();
        };
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public List<Reminder> reminders() {
        return reminders;
    }

    public long version() {
        return version;
    }

    public Deal deal() {
        return deal;
    }

    public Optional<Reminder> reminder(String reminderId) {
        return reminders.stream().filter(r -> r.id().equals(reminderId)).findFirst();
    }

    /**
     * A change of the schedule and the events it causes, written together. {@code only}: the one reminder it
     * changed, everything else of the schedule as read (a delivery step), so that a write may set just that
     * reminder; null when the change may touch anything.
     */
    public record Change(ReminderSchedule schedule, List<ReminderEvent> events, String only) {

        public Change(ReminderSchedule schedule, List<ReminderEvent> events) {
            this(schedule, events, null);
        }

        public Reminder reminder(String reminderId) {
            return schedule.reminder(reminderId).orElseThrow();
        }
    }

    /** Applies one transition of a reminder; the events are those it causes (escalations, NOTE-5). */
    public Change change(String reminderId, UnaryOperator<Reminder> transition) {
        List<Reminder> changed = new ArrayList<>(reminders.size());
        Reminder after = null;
        for (Reminder r : reminders) {
            if (r.id().equals(reminderId)) {
                after = Objects.requireNonNull(transition.apply(r), "transition");
                changed.add(after);
            } else {
                changed.add(r);
            }
        }
        if (after == null) {
            throw new IllegalArgumentException("deal " + dealId + " has no reminder " + reminderId);
        }
        ReminderSchedule schedule = with(recipient, downPaymentDueDate, changed, deal);
        Reminder before = reminder(reminderId).orElseThrow();
        List<ReminderEvent> events = List.of();
        if (before.status() != after.status() && !after.kind().toConsultant()) { // a consultant's SMS: no deal to tell of
            if (after.status() == ReminderStatus.UNDELIVERABLE) {
                events = List.of(new ReminderEvent.Undeliverable(schedule, after));
            } else if (after.status() == ReminderStatus.UNANSWERED) {
                events = List.of(new ReminderEvent.Unanswered(schedule, after));
            } else if (after.status() == ReminderStatus.SENT) {
                events = List.of(new ReminderEvent.Progressed(schedule, after, ReminderStatus.SENT,
                        after.delivery().sentAt()));
            } else if (after.status() == ReminderStatus.DELIVERED) {
                events = List.of(new ReminderEvent.Progressed(schedule, after, ReminderStatus.DELIVERED,
                        after.delivery().settledAt()));
            }
        }
        return new Change(schedule, events, reminderId);
    }

    /**
     * NOTE-3: the buyer chose how to be reached (preferred channel, WeChat open id, opted-out channels);
     * every reminder not sent yet goes by that choice.
     */
    public ReminderSchedule buyerChose(Channel preferred, String wechatOpenId, Set<Channel> optedOut) {
        Recipient chosen = recipient.choosing(preferred, wechatOpenId, optedOut);
        List<Reminder> updated = reminders.stream().map(r -> r.status() == ReminderStatus.PLANNED
                ? r.goingBy(chosen.channel()) : r).toList();
        return with(chosen, downPaymentDueDate, updated, deal);
    }

    /** This schedule (same deal, same version) with what a change makes of it. */
    private ReminderSchedule with(Recipient recipient, LocalDate dueDate, List<Reminder> reminders, Deal deal) {
        return new ReminderSchedule(dealId, developerId, officeId, unitId, recipient, dueDate, plannedAt, reminders, version,
                deal, instalments, told);
    }
}
