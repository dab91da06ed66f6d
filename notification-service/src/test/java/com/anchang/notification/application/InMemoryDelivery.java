package com.anchang.notification.application;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DeliveryRates;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.ReminderEvent;
import com.anchang.notification.domain.ReminderMessages;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The delivery's ports in memory, behaving as the stored ones do (compare-and-set on the version, one bucket). */
public final class InMemoryDelivery {

    private InMemoryDelivery() {
    }

    /** Schedules with the ids of the events applied to them, written together as the store writes them. */
    public static class Schedules implements ReminderScheduleRepository {
        final Map<String, ReminderSchedule> byDeal = new HashMap<>();
        final Map<String, List<String>> applied = new HashMap<>();
        final List<ReminderEvent> outbox = new CopyOnWriteArrayList<>();

        @Override
        public synchronized Optional<ReminderSchedule> find(String dealId) {
            return Optional.ofNullable(byDeal.get(dealId));
        }

        @Override
        public synchronized Map<String, ReminderSchedule> findAll(Collection<String> dealIds) {
            Map<String, ReminderSchedule> found = new HashMap<>();
            dealIds.forEach(id -> find(id).ifPresent(s -> found.put(id, s)));
            return found;
        }

        @Override
        public synchronized List<Optional<ReminderSchedule>> saveAll(List<ReminderSchedule.Change> changes) {
            List<Optional<ReminderSchedule>> saved = new ArrayList<>();
            for (ReminderSchedule.Change change : changes) {
                try {
                    saved.add(Optional.of(save(change)));
                } catch (ConcurrentChangeException e) {
                    saved.add(Optional.empty());
                }
            }
            return saved;
        }

        @Override
        public synchronized boolean insert(ReminderSchedule schedule, String appliedEventId) {
            if (byDeal.putIfAbsent(schedule.dealId(), schedule) != null) {
                return false;
            }
            applied.computeIfAbsent(schedule.dealId(), id -> new ArrayList<>()).add(appliedEventId);
            return true;
        }

        @Override
        public synchronized boolean hasApplied(String dealId, String eventId) {
            return applied.getOrDefault(dealId, List.of()).contains(eventId);
        }

        @Override
        public ReminderSchedule save(ReminderSchedule.Change change) {
            return save(change, null);
        }

        @Override
        public synchronized ReminderSchedule save(ReminderSchedule.Change change, String appliedEventId) {
            ReminderSchedule s = change.schedule();
            if (byDeal.get(s.dealId()).version() != s.version()) {
                throw new ConcurrentChangeException("schedules", "changed");
            }
            ReminderSchedule stored = s.written();
            byDeal.put(s.dealId(), stored);
            if (appliedEventId != null) {
                applied.computeIfAbsent(s.dealId(), id -> new ArrayList<>()).add(appliedEventId);
            }
            outbox.addAll(change.events());
            return stored;
        }
    }

    /** All entries in one bucket, kept until done. */
    public static final class Queue implements DueReminders {
        final List<Entry> entries = new CopyOnWriteArrayList<>();
        /** Every due entry on one page, as the store pages them (500 a page); otherwise a page per entry. */
        boolean onePage;

        @Override
        public void enter(String dealId, String reminderId, Instant at) {
            entries.add(new Entry(dealId, reminderId, at));
        }

        @Override
        public Due dueBy(Instant now) {
            List<Entry> due = entries.stream().filter(e -> !e.at().isAfter(now)).toList();
            if (onePage) {
                return new Due(Instant.EPOCH, List.of(new Bucket("all", Instant.EPOCH, now, due.size(),
                        due.isEmpty() ? List.of() : List.of(new Page("page", due)))));
            }
            return new Due(Instant.EPOCH, List.of(new Bucket("all", Instant.EPOCH, now, due.size(),
                    due.stream().map(e -> new Page(e.dealId() + "/" + e.reminderId() + "/" + e.at(), List.of(e))).toList())));
        }

        @Override
        public java.util.Optional<Instant> nextAfter(Instant now) {
            return entries.stream().map(Entry::at).filter(at -> at.isAfter(now)).min(Instant::compareTo);
        }

        @Override
        public void done(Page page) {
            entries.removeAll(page.entries());
        }

        @Override
        public boolean done(Bucket bucket) {
            return false;
        }

        @Override
        public void caughtUp(Instant from, Instant upTo) {
        }
    }

    /** The office's days: deals by office and day. */
    public static final class Days implements ReminderDays {
        final Map<String, List<String>> deals = new HashMap<>();
        final Map<String, String> developers = new HashMap<>();

