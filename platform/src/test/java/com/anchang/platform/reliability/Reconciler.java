package com.anchang.platform.reliability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The books of the services held against each other (ADR 33). {@link BooksReader} reads them through the gateway
 * (as each office's PM), the services' metrics and Kafka; {@link #check} compares them and answers every
 * discrepancy as a line a person can act on, by invariant:
 * <ol>
 * <li><b>units</b>: every unit's status (inventory-service) is what its deals (transaction-service) say;</li>
 * <li><b>credits</b>: every deal that took a formal deposit has one credit in commission-service, counted once
 * in the ledger, reversed when the deal was cancelled, at the deal's price once contracted; none without;</li>
 * <li><b>reminders</b>: every reminder notification-service planned and whose time has come was sent once (one
 * entry in the local inbox) or cancelled, none left planned on a cancelled deal;</li>
 * <li><b>events</b>: every consumer of a topic has committed its offsets to the topic's end (nothing left
 * unconsumed); where a service ran the whole day, its counters agree with the topic too (every event on the
 * topic published by it, each processed by it at least as often as the topic holds it); a service killed and
 * started again counts from its restart, so for it the committed offsets and the effects (units, credits,
 * reminders: once) are the proof;</li>
 * <li><b>dead letters</b>: no record on any dead-letter topic, unless explained;</li>
 * <li><b>the day</b>: each deal ended where the day's commands left it; no collision left open.</li>
 * </ol>
 * Pure: the unit test feeds it inconsistent books.
 */
final class Reconciler {

    static final List<String> INVARIANTS = List.of("units", "credits", "reminders", "events", "dead letters", "the day");

    /** What a discrepancy means for the promise "nothing lost, nothing doubled". */
    enum Kind { LOST, DOUBLED, WRONG }

    /** One disagreement between the books. */
    record Discrepancy(String invariant, Kind kind, String line) {

        @Override
        public String toString() {
            return "[" + invariant + (kind == Kind.WRONG ? "" : ", " + kind.name().toLowerCase()) + "] " + line;
        }
    }

    record Unit(String unitId, String officeId, String status, String heldForDeal, String reservedForDeal) {
    }

    /**
     * @param depositTaken a formal deposit was confirmed (DEAL-1) at some time, even if refunded since
     * @param downPaymentTaken the down payment was confirmed
     */
    record Deal(String dealId, String officeId, String unitId, String status, BigDecimal price, Instant holdExpiresAt,
            boolean depositTaken, boolean downPaymentTaken) {

        boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    record Entry(String entryId, String kind, BigDecimal amount) {

        boolean creditBook() {
            return kind.equals("CREDIT") || kind.equals("REVERSAL");
        }
    }

    /** commission-service's credit of one deal. */
    record Credit(String dealId, String stage, BigDecimal amount, List<Entry> entries) {
    }

    record Reminder(String id, String kind, String status, Instant dueAt) {
    }

    /**
     * What each service's metrics and the broker say of one topic's events.
     *
     * @param onTopic records on the topic by type
     * @param republished records whose event id the topic already held (a relay that published and was stopped
     *        before it marked the event sent publishes it again; consumers apply it once)
     * @param lagByConsumer every consumer group of the topic: records between its committed offsets and the end
     */
    record Topic(String topic, String producer, Map<String, Long> onTopic, long republished, Map<String, Long> published,
            Map<String, Map<String, Long>> processedByConsumer, Map<String, Long> lagByConsumer) {
    }

    record DeadLetter(String topic, String key, String type, String reason) {
    }

    /** What the day's commands should have left: a deal's status, an office's open collisions. */
    record Expected(Map<String, String> dealStatus, Map<String, Integer> openCollisions) {
    }

    /**
     * Every service's books at one instant of the platform's clock.
     *
     * @param credits by deal id; a deal without credit is absent
     * @param reminders by deal id; a deal without a schedule is absent
     * @param inboxSends how many local-inbox entries each reminder id has
     * @param explainedDeadLetters keys of dead letters a person has explained (e.g. a fault a test injected)
     * @param restarted services killed and started again since the platform started: their counters count from
     *        their restart
     */
    record Books(Instant now, List<Unit> units, List<Deal> deals, Map<String, Credit> credits,
            Map<String, List<Reminder>> reminders, Map<String, Integer> inboxSends, List<Topic> topics,
            List<DeadLetter> deadLetters, Set<String> explainedDeadLetters, Expected expected, Set<String> restarted) {
    }

    /**
     * Per invariant: how many things were checked and the discrepancies found; the events on the topics, and
     * those seen more than once (published again, or processed again by a consumer that ran the whole day), which
     * are no discrepancy while their effects are once.
     */
    record Report(Map<String, Integer> checked, List<Discrepancy> discrepancies, long events, long republished,
            long redelivered) {

        long failed(String invariant) {
            return discrepancies.stream().filter(d -> d.invariant().equals(invariant)).count();
        }

        long count(Kind kind) {
            return discrepancies.stream().filter(d -> d.kind() == kind).count();
        }
    }

    private final Map<String, Integer> checked = new LinkedHashMap<>();
    private final List<Discrepancy> found = new ArrayList<>();
    private long events;
    private long republished;
    private long redelivered;

    private Reconciler() {
        INVARIANTS.forEach(invariant -> checked.put(invariant, 0));
    }

    static Report check(Books books) {
        Reconciler r = new Reconciler();
        r.units(books);
        r.credits(books);
        r.reminders(books);
        r.checkEvents(books.topics(), books.restarted());
        r.deadLetters(books);
        r.day(books);
        return r.report();
    }

    /** The events invariant alone: what the day waits for before it reads the other books. */
    static Report events(List<Topic> topics, Set<String> restarted) {
        Reconciler r = new Reconciler();
        r.checkEvents(topics, restarted);
        return r.report();
    }

    private Report report() {
        return new Report(checked, found, events, republished, redelivered);
    }

    private void counted(String invariant) {
        checked.merge(invariant, 1, Integer::sum);
    }

    private void discrepancy(String invariant, String line) {
        found.add(new Discrepancy(invariant, Kind.WRONG, line));
    }

    /** An effect missing: an event not applied, a reminder never sent. */
    private void lost(String invariant, String line) {
        found.add(new Discrepancy(invariant, Kind.LOST, line));
    }

    /** An effect twice: a credit entry, a send, a unit sold to two deals. */
    private void doubled(String invariant, String line) {
        found.add(new Discrepancy(invariant, Kind.DOUBLED, line));
    }

    // ---- 1. units against their deals ------------------------------------------------------------------

    /** The unit's status a deal asks for, or null when the deal leaves the unit on sale. */
    static String unitStatusFor(Deal deal, Instant now) {
        return switch (deal.status()) {
            case "OPENED", "TEMPORARY_DEPOSIT_RECEIVED", "CANCELLED" -> null;
            case "UNIT_HELD" -> deal.holdExpiresAt() != null && !deal.holdExpiresAt().isAfter(now) ? null : "HELD";
            case "DEPOSIT_RECEIVED", "SUBSCRIPTION_DRAFTED", "SUBSCRIPTION_APPROVED", "SUBSCRIPTION_SIGNED",
                    "DOWN_PAYMENT_RECEIVED", "ELIGIBILITY_CHECKED" -> "RESERVED";
            default -> "CONTRACTED";
        };
    }

    private void units(Books books) {
        Map<String, List<Deal>> claiming = new HashMap<>();
        for (Deal deal : books.deals()) {
            if (unitStatusFor(deal, books.now()) != null) {
                claiming.computeIfAbsent(deal.unitId(), k -> new ArrayList<>()).add(deal);
            }
        }
        Set<String> known = new HashSet<>();
        for (Unit unit : books.units()) {
            counted("units");
            known.add(unit.unitId());
            List<Deal> deals = claiming.getOrDefault(unit.unitId(), List.of());
            if (deals.size() > 1) {
                doubled("units", "unit " + unit.unitId() + " is claimed by " + deals.size() + " deals at once: "
                        + deals.stream().map(d -> d.dealId() + " " + d.status()).toList()
                        + " — one of them must be cancelled");
                continue;
            }
            if (deals.isEmpty()) {
                if (!unit.status().equals("AVAILABLE") && !unit.status().equals("WITHHELD")) {
                    lost("units", "unit " + unit.unitId() + " is " + unit.status() + " for deal "
                            + firstNonNull(unit.heldForDeal(), unit.reservedForDeal())
                            + " but no deal holds it (the deal is cancelled, lapsed or unknown): release the unit");
                }
                continue;
            }
            Deal deal = deals.getFirst();
            String expected = unitStatusFor(deal, books.now());
            String forDeal = expected.equals("HELD") ? unit.heldForDeal() : unit.reservedForDeal();
            if (!expected.equals(unit.status())) {
                lost("units", "unit " + unit.unitId() + " is " + unit.status() + " but its deal " + deal.dealId()
                        + " is " + deal.status() + " (the unit should be " + expected + ")");
            } else if (forDeal != null && !forDeal.equals(deal.dealId())) {
                discrepancy("units", "unit " + unit.unitId() + " is " + unit.status() + " for deal " + forDeal
                        + " but deal " + deal.dealId() + " (" + deal.status() + ") is the one that holds it");
            }
        }
        claiming.forEach((unitId, deals) -> {
            if (!known.contains(unitId)) {
                discrepancy("units", "deals " + deals.stream().map(Deal::dealId).toList() + " hold unit " + unitId
                        + ", which inventory does not list");
            }
        });
    }

    // ---- 2. one credit per deal, or its reversal ---------------------------------------------------------

    private void credits(Books books) {
        Set<String> deals = new HashSet<>();
        for (Deal deal : books.deals()) {
            deals.add(deal.dealId());
            counted("credits");
            Credit credit = books.credits().get(deal.dealId());
            if (!deal.depositTaken()) {
                // a cancelled deal's cancellation is kept even when nothing was credited (so that a late deposit
                // event cannot credit it): a REVERSED credit with nothing on any book is no credit
                boolean tombstone = credit != null && deal.cancelled() && "REVERSED".equals(credit.stage())
                        && credit.entries().stream().allMatch(e -> e.amount().signum() == 0);
                if (credit != null && !tombstone) {
                    discrepancy("credits", "deal " + deal.dealId() + " (" + deal.status() + ") took no deposit but "
                            + "commission holds a " + credit.stage() + " credit of " + credit.amount());
                }
                continue;
            }
            if (credit == null) {
                lost("credits", "deal " + deal.dealId() + " (" + deal.status() + ") took its deposit but "
                        + "commission holds no credit for it: transaction.deposit-received not applied?");
                continue;
            }
            Map<String, Integer> ids = new HashMap<>();
            BigDecimal creditBook = BigDecimal.ZERO;
            int credited = 0;
            for (Entry entry : credit.entries()) {
                ids.merge(entry.entryId(), 1, Integer::sum);
                if (entry.creditBook()) {
                    creditBook = creditBook.add(entry.amount());
                }
                if (entry.kind().equals("CREDIT")) {
                    credited++;
                }
            }
            ids.forEach((id, n) -> {
                if (n > 1) {
                    doubled("credits", "deal " + deal.dealId() + ": ledger entry " + id + " is written " + n
                            + " times");
                }
            });
            if (deal.cancelled()) {
                if (!"REVERSED".equals(credit.stage()) || creditBook.signum() != 0) {
                    lost("credits", "deal " + deal.dealId() + " is CANCELLED but its credit is " + credit.stage()
                            + " with " + creditBook + " on the credit book (should be REVERSED, 0)");
                }
                continue;
            }
            if ("REVERSED".equals(credit.stage())) {
                discrepancy("credits", "deal " + deal.dealId() + " is " + deal.status() + " but its credit is REVERSED");
                continue;
            }
            if ("RECOGNISED".equals(credit.stage())) {
                if (credit.amount() == null || creditBook.compareTo(credit.amount()) != 0) {
                    boolean more = credit.amount() != null && creditBook.compareTo(credit.amount()) > 0;
                    found.add(new Discrepancy("credits", more ? Kind.DOUBLED : Kind.LOST, "deal " + deal.dealId()
                            + ": the credit book holds " + creditBook + " in " + credited + " credit entr"
                            + (credited == 1 ? "y" : "ies") + " for a credit of " + credit.amount() + " (credited "
                            + (credit.amount() == null || credit.amount().signum() == 0 ? "?"
                                    : creditBook.divide(credit.amount(), 2, java.math.RoundingMode.HALF_UP))
                            + " times)"));
                }
            } else if (creditBook.signum() != 0) {
                discrepancy("credits", "deal " + deal.dealId() + ": a " + credit.stage() + " credit has " + creditBook
                        + " on the credit book (a provisional credit is in no balance)");
            }
            if (unitStatusFor(deal, books.now()) != null && unitStatusFor(deal, books.now()).equals("CONTRACTED")
                    && deal.price() != null && (credit.amount() == null || credit.amount().compareTo(deal.price()) != 0)) {
                discrepancy("credits", "deal " + deal.dealId() + " is contracted at " + deal.price()
                        + " but credited at " + credit.amount());
            }
        }
        books.credits().keySet().stream().filter(id -> !deals.contains(id)).forEach(id -> discrepancy("credits",
                "commission holds a credit for deal " + id + ", which transaction-service does not list"));
    }

    // ---- 3. reminders: sent once or cancelled -----------------------------------------------------------

    private static final Set<String> SENT = Set.of("SENT", "DELIVERED");
    private static final Set<String> NOT_YET = Set.of("PLANNED", "CLAIMED", "FAILED");

    private void reminders(Books books) {
        Map<String, Deal> deals = new HashMap<>();
        books.deals().forEach(deal -> deals.put(deal.dealId(), deal));
        for (Deal deal : books.deals()) {
            if (deal.depositTaken() && !books.reminders().containsKey(deal.dealId())) {
                counted("reminders");
                lost("reminders", "deal " + deal.dealId() + " took its deposit but notification planned no "
                        + "reminders for it: transaction.deposit-received not applied?");
            }
        }
        books.reminders().forEach((dealId, reminders) -> {
            Deal deal = deals.get(dealId);
            for (Reminder reminder : reminders) {
                counted("reminders");
                String what = "reminder " + reminder.id() + " (" + reminder.kind() + ", due " + reminder.dueAt()
                        + ") of deal " + dealId;
                int sends = books.inboxSends().getOrDefault(reminder.id(), 0);
                if (sends > 1) {
                    doubled("reminders", what + " was sent " + sends + " times");
                }
                if (SENT.contains(reminder.status()) && sends == 0) {
                    lost("reminders", what + " is " + reminder.status() + " but the inbox holds no send");
                }
                if (!SENT.contains(reminder.status()) && sends > 0) {
                    discrepancy("reminders", what + " is " + reminder.status() + " but the inbox holds a send");
                }
                if (NOT_YET.contains(reminder.status())) {
                    if (deal != null && deal.cancelled()) {
                        lost("reminders", what + " is still " + reminder.status() + " though the deal is "
                                + "CANCELLED: cancel it");
                    } else if (deal != null && deal.downPaymentTaken() && reminder.kind().equals("DOWN_PAYMENT")) {
                        lost("reminders", what + " is still " + reminder.status() + " though the down payment "
                                + "was received: cancel it");
                    } else if (!reminder.dueAt().isAfter(books.now())) {
                        lost("reminders", what + " is still " + reminder.status() + " at " + books.now()
                                + ": never sent");
                    }
                }
                if (reminder.status().equals("UNDELIVERABLE") || reminder.status().equals("UNANSWERED")) {
                    discrepancy("reminders", what + " is " + reminder.status() + ": the PM is to reach the buyer");
                }
            }
        });
    }

    // ---- 4. every event consumed by each of its consumers, once --------------------------------------------

    private void checkEvents(List<Topic> topics, Set<String> restarted) {
        for (Topic topic : topics) {
            republished += topic.republished();
            Set<String> types = new HashSet<>(topic.onTopic().keySet());
            types.addAll(topic.published().keySet());
            boolean producerCounts = !restarted.contains(topic.producer());
            for (String type : sorted(types)) {
                counted("events");
                long held = topic.onTopic().getOrDefault(type, 0L);
                events += held;
                long published = topic.published().getOrDefault(type, 0L);
                if (producerCounts && held < published) {
                    lost("events", topic.producer() + " counts " + published + " " + type + " published but "
                            + topic.topic() + " holds " + held);
                } else if (producerCounts && held > published) {
                    discrepancy("events", topic.producer() + " counts " + published + " " + type + " published but "
                            + topic.topic() + " holds " + held + ": who else writes to it?");
                }
                topic.processedByConsumer().forEach((consumer, processed) -> {
                    if (restarted.contains(consumer)) {
                        return; // its counter started again at 0: its committed offsets and its effects tell
                    }
                    long n = processed.getOrDefault(type, 0L);
                    if (n < held) {
                        lost("events", consumer + " processed " + n + " of the " + held + " " + type
                                + " on " + topic.topic() + ": " + (held - n) + " not consumed");
                    } else {
                        redelivered += n - held;
                    }
                });
            }
            topic.lagByConsumer().forEach((consumer, lag) -> {
                counted("events");
                if (lag > 0) {
                    lost("events", consumer + " has " + lag + " record(s) of " + topic.topic()
                            + " not consumed (committed offsets behind the end)");
                }
            });
        }
    }

    private static List<String> sorted(Collection<String> types) {
        return types.stream().sorted().toList();
    }

    // ---- 5. dead letters ---------------------------------------------------------------------------------

    private void deadLetters(Books books) {
        counted("dead letters");
        for (DeadLetter letter : books.deadLetters()) {
            counted("dead letters");
            if (!books.explainedDeadLetters().contains(letter.key())) {
                lost("dead letters", letter.topic() + " holds " + letter.type() + " (key " + letter.key()
                        + "): " + letter.reason());
            }
        }
    }

    // ---- 6. what the day did -----------------------------------------------------------------------------

    private void day(Books books) {
        if (books.expected() == null) {
            return;
        }
        Map<String, Deal> deals = new HashMap<>();
        books.deals().forEach(deal -> deals.put(deal.dealId(), deal));
        books.expected().dealStatus().forEach((dealId, status) -> {
            counted("the day");
            Deal deal = deals.get(dealId);
            if (deal == null) {
                lost("the day", "deal " + dealId + " was opened (answered 201) but transaction-service does not "
                        + "list it");
            } else if (!deal.status().equals(status)) {
                discrepancy("the day", "deal " + dealId + " should be " + status + " after the day's commands but is "
                        + deal.status());
            }
        });
        books.expected().openCollisions().forEach((officeId, open) -> {
            counted("the day");
            if (open > 0) {
                discrepancy("the day", officeId + " has " + open + " collision(s) open after the PM resolved the day's");
            }
        });
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
