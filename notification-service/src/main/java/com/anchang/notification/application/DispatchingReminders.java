package com.anchang.notification.application;

import com.anchang.notification.application.DeliveryChannel.SendResult;
import com.anchang.notification.domain.Attempt;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DeliveryPolicy;
import com.anchang.notification.domain.DeliveryRates;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderMessages;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderPolicy;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NOTE-3, NOTE-4, NOTE-5: sends the reminders that are due, each exactly once in effect.
 *
 * <p>For each due entry of the {@link DueReminders} queue: the reminder is claimed by this instance
 * under a lease (a compare-and-set of its schedule, which also names the channel about to be used),
 * sent with its idempotency reference, and the result recorded while the claim is still held. An
 * instance that dies mid-send leaves the reminder CLAIMED with a send in flight; once the lease has
 * lapsed another instance claims it, first asks that provider whether it accepted a message with the
 * reference (it is then recorded, not sent again), and only then sends, with the same reference.
 *
 * <p>The buyer's chosen channel goes first, the other is the fallback (NOTE-3). A throttled channel
 * falls back at once; a timeout or a transient failure (5xx) is retried later with backoff (an SMS not in
 * the office's quiet hours: at their end); a channel
 * refused for good (a wrong template) or retried as often as the policy allows has failed. When every
 * channel failed the reminder is UNDELIVERABLE and escalated to the PM (NOTE-5); while a channel may
 * still succeed it is retried later, never dropped. A sent reminder waits for its receipt; without one
 * in time it is UNANSWERED and escalated too.
 */
public class DispatchingReminders {

    private static final Logger log = LoggerFactory.getLogger(DispatchingReminders.class);
    private static final int WRITE_ATTEMPTS = 8;

    /** What one run did. */
    public record Run(int sent, int retried, int undeliverable, int unanswered, int pending) {

        public boolean idle() {
            return sent + retried + undeliverable + unanswered + pending == 0;
        }

        @Override
        public String toString() {
            return "sent %d, retrying %d later, %d undeliverable, %d unanswered, %d held elsewhere".formatted(sent, retried,
                    undeliverable, unanswered, pending);
        }
    }

    private enum Result { NOTHING, SENT, RETRIED, UNDELIVERABLE, UNANSWERED, PENDING }

    private final ReminderScheduleRepository schedules;
    private final DueReminders queue;
    private final DeliveryChannels channels;
    private final ReminderMessages messages;
    private final DeliveryRates rates;
    private final ReminderPolicies offices;
    private final DeliveryPolicy policy;
    private final String instance;
    private final Duration bucketGrace;
    private final int parallelism;
    private final int pagesAtOnce;

    /**
     * @param offices the offices' reminder policies (how their reminders read)
     * @param instance this instance's name in the claims it takes (unique per process)
     * @param bucketGrace how long after its end a bucket is kept for entries made late by a clock a little behind
     * @param parallelism how many reminders one run sends at once
     * @param pagesAtOnce how many pages of a bucket one run dispatches at once (the next page's schedules are
     *                    read and mapped while the store writes the page before)
     */
    public DispatchingReminders(ReminderScheduleRepository schedules, DueReminders queue, DeliveryChannels channels,
            ReminderMessages messages, DeliveryRates rates, DeliveryPolicy policy, ReminderPolicies offices, String instance,
            Duration bucketGrace, int parallelism, int pagesAtOnce) {
        this.schedules = schedules;
        this.queue = queue;
        this.channels = channels;
        this.messages = messages;
        this.rates = rates;
        this.offices = offices;
        this.policy = policy;
        this.instance = instance;
        this.bucketGrace = bucketGrace;
        this.parallelism = Math.max(1, parallelism);
        this.pagesAtOnce = Math.max(1, pagesAtOnce);
    }

    /** Two pages at once. */
    public DispatchingReminders(ReminderScheduleRepository schedules, DueReminders queue, DeliveryChannels channels,
            ReminderMessages messages, DeliveryRates rates, DeliveryPolicy policy, ReminderPolicies offices, String instance,
            Duration bucketGrace, int parallelism) {
        this(schedules, queue, channels, messages, rates, policy, offices, instance, bucketGrace, parallelism, 2);
    }

    public String instance() {
        return instance;
    }

    /** Sends everything due at {@code now}; what the "reminder-dispatch" job runs. */
    public Run run(Instant now) {
        int[] counts = new int[Result.values().length];
        DueReminders.Due due = queue.dueBy(now);
        Instant caughtUpTo = null;
        try (ExecutorService senders = Executors.newFixedThreadPool(parallelism, Thread.ofVirtual().factory());
                ExecutorService pages = Executors.newFixedThreadPool(pagesAtOnce, Thread.ofPlatform().daemon().factory())) {
            for (DueReminders.Bucket bucket : due.buckets()) {
                // pagesAtOnce pages in flight: a second writer on the same reminder loses its compare-and-set
                List<Future<List<Result>>> dispatched = new ArrayList<>();
                for (DueReminders.Page page : bucket.pages()) {
                    dispatched.add(pages.submit(() -> dispatchPage(senders, page.entries(), now)));
                }
                boolean bucketDone = true;
                for (int p = 0; p < dispatched.size(); p++) {
                    boolean pageDone = true;
                    for (Result result : pageResults(dispatched.get(p), bucket.pages().get(p))) {
                        counts[result.ordinal()]++;
                        pageDone &= result != Result.PENDING;
                    }
                    if (pageDone) {
                        queue.done(bucket.pages().get(p));
                    }
                    bucketDone &= pageDone;
                }
                boolean over = !bucket.end().plus(bucketGrace).isAfter(now);
                boolean forgotten = bucketDone && over && queue.done(bucket);
                if (caughtUpTo == null && !forgotten) {
                    caughtUpTo = bucket.start();
                }
            }
        }
        queue.caughtUp(due.from(), caughtUpTo != null ? caughtUpTo : now.minus(bucketGrace));
        return new Run(counts[Result.SENT.ordinal()], counts[Result.RETRIED.ordinal()],
                counts[Result.UNDELIVERABLE.ordinal()], counts[Result.UNANSWERED.ordinal()],
                counts[Result.PENDING.ordinal()]);
    }

    /** A page's results once dispatched; every entry pending if its dispatch failed or was interrupted. */
    private static List<Result> pageResults(Future<List<Result>> dispatched, DueReminders.Page page) {
        try {
            return dispatched.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("dispatching page {} failed; its reminders are due again: {}", page.id(), e.getCause().toString());
        }
        return Collections.nCopies(page.entries().size(), Result.PENDING);
    }

    /**
     * One page of due entries. Reminders that go to a channel which {@linkplain DeliveryChannel#sendsInBulk()
     * sends in bulk} (the local inbox), with no earlier send to ask about, go together: their schedules read
     * at once, claimed in one bulk write of compare-and-sets, handed to the channel in one call and their
     * results recorded in one bulk write, all while the claims' leases run. Every other entry (a provider's
     * channel, a takeover that asks the provider first, an unanswered reminder, a second entry of the same
     * deal, a claim lost to another writer) goes one by one as before, {@code parallelism} at once: a
     * provider's send is claimed just before it is made, so a page of slow sends never outlives its leases.
     */
    private List<Result> dispatchPage(ExecutorService senders, List<DueReminders.Entry> entries, Instant now) {
        Result[] results = new Result[entries.size()];
        Map<String, Integer> firstOfDeal = new LinkedHashMap<>();
        List<Integer> oneByOne = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DueReminders.Entry entry = entries.get(i);
            if (entry.at().isAfter(now)) {
                results[i] = Result.PENDING; // in the current bucket, not yet due
            } else if (firstOfDeal.putIfAbsent(entry.dealId(), i) != null) {
                oneByOne.add(i); // one compare-and-set per schedule in a bulk write
            }
        }
        List<Future<Result>> later = new ArrayList<>();
        List<Integer> laterAt = new ArrayList<>();
        try {
            bulkDispatch(entries, firstOfDeal.values(), results, oneByOne, now);
        } catch (RuntimeException e) {
            log.warn("dispatching a page of {} reminders together failed; one by one instead: {}", firstOfDeal.size(),
                    e.toString());
            firstOfDeal.values().stream().filter(i -> results[i] == null).forEach(oneByOne::add);
        }
        for (int i : oneByOne) {
            DueReminders.Entry entry = entries.get(i);
            later.add(senders.submit(() -> dispatchSafely(entry, now)));
            laterAt.add(i);
        }
        for (int k = 0; k < later.size(); k++) {
            try {
                results[laterAt.get(k)] = later.get(k).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results[laterAt.get(k)] = Result.PENDING;
            } catch (ExecutionException e) {
                results[laterAt.get(k)] = Result.PENDING;
            }
        }
        return Arrays.stream(results).map(r -> r == null ? Result.PENDING : r).toList();
    }

    /** Settles, claims, sends and records the page's reminders that can go together; names the others in {@code oneByOne}. */
    private void bulkDispatch(List<DueReminders.Entry> entries, Collection<Integer> firsts, Result[] results,
            List<Integer> oneByOne, Instant now) {
        Map<String, ReminderSchedule> found = schedules.findAll(firsts.stream().map(i -> entries.get(i).dealId()).toList());
        List<Integer> claiming = new ArrayList<>();
        List<ReminderSchedule.Change> claims = new ArrayList<>();
        List<DeliveryChannel> via = new ArrayList<>();
        for (int i : firsts) {
            DueReminders.Entry entry = entries.get(i);
            ReminderSchedule schedule = found.get(entry.dealId());
            Optional<Reminder> reminder = schedule == null ? Optional.empty() : schedule.reminder(entry.reminderId());
            if (reminder.isEmpty()) {
                results[i] = Result.NOTHING;
                continue;
            }
            Reminder r = reminder.get();
            if (r.unansweredAt(now, policy.receiptWait())) {
                oneByOne.add(i);
            } else if (r.status() == ReminderStatus.CLAIMED && !r.claimable(now)) {
                results[i] = Result.PENDING; // held under a lease that has not lapsed
            } else if (!r.claimable(now)) {
                results[i] = Result.NOTHING;
            } else {
                List<Channel> order = channelsToTry(schedule, r);
                DeliveryChannel first = order.isEmpty() ? null
                        : channels.forOffice(schedule.developerId(), schedule.officeId()).get(order.getFirst());
                if (first == null || !first.sendsInBulk() || r.delivery().inFlight() != null) {
                    oneByOne.add(i);
                } else {
                    claiming.add(i);
                    via.add(first);
                    claims.add(schedule.change(r.id(), x -> x.claim(instance, now, policy.lease(), first.channel())));
                }
            }
        }
        if (claims.isEmpty()) {
            return;
        }
        List<Optional<ReminderSchedule>> claimed = schedules.saveAll(claims);
        Map<DeliveryChannel, List<Integer>> byChannel = new LinkedHashMap<>();
        Map<Integer, ReminderSchedule> held = new LinkedHashMap<>();
        for (int k = 0; k < claiming.size(); k++) {
            int i = claiming.get(k);
            if (claimed.get(k).isEmpty()) {
                oneByOne.add(i); // lost to another writer: read again and decided one by one
            } else {
                held.put(i, claimed.get(k).get());
                byChannel.computeIfAbsent(via.get(k), c -> new ArrayList<>()).add(i);
            }
        }
        byChannel.forEach((channel, ofChannel) -> sendTogether(channel, ofChannel, entries, held, results, now));
    }

    private void sendTogether(DeliveryChannel channel, List<Integer> ofChannel, List<DueReminders.Entry> entries,
            Map<Integer, ReminderSchedule> held, Result[] results, Instant now) {
        List<Outgoing> outgoing = ofChannel.stream().map(i -> {
            ReminderSchedule s = held.get(i);
            return Outgoing.of(s, s.reminder(entries.get(i).reminderId()).orElseThrow(), offices.forOffice(s.officeId()));
        }).toList();
        List<SendResult> answers;
        try {
            answers = channel.sendAll(outgoing);
        } catch (RuntimeException e) {
            // in flight, outcome unknown: once the leases lapse the next claimer asks the channel first
            log.warn("sending {} reminders to {} failed; asked about after the lease: {}", outgoing.size(),
                    channel.provider(), e.toString());
            ofChannel.forEach(i -> results[i] = Result.PENDING);
            return;
        }
        List<Integer> accepted = new ArrayList<>();
        List<String> messageIds = new ArrayList<>();
        for (int k = 0; k < ofChannel.size(); k++) {
            int i = ofChannel.get(k);
            if (answers.get(k) instanceof SendResult.Accepted a) {
                accepted.add(i);
                messageIds.add(a.messageId());
            } else {
                results[i] = deliverSafely(new Claim(null, held.get(i), entries.get(i).reminderId(), null, null), now,
                        answers.get(k));
            }
        }
        List<Held> sent = accepted.stream().map(i -> new Held(held.get(i), entries.get(i).reminderId())).toList();
        for (int i : accepted) {
            results[i] = Result.PENDING; // until written below
        }
        List<Boolean> written = sentTogether(sent, channel, messageIds, now);
        for (int k = 0; k < accepted.size(); k++) {
            results[accepted.get(k)] = written.get(k) ? Result.SENT : Result.PENDING;
        }
    }

    /** {@link #sent} for a page: remembered, counted and recorded in one write each; a lost compare-and-set one by one. */
    private List<Boolean> sentTogether(List<Held> sent, DeliveryChannel channel, List<String> messageIds, Instant now) {
        List<ReminderMessages.Message> remembered = new ArrayList<>();
        List<DeliveryRates.Count> counts = new ArrayList<>();
        for (int k = 0; k < sent.size(); k++) {
            Held h = sent.get(k);
            if (!channel.confirmsOnSend()) { // a receipt will name the message: remembered to find its reminder
                remembered.add(new ReminderMessages.Message(channel.provider(), messageIds.get(k), h.schedule.dealId(),
                        h.id));
            }
            counts.add(count(h, channel, now));
            if (!channel.confirmsOnSend()) {
                queue.enter(h.schedule.dealId(), h.id, now.plus(policy.receiptWait()));
            }
        }
        if (!remembered.isEmpty()) {
            messages.rememberAll(remembered);
        }
        rates.countAll(counts);
        List<UnaryOperator<Reminder>> transitions = new ArrayList<>();
        List<ReminderSchedule.Change> changes = new ArrayList<>();
        for (int k = 0; k < sent.size(); k++) {
            UnaryOperator<Reminder> t = sentOn(channel, messageIds.get(k), now, Attempt.Outcome.ACCEPTED);
            transitions.add(t);
            changes.add(sent.get(k).schedule.change(sent.get(k).id, t));
        }
        List<Optional<ReminderSchedule>> saved = schedules.saveAll(changes);
        List<Boolean> written = new ArrayList<>(sent.size());
        for (int k = 0; k < sent.size(); k++) {
            Held h = sent.get(k);
            if (saved.get(k).isPresent()) {
                written.add(true);
                continue;
            }
            try {
                h.write(transitions.get(k)); // read again: still held, the result goes on the schedule as it now is
                written.add(true);
            } catch (RuntimeException e) {
                log.warn("recording reminder {} of deal {} as sent failed; the next claimer finds it in {}: {}", h.id,
                        h.schedule.dealId(), channel.provider(), e.toString());
                written.add(false);
            }
        }
        return written;
    }

    private Result dispatchSafely(DueReminders.Entry entry, Instant now) {
        if (entry.at().isAfter(now)) {
            return Result.PENDING; // in the current bucket, not yet due
        }
        try {
            return dispatch(entry.dealId(), entry.reminderId(), now);
        } catch (RuntimeException e) {
            log.warn("dispatching reminder {} of deal {} failed; the next run tries again: {}", entry.reminderId(),
                    entry.dealId(), e.toString());
            return Result.PENDING;
        }
    }

    /** One due reminder: settles it, or claims and sends it. */
    Result dispatch(String dealId, String reminderId, Instant now) {
        Claim claim = ConcurrentChangeException.retrying(WRITE_ATTEMPTS, () -> claim(dealId, reminderId, now));
        return claim.result() != null ? claim.result() : deliver(claim, now, null);
    }

    private Result deliverSafely(Claim claim, Instant now, SendResult answered) {
        try {
            return deliver(claim, now, answered);
        } catch (RuntimeException e) {
            log.warn("dispatching reminder {} of deal {} failed; the next run tries again: {}", claim.reminderId(),
                    claim.schedule().dealId(), e.toString());
            return Result.PENDING;
        }
    }

    /**
     * The claim, or the result when there is nothing to send.
     *
     * @param unknownOn the channel of an earlier send whose outcome is unknown, to ask first
     * @param unknownSince when that send began
     */
    private record Claim(Result result, ReminderSchedule schedule, String reminderId, Channel unknownOn,
            Instant unknownSince) {
    }

    private Claim claim(String dealId, String reminderId, Instant now) {
        Optional<ReminderSchedule> found = schedules.find(dealId);
        Optional<Reminder> reminder = found.flatMap(s -> s.reminder(reminderId));
        if (reminder.isEmpty()) {
            return new Claim(Result.NOTHING, null, reminderId, null, null);
        }
        ReminderSchedule schedule = found.get();
        Reminder r = reminder.get();
        if (r.unansweredAt(now, policy.receiptWait())) {
            schedules.save(schedule.change(reminderId, x -> x.unanswered(now)));
            log.info("reminder {} of deal {}: no receipt within {}, escalated", reminderId, dealId, policy.receiptWait());
            return new Claim(Result.UNANSWERED, null, reminderId, null, null);
        }
        if (r.status() == ReminderStatus.CLAIMED && !r.claimable(now)) {
            // held under a lease that has not lapsed: by another instance, or by an earlier run of this one
            return new Claim(Result.PENDING, null, reminderId, null, null);
        }
        if (!r.claimable(now)) {
            return new Claim(Result.NOTHING, null, reminderId, null, null);
        }
        List<Channel> order = channelsToTry(schedule, r);
        Channel first = order.isEmpty() ? null : order.getFirst();
        ReminderSchedule claimed = schedules.save(schedule.change(reminderId,
                x -> x.claim(instance, now, policy.lease(), first)));
        if (r.status() == ReminderStatus.CLAIMED) {
            log.info("reminder {} of deal {}: the lease of {} lapsed, taken over", reminderId, dealId,
                    r.delivery().claimedBy());
        }
        return new Claim(null, claimed, reminderId, r.delivery().inFlight(), r.delivery().inFlightSince());
    }

    private List<Channel> channelsToTry(ReminderSchedule schedule, Reminder reminder) {
        Map<Channel, DeliveryChannel> available = channels.forOffice(schedule.developerId(), schedule.officeId());
        List<Channel> failed = reminder.failedChannels();
        return schedule.recipient().channelsToTry(available.keySet()).stream().filter(c -> !failed.contains(c)).toList();
    }

    /** @param answered what the first channel already answered to a send made with others at once, or null */
    private Result deliver(Claim claim, Instant now, SendResult answered) {
        String id = claim.reminderId();
        Held held = new Held(claim.schedule(), id);
        Map<Channel, DeliveryChannel> available = channels.forOffice(held.schedule.developerId(),
                held.schedule.officeId());
        Outgoing message = Outgoing.of(held.schedule, held.reminder(), offices.forOffice(held.schedule.officeId()));

        if (claim.unknownOn() != null && available.containsKey(claim.unknownOn())) {
            DeliveryChannel channel = available.get(claim.unknownOn());
            Optional<String> accepted;
            try {
                accepted = channel.findAccepted(message, claim.unknownSince().minusSeconds(60));
            } catch (RuntimeException e) {
                log.warn("asking {} for reminder {} failed; retrying later: {}", channel.provider(), id, e.toString());
                return retryLater(held, now, Attempt.Outcome.UNKNOWN, claim.unknownOn(), "asking the provider failed: " + e);
            }
            if (accepted.isPresent()) {
                log.info("reminder {}: already accepted by {} as {}, not sent again", id, channel.provider(), accepted.get());
                return sent(held, channel, accepted.get(), now, Attempt.Outcome.FOUND_SENT);
            }
        }

        boolean retryable = false;
        for (Channel on : channelsToTry(held.schedule, held.reminder())) {
            DeliveryChannel channel = available.get(on);
            if (held.reminder().delivery().inFlight() != on) {
                held.write(r -> r.sending(instance, on, now));
            }
            SendResult result;
            if (answered != null) {
                result = answered;
                answered = null;
            } else {
                try {
                    result = channel.send(message);
                } catch (RuntimeException e) {
                    result = new SendResult.Unknown(e.toString());
                }
            }
            switch (result) {
                case SendResult.Accepted accepted -> {
                    return sent(held, channel, accepted.messageId(), now, Attempt.Outcome.ACCEPTED);
                }
                case SendResult.Refused refused -> held.write(r -> r.tried(instance,
                        new Attempt(on, now, Attempt.Outcome.REFUSED, refused.code() + " " + refused.message())));
                case SendResult.Throttled throttled -> {
                    String detail = throttled.code() + " " + throttled.message();
                    if (held.reminder().retriesOn(on) + 1 >= policy.attemptsPerChannel()) {
                        held.write(r -> r.tried(instance, new Attempt(on, now, Attempt.Outcome.GAVE_UP, detail)));
                    } else {
                        held.write(r -> r.tried(instance, new Attempt(on, now, Attempt.Outcome.THROTTLED, detail)));
                        retryable = true; // falls back to the next channel now, or retries this one later
                    }
                }
                case SendResult.Transient failure -> {
                    String detail = failure.code() + " " + failure.message();
                    if (held.reminder().retriesOn(on) + 1 < policy.attemptsPerChannel()) {
                        return retryLater(held, now, Attempt.Outcome.TRANSIENT, on, detail);
                    }
                    held.write(r -> r.tried(instance, new Attempt(on, now, Attempt.Outcome.GAVE_UP, detail)));
                }
                case SendResult.Unknown unknown -> {
                    if (held.reminder().retriesOn(on) + 1 < policy.attemptsPerChannel()) {
                        return retryLater(held, now, Attempt.Outcome.UNKNOWN, on, unknown.message());
                    }
                    held.write(r -> r.tried(instance, new Attempt(on, now, Attempt.Outcome.GAVE_UP, unknown.message())));
                }
            }
        }
        if (retryable) {
            Instant at = outsideQuietHours(held, now.plus(policy.backoff(held.reminder().delivery().attempts().stream()
                    .filter(Attempt::retryable).count())), held.schedule.recipient().preferred());
            queue.enter(held.schedule.dealId(), id, at);
            held.write(r -> r.retryAt(instance, at));
            return Result.RETRIED;
        }
        held.write(r -> r.undeliverable(instance, now));
        log.warn("reminder {} of deal {} undeliverable, escalated: {}", id, held.schedule.dealId(),
                held.reminder().delivery().attempts());
        return Result.UNDELIVERABLE;
    }

    private Result sent(Held held, DeliveryChannel channel, String messageId, Instant now, Attempt.Outcome how) {
        if (!channel.confirmsOnSend()) { // a receipt will name the message: remembered to find its reminder
            messages.remember(channel.provider(), messageId, held.schedule.dealId(), held.id);
        }
        // counted before the result is written, once per reminder, channel and result: never lost, never twice
        count(held, channel, now).countWith(rates);
        if (!channel.confirmsOnSend()) {
            queue.enter(held.schedule.dealId(), held.id, now.plus(policy.receiptWait()));
        }
        held.write(sentOn(channel, messageId, now, how));
        return Result.SENT;
    }

    private DeliveryRates.Count count(Held held, DeliveryChannel channel, Instant now) {
        ReminderSchedule s = held.schedule;
        LocalDate day = now.atZone(offices.forOffice(s.officeId()).zone()).toLocalDate();
        return new DeliveryRates.Count(s.developerId(), s.officeId(), day, channel.channel(), held.id,
                channel.confirmsOnSend() ? List.of(DeliveryRates.Result.SENT, DeliveryRates.Result.DELIVERED)
                        : List.of(DeliveryRates.Result.SENT));
    }

    private UnaryOperator<Reminder> sentOn(DeliveryChannel channel, String messageId, Instant now, Attempt.Outcome how) {
        return r -> r.sent(instance, channel.channel(), channel.provider(), messageId, now, channel.confirmsOnSend(), how);
    }

    private Result retryLater(Held held, Instant now, Attempt.Outcome outcome, Channel on, String detail) {
        Instant at = outsideQuietHours(held, now.plus(policy.backoff(held.reminder().retriesOn(on) + 1)), on);
        queue.enter(held.schedule.dealId(), held.id, at);
        held.write(r -> r.tried(instance, new Attempt(on, now, outcome, detail)).retryAt(instance, at));
        return Result.RETRIED;
    }

    /** NOTE-4: an SMS is not retried in the office's quiet hours; the retry moves to their end. */
    private Instant outsideQuietHours(Held held, Instant at, Channel next) {
        if (next != Channel.SMS) {
            return at;
        }
        ReminderPolicy office = offices.forOffice(held.schedule.officeId());
        return office.allowedSms(at.atZone(office.zone())).toInstant();
    }

    /** The schedule of a reminder this instance holds, written by compare-and-set while the claim lasts. */
    private final class Held {

        private ReminderSchedule schedule;
        private final String id;

        Held(ReminderSchedule schedule, String id) {
            this.schedule = schedule;
            this.id = id;
        }

        Reminder reminder() {
            return schedule.reminder(id).orElseThrow();
        }

        /**
         * Applies a transition and writes it; when another writer changed the schedule meanwhile (a receipt
         * for another of the deal's reminders), reads it again and applies the transition there, as long as
         * this instance still holds the reminder.
         */
        void write(UnaryOperator<Reminder> transition) {
            AtomicInteger attempt = new AtomicInteger();
            schedule = ConcurrentChangeException.retrying(WRITE_ATTEMPTS, () -> {
                if (attempt.getAndIncrement() > 0) {
                    schedule = schedules.find(schedule.dealId()).orElseThrow();
                    if (!reminder().heldBy(instance)) {
                        throw new LostClaimException(id, reminder().delivery().claimedBy());
                    }
                }
                return schedules.save(schedule.change(id, transition));
            });
        }
    }

    /** The lease lapsed and another instance took the reminder over; it finishes it (asking the provider first). */
    static final class LostClaimException extends RuntimeException {

        LostClaimException(String reminderId, String holder) {
            super("reminder " + reminderId + " was taken over by " + holder + " after this instance's lease lapsed", null,
                    false, false);
        }
    }
}