        @Override
        public synchronized void note(String developerId, String officeId, LocalDate day, String dealId) {
            List<String> ids = deals.computeIfAbsent(officeId + "/" + day, k -> new ArrayList<>());
            if (!ids.contains(dealId)) {
                ids.add(dealId);
            }
            developers.putIfAbsent(officeId + "/" + day, developerId);
        }

        @Override
        public synchronized Optional<Day> find(String officeId, LocalDate day) {
            String key = officeId + "/" + day;
            return deals.containsKey(key) ? Optional.of(new Day(developers.get(key), List.copyOf(deals.get(key))))
                    : Optional.empty();
        }
    }

    /** Delivery counts, each result counted once by its key, as the store's counters do. */
    public static final class Rates implements DeliveryRates {
        final Map<String, Set<String>> counted = new HashMap<>();
        final Map<String, String> developers = new HashMap<>();
        final Map<String, long[]> counts = new java.util.TreeMap<>();

        @Override
        public synchronized void count(String developerId, String officeId, LocalDate day, Channel channel,
                String reminderId, Result... results) {
            developers.putIfAbsent(officeId, developerId);
            for (Result result : results) {
                if (counted.computeIfAbsent(officeId + "/" + day, k -> new java.util.HashSet<>())
                        .add(reminderId + "/" + channel + "/" + result)) {
                    counts.computeIfAbsent(officeId + "/" + day + "/" + channel, k -> new long[3])[result.ordinal()]++;
                }
            }
        }

        @Override
        public synchronized Optional<String> developerOf(String officeId) {
            return Optional.ofNullable(developers.get(officeId));
        }

        @Override
        public synchronized List<String> offices(String developerId) {
            return developers.entrySet().stream().filter(e -> e.getValue().equals(developerId)).map(Map.Entry::getKey)
                    .sorted().toList();
        }

        @Override
        public synchronized List<Counts> of(String officeId, LocalDate from, LocalDate to) {
            List<Counts> found = new java.util.ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                for (Channel channel : Channel.values()) {
                    long[] n = counts.get(officeId + "/" + day + "/" + channel);
                    if (n != null) {
                        found.add(new Counts(officeId, day, channel, n[0], n[1], n[2]));
                    }
                }
            }
            return found;
        }
    }

    static final class Messages implements ReminderMessages {
        final Map<String, Sent> sent = new HashMap<>();

        @Override
        public synchronized void remember(String provider, String messageId, String dealId, String reminderId) {
            sent.putIfAbsent(provider + ":" + messageId, new Sent(dealId, reminderId));
        }

        @Override
        public synchronized Optional<Sent> find(String provider, String messageId) {
            return Optional.ofNullable(sent.get(provider + ":" + messageId));
        }
    }

    /** A provider whose answers a test scripts, recording every send by reference. */
    static final class ScriptedChannel implements DeliveryChannel {
        final Channel channel;
        final String provider;
        final List<DeliveryChannel.SendResult> script = new ArrayList<>();
        final List<String> sends = new CopyOnWriteArrayList<>();
        /** Every message handed over, as sent. */
        final List<Outgoing> messages = new CopyOnWriteArrayList<>();
        final List<String> accepted = new CopyOnWriteArrayList<>();
        /** The references of each {@link #sendAll} call, when it sends in bulk. */
        final List<List<String>> pages = new CopyOnWriteArrayList<>();
        boolean inBulk;
        private int next;

        ScriptedChannel(Channel channel, String provider) {
            this.channel = channel;
            this.provider = provider;
        }

        ScriptedChannel answering(DeliveryChannel.SendResult... results) {
            script.addAll(List.of(results));
            return this;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public String provider() {
            return provider;
        }

        @Override
        public synchronized SendResult send(Outgoing message) {
            sends.add(message.reference());
            messages.add(message);
            SendResult result = next < script.size() ? script.get(next++) : new SendResult.Accepted("msg-" + sends.size());
            if (result instanceof SendResult.Accepted || result instanceof SendResult.Unknown) {
                accepted.add(message.reference()); // an unknown outcome that did go out
            }
            return result;
        }

        ScriptedChannel inBulk() {
            inBulk = true;
            return this;
        }

        @Override
        public boolean sendsInBulk() {
            return inBulk;
        }

        @Override
        public synchronized List<SendResult> sendAll(List<Outgoing> messages) {
            pages.add(messages.stream().map(Outgoing::reference).toList());
            return messages.stream().map(this::send).toList();
        }

        @Override
        public Optional<String> findAccepted(Outgoing message, Instant since) {
            return accepted.contains(message.reference()) ? Optional.of("found-" + message.reference()) : Optional.empty();
        }
    }
}
