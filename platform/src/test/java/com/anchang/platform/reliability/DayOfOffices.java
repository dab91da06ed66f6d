package com.anchang.platform.reliability;

import com.anchang.platform.EmbeddedPlatform;
import com.anchang.platform.PlatformConfig;
import com.anchang.platform.bench.OpeningRushBenchmark;
import com.anchang.platform.reliability.Reconciler.Discrepancy;
import com.anchang.platform.reliability.Reconciler.Expected;
import com.anchang.platform.reliability.Reconciler.Report;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A day of many sales offices on the embedded platform, through its gateway, as their people work it (issue 17,
 * ADR 33). Seeded: the same seed and number of offices give the same day. The platform administrator onboards
 * the developers (at least two), their offices and each office's PM, finance, sales control and consultants; each
 * PM catalogues a building. Then each office's day: the consultants check in, the reception desk gives out walk-ins
 * and calls by the rotation, each visitor registered with consent from their reception, a few customers registered
 * again by a colleague (a collision, LEAD-5) and resolved by the PM by the rule, follow-ups logged, deals opened and
 * held, discounts asked and approved by the PM (UNIT-4), formal deposits entered by finance and confirmed by the
 * PM (DEAL-1), subscriptions drafted, approved and signed, down payments, eligibility and contracts, a few deals
 * cancelled by the PM (DEAL-8); in the first office an opening rush: every consultant goes for the same units at
 * once, one hold wins each, the others withdraw their deals. A few client threads work the offices side by side.
 * On a simulated clock the day ends with the clock moved a week on, so that the down payments' reminders fall due
 * and are sent (or were cancelled) and the holds left open lapse.
 *
 * <p>{@link #run} answers what was done (every deal and the status its commands should leave it at);
 * {@link #reconcile} reads the books back and answers the {@link Reconciler}'s discrepancies.
 *
 * <p>With {@link #withFaults} a {@link FaultSchedule} kills and restarts services, the broker and the store beside
 * the day; the clients ask again after 502/503/504 or no answer ({@link Desk}).
 *
 * <p>From the repository root: {@code ./anchang reliability [--offices 20] [--seed 17] [--clients 3]
 * [--port-offset 31000] [--faults [--fault-every 60]]}.
 */
public final class DayOfOffices {

    static final String CLOCK_START = "2026-03-02T09:00+08:00";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final byte[] ID_COPY = "%PDF-1.4\n% the buyer's ID card\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final Duration EVENTUALLY = Duration.ofSeconds(90);
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱"};

    /** What a deal's commands should have left it at, and why. */
    record DealDone(String dealId, String officeId, String unitId, String fate, String expectedStatus) {
    }

    /**
     * What the day did.
     *
     * @param tally what the clients saw: requests, retries, 5xx, wrong answers
     * @param faults the faults injected while it ran (none without {@link #withFaults})
     * @param restarted the services killed and started again during the day
     * @param officeDaysAtRush how many offices' days were under way when the opening rush began
     */
    record Day(long seed, int offices, List<BooksReader.Office> officeBooks, List<DealDone> deals,
            Map<String, Integer> counts, List<String> failures, double seconds, String clock, Desk.Tally tally,
            List<FaultSchedule.Injected> faults, Set<String> restarted, int officeDaysAtRush) {

        Expected expected() {
            Map<String, String> status = new TreeMap<>();
            deals.forEach(deal -> status.put(deal.dealId(), deal.expectedStatus()));
            return new Expected(status, Map.of());
        }
    }

    private final Desk desk;
    private final PlatformConfig config;
    private final boolean simulatedClock;
    private final String admin = "platform.admin";
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<DealDone> deals = Collections.synchronizedList(new ArrayList<>());
    /** Opened when the offices' day is under way: the opening rush starts then, beside it. */
    private final CountDownLatch dayUnderWay = new CountDownLatch(1);
    private final AtomicInteger officeDaysRunning = new AtomicInteger();
    private EmbeddedPlatform platform;
    private List<FaultSchedule.Fault> faultPlan = List.of();
    private long faultSpacing;

    DayOfOffices(PlatformConfig config, boolean simulatedClock) {
        this.config = config;
        this.simulatedClock = simulatedClock;
        this.desk = new Desk(config.gatewayUrl());
    }

    /** A day on this platform (on its simulated clock if it runs one). */
    static DayOfOffices on(EmbeddedPlatform platform) {
        return new DayOfOffices(platform.config(), platform.simulatedClock());
    }

    Desk desk() {
        return desk;
    }

    /** The day runs with these faults injected beside it, one every {@code spacing} requests or so. */
    DayOfOffices withFaults(EmbeddedPlatform platform, List<FaultSchedule.Fault> plan, long spacing) {
        this.platform = platform;
        this.faultPlan = List.copyOf(plan);
        this.faultSpacing = spacing;
        return this;
    }

    private void did(String what) {
        int n = counts.merge(what, 1, Integer::sum);
        if (what.equals("deals opened") && n >= 2) {
            dayUnderWay.countDown();
        }
    }

    /** One office's people and building. */
    record Office(int index, String officeId, String developerId, String pm, String control, String finance,
            List<String> consultants, String buildingId, List<String> units) {
    }

    /** A registered customer and who owns them. */
    record Lead(String leadId, String owner, String name, String mobile) {
    }

    // ---- the day ----------------------------------------------------------------------------------------------

    Day run(long seed, int offices, int clients) throws Exception {
        long started = System.nanoTime();
        String tag = "s" + seed;
        List<Office> all = onboard(new Random(seed), tag, offices);
        LocalDate today = LocalDate.ofInstant(now(), ZONE);
        FaultSchedule faults = new FaultSchedule(platform, desk, faultPlan, faultSpacing);
        faults.start();
        AtomicInteger atRush = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, clients));
                ExecutorService rushDesk = Executors.newSingleThreadExecutor()) {
            List<Future<?>> days = new ArrayList<>();
            for (Office office : all) {
                days.add(pool.submit(() -> {
                    Random random = new Random(seed * 1_000_003L + office.index());
                    officeDaysRunning.incrementAndGet();
                    try {
                        officeDay(office, random, today, tag);
                    } catch (RuntimeException e) {
                        failures.add(office.officeId() + ": " + e.getMessage());
                    } finally {
                        officeDaysRunning.decrementAndGet();
                    }
                    return null;
                }));
            }
            // the opening rush in the first office, while the offices' day is under way (its units kept aside)
            Office first = all.getFirst();
            Future<?> rush = rushDesk.submit(() -> {
                dayUnderWay.await(10, TimeUnit.MINUTES);
                atRush.set(officeDaysRunning.get());
                try {
                    rush(first, rushUnits(first), new AtomicInteger(900), new Random(seed * 1_000_003L - 1), today);
                } catch (RuntimeException e) {
                    failures.add(first.officeId() + " opening rush: " + e.getMessage());
                }
                return null;
            });
            for (Future<?> day : days) {
                day.get();
            }
            dayUnderWay.countDown();
            rush.get();
        } finally {
            faults.finish(Duration.ofMinutes(30));
        }
        faults.injected().stream().filter(f -> f.error() != null).forEach(f -> failures.add("fault " + f.fault().name()
                + " could not be mended: " + f.error()));
        String clock = "real";
        if (simulatedClock) {
            try {
                // to an instant, not "by 7d": a move stopped part-way (503) and asked again ends at the same time
                Instant weekOn = now().plus(Duration.ofDays(7));
                JsonNode moved = desk.expect(200, admin, "POST", "/api/platform/clock", Map.of("to", weekOn.toString()));
                clock = "simulated, moved 7d to " + moved.path("now").asText(moved.path("to").asText()) + " in "
                        + moved.path("tookMillis").asLong() + " ms";
            } catch (RuntimeException e) {
                failures.add("moving the clock a week: " + e.getMessage());
                clock = "simulated, not moved";
            }
        }
        settle(Duration.ofMinutes(3), faults.restarted());
        List<BooksReader.Office> books = all.stream().map(o -> new BooksReader.Office(o.officeId(), o.pm(),
                List.of(o.buildingId()))).toList();
        return new Day(seed, offices, books, List.copyOf(deals), new TreeMap<>(counts), List.copyOf(failures),
                (System.nanoTime() - started) / 1e9, clock, desk.tally(), faults.injected(), faults.restarted(),
                atRush.get());
    }

    /** The first office's last five units, kept aside for its opening rush. */
    private static List<String> rushUnits(Office office) {
        return office.index() == 0 ? List.copyOf(office.units().subList(office.units().size() - 5,
                office.units().size())) : List.of();
    }

    /** The books read back and held against each other, with what the day did. */
    Report reconcile(Day day, Set<String> explainedDeadLetters) throws Exception {
        return Reconciler.check(new BooksReader(desk, config, admin).read(day.officeBooks(), day.expected(),
                explainedDeadLetters, day.restarted()));
    }

    private Instant now() {
        Desk.Answer clock = desk.get(admin, "/api/platform/clock");
        return clock.ok() ? Instant.parse(clock.body().get("now").asText()) : Instant.now();
    }

    /**
     * Waits until every consumer has consumed every record of its topics (and, where its counters count from the
     * start, processed each type as often): until the reconciler's event check finds nothing.
     */
    private void settle(Duration atMost, Set<String> restarted) throws Exception {
        BooksReader reader = new BooksReader(desk, config, admin);
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            boolean settled = Reconciler.events(reader.topics(), restarted).discrepancies().isEmpty();
            if (settled || System.nanoTime() > deadline) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    /** The platform administrator onboards the developers, offices and staff; each PM catalogues a building. */
    private List<Office> onboard(Random random, String tag, int offices) {
        int developers = Math.max(2, (offices + 4) / 5);
        for (int d = 1; d <= developers; d++) {
            desk.expect(201, admin, "POST", "/api/identity/developers", Map.of("id", tag + "-dev" + d,
                    "name", "模拟开发商 " + d));
            did("developers onboarded");
        }
        List<Office> all = new ArrayList<>();
        for (int i = 0; i < offices; i++) {
            String officeId = String.format("%s-o%02d", tag, i + 1);
            String developerId = tag + "-dev" + (i % developers + 1);
            desk.expect(201, admin, "POST", "/api/identity/offices", Map.of("id", officeId, "developerId", developerId,
                    "name", "模拟售楼处 " + (i + 1), "zone", ZONE.getId()));
            did("offices onboarded");
            String prefix = String.format("%so%02d", tag, i + 1);
            String pm = user(prefix + ".pm", "经理" + (i + 1), "PM", developerId, officeId);
            String control = user(prefix + ".control", "销控" + (i + 1), "SALES_CONTROL", developerId, officeId);
            String finance = user(prefix + ".finance", "财务" + (i + 1), "FINANCE", developerId, officeId);
            List<String> consultants = new ArrayList<>();
            int n = 4 + random.nextInt(3);
            for (int c = 1; c <= n; c++) {
                consultants.add(user(prefix + ".c" + c, SURNAMES[(i + c) % SURNAMES.length] + "顾问" + c, "CONSULTANT",
                        developerId, officeId));
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            List<String> unitSuffixes = new ArrayList<>();
            for (int floor = 1; floor <= 10; floor++) {
                for (int number = 1; number <= 4; number++) {
                    lines.add(Map.of("floor", floor, "number", number, "layout", "3室2厅2卫", "grossArea", "118.50",
                            "netArea", "95.20", "orientation", "南", "listPrice",
                            (2_600_000 + floor * 12_000 + number * 3_000 + random.nextInt(50) * 1_000) + ".00"));
                    unitSuffixes.add(floor + String.format("%02d", number));
                }
            }
            String buildingId = desk.expect(201, pm, "POST", "/api/inventory/buildings", Map.of("officeId", officeId,
                    "projectId", officeId + "-p1", "name", "1", "units", lines)).path("buildingId").asText();
            did("buildings catalogued");
            List<String> units = new ArrayList<>(unitSuffixes.stream().map(s -> buildingId + "-" + s).toList());
            all.add(new Office(i, officeId, developerId, pm, control, finance, consultants, buildingId, units));
        }
        return all;
    }

    private String user(String username, String name, String role, String developerId, String officeId) {
        String userId = desk.expect(201, admin, "POST", "/api/identity/users", Map.of("username", username,
                "displayName", name, "password", Desk.PASSWORD, "certified", true, "developerId", developerId))
                .path("userId").asText();
        Desk.Answer grant = desk.call(admin, "POST", "/api/identity/users/" + userId + "/grants",
                Map.of("role", role, "officeId", officeId));
        if (!grant.ok()) {
            throw new IllegalStateException("granting " + role + " to " + username + ": " + grant.why());
        }
        did("staff onboarded");
        return username;
    }

    /** One office's day, its steps chosen by its own seeded random. */
    private void officeDay(Office office, Random random, LocalDate today, String tag) {
        String rotation = "/api/leads/rotation/" + office.officeId();
        Map<String, String> byId = new HashMap<>();
        for (String consultant : office.consultants()) {
            byId.put(desk.userId(consultant), consultant);
            desk.command(consultant, "POST", rotation + "/check-in", null);
            did("check-ins");
        }
        AtomicInteger customers = new AtomicInteger();
        List<Lead> leads = new ArrayList<>();
        int walkIns = 4 + random.nextInt(4);
        for (int v = 0; v < walkIns; v++) {
            JsonNode assignment = desk.expect(200, office.pm(), "POST", rotation + "/walk-ins/next",
                    Map.of("source", "自然来访"));
            String consultant = byId.get(assignment.path("consultant").asText());
            leads.add(register(office, consultant, customers, random, "WALK_IN", assignment.path("assignmentId").asText()));
            desk.command(consultant, "POST", rotation + "/finish", Map.of("outcome", "留了电话"));
            did("walk-ins received");
        }
        int calls = 1 + random.nextInt(3);
        for (int c = 0; c < calls; c++) {
            JsonNode offer = desk.expect(200, office.pm(), "POST", rotation + "/calls/next", Map.of("source", "400热线"));
            String consultant = byId.get(offer.path("consultant").asText());
            JsonNode assignment = desk.expect(200, consultant, "POST", rotation + "/calls/" + offer.path("offerId").asText()
                    + "/take", null);
            leads.add(register(office, consultant, customers, random, "PHONE", assignment.path("assignmentId").asText()));
            desk.command(consultant, "POST", rotation + "/finish", Map.of("outcome", "约了看房"));
            did("calls taken");
        }
        collisions(office, leads, random);
        for (Lead lead : leads) {
            if (random.nextDouble() < 0.7) {
                desk.expect(201, lead.owner(), "POST", "/api/leads/" + lead.leadId() + "/follow-ups",
                        Map.of("channel", random.nextBoolean() ? "PHONE" : "WECHAT", "effective", true,
                                "note", "回访：关注三房，预算三百万内"));
                did("follow-ups");
            }
        }
        List<String> units = new ArrayList<>(office.units());
        units.removeAll(rushUnits(office));
        int nextUnit = 0;
        for (Lead lead : leads) {
            if (random.nextDouble() >= 0.7 || nextUnit >= units.size()) {
                continue;
            }
            double r = random.nextDouble();
            String fate = r < 0.10 ? "HELD" : r < 0.30 ? "DEPOSIT" : r < 0.50 ? "SUBSCRIBED" : r < 0.85 ? "CONTRACTED"
                    : random.nextBoolean() ? "CANCELLED_AFTER_DEPOSIT" : "CANCELLED_AFTER_SUBSCRIPTION";
            boolean discount = !fate.equals("HELD") && random.nextDouble() < 0.25;
            try {
                deal(office, lead, units.get(nextUnit++), fate, discount, today);
            } catch (RuntimeException e) {
                failures.add(office.officeId() + " deal for " + lead.leadId() + " (" + fate + "): " + e.getMessage());
            }
        }
    }

    private Lead register(Office office, String consultant, AtomicInteger customers, Random random, String source,
            String receptionId) {
        int n = customers.incrementAndGet();
        String mobile = String.format("139%02d%02d%04d", office.index() % 100, random.nextInt(100), n);
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "先生" : "女士");
        Map<String, Object> body = new LinkedHashMap<>(Map.of("officeId", office.officeId(), "consent", "VERBAL",
                "customerName", name, "mobile", mobile, "source", source));
        if (receptionId != null) {
            body.put("receptionId", receptionId);
        }
        JsonNode lead = desk.expect(201, consultant, "POST", "/api/leads", body);
        did("customers registered");
        return new Lead(lead.path("leadId").asText(), consultant, name, mobile);
    }

    /** A colleague registers a customer another consultant owns (LEAD-5: refused, a collision); the PM resolves by the rule. */
    private void collisions(Office office, List<Lead> leads, Random random) {
        int collide = Math.min(leads.size(), 1 + random.nextInt(2));
        for (int k = 0; k < collide; k++) {
            Lead lead = leads.get(random.nextInt(leads.size()));
            List<String> others = new ArrayList<>(office.consultants());
            others.remove(lead.owner());
            String colleague = others.get(random.nextInt(others.size()));
            Desk.Answer again = desk.call(colleague, "POST", "/api/leads", Map.of("officeId", office.officeId(),
                    "consent", "VERBAL", "customerName", lead.name(), "mobile", lead.mobile(), "source", "WALK_IN"));
            if (again.status() != 409 || !again.body().path("rule").asText().equals("LEAD-5")) {
                failures.add(desk.wrong(office.officeId() + ": registering " + lead.leadId() + "'s customer again "
                        + "answered " + again.why() + ", not 409 LEAD-5"));
            }
            did("collisions provoked");
        }
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        JsonNode open = desk.expect(200, office.pm(), "GET", "/api/leads/collisions?officeId=" + office.officeId(), null);
        while (open.size() < 1 && collide > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            open = desk.expect(200, office.pm(), "GET", "/api/leads/collisions?officeId=" + office.officeId(), null);
        }
        for (JsonNode collision : open) {
            desk.expect(200, office.pm(), "POST", "/api/leads/collisions/" + collision.path("collisionId").asText()
                    + "/resolution", Map.of("reason", "按规则：由先登记的顾问跟进"));
            did("collisions resolved by the PM");
        }
    }

    /** One deal from its opening to its fate. */
    private void deal(Office office, Lead lead, String unitId, String fate, boolean discount, LocalDate today) {
        String c = lead.owner();
        String dealId = desk.expect(201, c, "POST", "/api/deals", Map.of("officeId", office.officeId(), "unitId", unitId,
                "leadId", lead.leadId(), "buyerName", lead.name(), "buyerMobile", lead.mobile())).path("dealId").asText();
        did("deals opened");
        String deal = "/api/deals/" + dealId;
        desk.expect(200, c, "POST", "/api/inventory/units/" + unitId + "/hold", Map.of("dealId", dealId,
                "buyerRef", lead.name()));
        did("units held");
        JsonNode held = await(c, deal, d -> d.path("status").asText().equals("UNIT_HELD"), "its unit held");
        if (fate.equals("HELD")) {
            deals.add(new DealDone(dealId, office.officeId(), unitId, fate, "UNIT_HELD"));
            return;
        }
        if (discount) {
            desk.expect(200, c, "POST", "/api/inventory/units/" + unitId + "/discount", Map.of("dealId", dealId,
                    "amount", "20000.00", "reason", "老带新优惠"));
            desk.expect(200, office.pm(), "POST", "/api/inventory/units/" + unitId + "/discount/approve",
                    Map.of("reason", "同意，本月促销"));
            BigDecimal discounted = new BigDecimal(held.path("listPrice").asText()).subtract(new BigDecimal("20000"));
            held = await(c, deal, d -> d.hasNonNull("price") && d.path("price").decimalValue().compareTo(discounted) == 0,
                    "the discounted price");
            did("discounts approved by the PM");
        }
        pay(office, deal, Map.of("purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER",
                "downPaymentDueDate", today.plusDays(6).toString()));
        did("deposits (two people)");
        if (fate.equals("DEPOSIT")) {
            deals.add(new DealDone(dealId, office.officeId(), unitId, fate, "DEPOSIT_RECEIVED"));
            return;
        }
        if (fate.equals("CANCELLED_AFTER_DEPOSIT")) {
            cancel(office, deal);
            deals.add(new DealDone(dealId, office.officeId(), unitId, fate, "CANCELLED"));
            return;
        }
        String downPayment = new BigDecimal(held.path("price").asText()).multiply(new BigDecimal("0.30"))
                .setScale(0, RoundingMode.CEILING).subtract(new BigDecimal("50000")).setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString();
        desk.expect(200, c, "POST", deal + "/subscription", Map.of("financing", "COMMERCIAL_LOAN",
                "downPaymentAmount", downPayment, "buyerIdNumber", "330106198801012345"));
        desk.expect(200, office.pm(), "POST", deal + "/subscription/approve", null);
        Desk.Answer copy = desk.upload(c, deal + "/files", "ID_COPY", "id-card.pdf", "application/pdf", ID_COPY);
        if (copy.status() != 201) {
            throw new IllegalStateException("uploading the ID copy of " + dealId + " answered " + copy.why());
        }
        desk.expect(200, c, "POST", deal + "/subscription/sign", Map.of("signer", "BUYER", "idCopyFileId",
                copy.body().path("fileId").asText()));
        did("subscriptions signed");
        if (fate.equals("SUBSCRIBED")) {
            deals.add(new DealDone(dealId, office.officeId(), unitId, fate, "SUBSCRIPTION_SIGNED"));
            return;
        }
        if (fate.equals("CANCELLED_AFTER_SUBSCRIPTION")) {
            cancel(office, deal);
            deals.add(new DealDone(dealId, office.officeId(), unitId, fate, "CANCELLED"));
            return;
        }
        pay(office, deal, Map.of("purpose", "DOWN_PAYMENT", "amount", downPayment, "method", "TRANSFER"));
        desk.expect(200, c, "POST", deal + "/eligibility", Map.of("passed", true, "basis", "沪籍, 名下无房"));
        desk.expect(200, c, "POST", deal + "/contract", Map.of("contractNumber", "HT-" + dealId));
        did("contracts signed");
        deals.add(new DealDone(dealId, office.officeId(), unitId, fate, "CONTRACT_SIGNED"));
    }

    /** Finance enters the money; the PM, a second person, confirms it (DEAL-1). */
    private void pay(Office office, String deal, Map<String, Object> money) {
        String paymentId = desk.expect(200, office.finance(), "POST", deal + "/payments", money).path("waitingPayment")
                .path("paymentId").asText();
        desk.expect(200, office.pm(), "POST", deal + "/payments/" + paymentId + "/confirm", null);
    }

    private void cancel(Office office, String deal) {
        desk.expect(200, office.pm(), "POST", deal + "/cancel", Map.of("reason", "客户退定", "refundMethod", "TRANSFER"));
        did("deals cancelled by the PM (DEAL-8)");
    }

    private JsonNode await(String user, String deal, java.util.function.Predicate<JsonNode> done, String what) {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (true) {
            JsonNode now = desk.expect(200, user, "GET", deal, null);
            if (done.test(now)) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(deal + " never showed " + what + " (status " + now.path("status").asText()
                        + ")");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /**
     * The opening rush: every consultant opens a deal on each rush unit and asks for its hold, all at once; one hold
     * per unit wins (UNIT-2), the winners take the deposit, the others withdraw their deals (DEAL-8).
     */
    private void rush(Office office, List<String> units, AtomicInteger customers, Random random, LocalDate today) {
        Map<String, Lead> buyers = new LinkedHashMap<>();
        for (String consultant : office.consultants()) {
            buyers.put(consultant, register(office, consultant, customers, random, "CHANNEL", null));
        }
        record Attempt(String consultant, String unitId) {
        }
        List<Attempt> attempts = new ArrayList<>();
        for (String unitId : units) {
            for (String consultant : office.consultants()) {
                attempts.add(new Attempt(consultant, unitId));
            }
        }
        Collections.shuffle(attempts, random);
        Map<String, String> winners = new ConcurrentHashMap<>();
        List<String[]> losers = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService rushing = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Attempt attempt : attempts) {
                rushing.submit(() -> {
                    Lead buyer = buyers.get(attempt.consultant());
                    Desk.Answer opened = desk.call(attempt.consultant(), "POST", "/api/deals", Map.of("officeId",
                            office.officeId(), "unitId", attempt.unitId(), "leadId", buyer.leadId(), "buyerName",
                            buyer.name(), "buyerMobile", buyer.mobile()));
                    did("rush attempts");
                    if (opened.status() != 201) {
                        did("rush: opening refused (" + opened.why() + ")");
                        return;
                    }
                    String dealId = opened.body().path("dealId").asText();
                    Desk.Answer hold = desk.call(attempt.consultant(), "POST", "/api/inventory/units/" + attempt.unitId()
                            + "/hold", Map.of("dealId", dealId, "buyerRef", buyer.name()));
                    if (hold.ok()) {
                        if (winners.putIfAbsent(attempt.unitId(), dealId) != null) {
                            failures.add(desk.wrong("rush: a second hold of " + attempt.unitId() + " was granted (deal "
                                    + dealId + ")"));
                        }
                        did("rush: holds won");
                    } else {
                        losers.add(new String[] {attempt.consultant(), dealId, attempt.unitId()});
                        did("rush: holds refused (" + hold.why() + ")");
                    }
                });
            }
        }
        for (String[] loser : losers) {
            desk.expect(200, loser[0], "POST", "/api/deals/" + loser[1] + "/withdraw",
                    Map.of("reason", "开盘未抢到房源"));
            deals.add(new DealDone(loser[1], office.officeId(), loser[2], "RUSH_WITHDRAWN", "CANCELLED"));
            did("rush: deals withdrawn");
        }
        winners.forEach((unitId, dealId) -> {
            String consultant = null;
            for (String c : office.consultants()) {
                if (desk.get(c, "/api/deals/" + dealId).ok()) {
                    consultant = c;
                    break;
                }
            }
            await(consultant, "/api/deals/" + dealId, d -> d.path("status").asText().equals("UNIT_HELD"), "its unit held");
            pay(office, "/api/deals/" + dealId, Map.of("purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method",
                    "TRANSFER", "downPaymentDueDate", today.plusDays(6).toString()));
            did("deposits (two people)");
            deals.add(new DealDone(dealId, office.officeId(), unitId, "RUSH_WON", "DEPOSIT_RECEIVED"));
        });
    }

    // ---- the command ------------------------------------------------------------------------------------------

    /**
     * The day's table: the summary issue 17 asks for (faults, requests, hostile cases, events checked, lost, doubled,
     * 5xx, wrong answers), each fault, what was done, per invariant checked and failed, p99 by endpoint from the
     * client's side.
     */
    static String table(Day day, Report report, List<Desk.Latency> latencies, String loadAverage) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n=== a day of %d offices, seed %d: %.1f s; clock %s; load average %s ===%n",
                day.offices(), day.seed(), day.seconds(), day.clock(), loadAverage));
        Desk.Tally tally = day.tally();
        Map<String, Long> kinds = new LinkedHashMap<>();
        FaultSchedule.KINDS.forEach(kind -> kinds.put(kind, 0L));
        day.faults().stream().filter(f -> f.error() == null).forEach(f -> kinds.merge(f.fault().kind(), 1L, Long::sum));
        String row = "  %-22s %s%n";
        out.append("reliability:\n");
        out.append(String.format(row, "faults injected", day.faults().stream().filter(f -> f.error() == null).count()
                + (day.faults().isEmpty() ? " (run with --faults)" : " " + kinds)));
        out.append(String.format(row, "requests sent", String.format("%,d (%,d calls, %,d of them asked again)",
                tally.requestsSent(), tally.calls(), tally.retries())));
        out.append(String.format(row, "hostile cases tried", hostileCases()));
        out.append(String.format(row, "events checked", String.format("%,d on the six event topics, every consumer "
                + "group's committed offsets at each topic's end; %,d published again, %,d processed again (applied "
                + "once: units, credits, reminders)%s", report.events(), report.republished(), report.redelivered(),
                day.restarted().isEmpty() ? "" : "; counters of " + day.restarted() + " count from their restart")));
        out.append(String.format(row, "lost", report.count(Reconciler.Kind.LOST)));
        out.append(String.format(row, "doubled", report.count(Reconciler.Kind.DOUBLED)));
        out.append(String.format(row, "other discrepancies", report.count(Reconciler.Kind.WRONG)));
        out.append(String.format(row, "5xx", String.format("%,d seen and %,d requests not answered (connection refused "
                + "or cut); %,d calls resolved by a retry, %,d unresolved", tally.fiveXxSeen(), tally.noAnswerSeen(),
                tally.resolvedByRetry(), tally.unresolved())));
        out.append(String.format(row, "wrong answers", tally.wrongAnswers().size()));
        tally.wrongAnswers().forEach(w -> out.append("    ").append(w).append('\n'));
        out.append(String.format(row, "refused on a retry", tally.refusedOnRetry().size() + " (a command without "
                + "Idempotency-Key asked again after its answer was lost, then refused 409: done by the first attempt?)"));
        tally.refusedOnRetry().forEach(w -> out.append("    ").append(w).append('\n'));
        out.append(String.format(row, "opening rush", "began while " + day.officeDaysAtRush() + " of the " + day.offices()
                + " offices' days were under way"));
        if (!day.faults().isEmpty()) {
            out.append(String.format("faults, in order:%n  %-58s %6s %9s %13s %9s%n", "fault", "day", "requests",
                    "5xx/no answer", "seconds"));
            day.faults().forEach(f -> out.append(String.format("  %-58s %6s %,9d %,13d %9.1f%s%n", f.fault().name(),
                    f.duringTheDay() ? "during" : "after", f.requestsDuring(), f.failuresSeen(), f.seconds(),
                    f.error() == null ? "" : "  NOT MENDED: " + f.error())));
        }
        out.append("what was done:\n");
        day.counts().forEach((what, n) -> out.append(String.format("  %-60s %,7d%n", what, n)));
        Map<String, Long> fates = new TreeMap<>();
        day.deals().forEach(deal -> fates.merge(deal.fate(), 1L, Long::sum));
        out.append("  deals by fate: ").append(fates).append('\n');
        out.append("the day's own failures (commands that did not answer as expected): ").append(day.failures().size())
                .append('\n');
        day.failures().forEach(f -> out.append("  ").append(f).append('\n'));
        out.append(String.format("reconciliation:%n  %-14s %8s %8s%n", "invariant", "checked", "failed"));
        report.checked().forEach((invariant, n) -> out.append(String.format("  %-14s %,8d %,8d%n", invariant, n,
                report.failed(invariant))));
        report.discrepancies().forEach(d -> out.append("  ").append(d).append('\n'));
        out.append(String.format("answers by endpoint (client side, gateway included):%n  %-64s %7s %9s %9s%n",
                "endpoint", "calls", "p50 ms", "p99 ms"));
        latencies.forEach(l -> out.append(String.format("  %-64s %,7d %9.1f %9.1f%n", l.endpoint(), l.calls(), l.p50(),
                l.p99())));
        return out.toString();
    }

    /**
     * The hostile-input suites' count as README records it: they run in {@code ./anchang test} (each service's
     * {@code *HostileInputIT}), not in this command.
     */
    static String hostileCases() {
        try {
            java.util.regex.Matcher figure = java.util.regex.Pattern.compile("([0-9,]+) cases, 0 × 5xx")
                    .matcher(Files.readString(Path.of("..", "README.md")));
            return "not run by this command: each service's *HostileInputIT in ./anchang test"
                    + (figure.find() ? " (README: " + figure.group(1) + " cases, 0 × 5xx)" : "");
        } catch (Exception e) {
            return "not run by this command: each service's *HostileInputIT in ./anchang test";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new HashMap<>();
        boolean withFaults = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--faults")) {
                withFaults = true;
            } else if (i + 1 < args.length) {
                given.put(args[i], args[++i]);
            }
        }
        int offices = Integer.parseInt(given.getOrDefault("--offices", "20"));
        long seed = Long.parseLong(given.getOrDefault("--seed", "17"));
        int clients = Integer.parseInt(given.getOrDefault("--clients", "3"));
        int portOffset = Integer.parseInt(given.getOrDefault("--port-offset", "31000"));
        if (System.getProperty("anchang.platform.ready-timeout") == null) {
            System.setProperty("anchang.platform.ready-timeout", "600");
        }
        Path home = Path.of("..").toAbsolutePath().normalize();
        Path var = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "reliability-var-").toAbsolutePath();
        PlatformConfig config = new PlatformConfig(home, var, portOffset, true,
                Path.of(ProcessHandle.current().info().command().orElse("java"))).withClock(CLOCK_START)
                // every office's people sign in from this one address: the gateway's per-address limit is for one
                // office's front desk, not a city's
                .withArguments("gateway", "--anchang.gateway.sign-in-rate-limit.per-address=100000");
        System.out.println("starting the embedded platform on the simulated clock (ports +" + portOffset + ", data in "
                + var + ")");
        int status;
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(config, System.out)) {
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "stop-platform"));
            OpeningRushBenchmark.loadDemoData(config, platform);
            DayOfOffices simulator = new DayOfOffices(config, platform.simulatedClock());
            if (withFaults) {
                simulator.withFaults(platform, FaultSchedule.plan(seed, PlatformConfig.SERVICES.stream()
                        .map(PlatformConfig.Service::name).toList()), Long.parseLong(given.getOrDefault("--fault-every",
                        "10")));
            }
            Day day = simulator.run(seed, offices, clients);
            Report report;
            try {
                report = simulator.reconcile(day, Set.of());
            } catch (Exception e) {
                report = new Report(Map.of(), List.of(new Discrepancy("the day", Reconciler.Kind.WRONG,
                        "the books could not be read: " + e)), 0, 0, 0);
            }
            System.out.println(table(day, report, simulator.desk().latencies(), loadAverage()));
            List<Discrepancy> all = report.discrepancies();
            Desk.Tally tally = day.tally();
            status = all.isEmpty() && day.failures().isEmpty() && tally.wrongAnswers().isEmpty()
                    && tally.unresolved() == 0 ? 0 : 1;
            System.out.println(status == 0 ? "the books agree" : all.size() + " discrepancies, " + day.failures().size()
                    + " failed commands, " + tally.wrongAnswers().size() + " wrong answers, " + tally.unresolved()
                    + " calls a retry did not resolve");
        }
        System.exit(status);
    }
}
