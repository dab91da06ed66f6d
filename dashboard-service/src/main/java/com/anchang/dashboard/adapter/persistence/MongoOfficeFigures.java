package com.anchang.dashboard.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.mongo.Upserts;
import com.anchang.support.mongo.IdLists;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two shapes of the same figures (ADR 17), both written by key only:
 * <ul>
 *   <li>{@code office_days}, one document per office and day ({@code officeId|2026-11-20}): the day's counts
 *       and amounts and the ids of the events applied to them, changed together by compare-and-set on the
 *       document's version, so an event is applied once (the embedded store has no transactions);</li>
 *   <li>{@code office_months}, one per office and month ({@code officeId|2026-11}): a compact copy of each of
 *       its days' figures with the day's version, and the month's total, without event ids, for the dashboards
 *       to read the months a period cuts day by day; {@code office_years}, one per office and year
 *       ({@code officeId|2026}), holds each month's total with the month's version, for the months a period holds
 *       whole (ADR 24: one document per office and year instead of one per month). The copies are made after
 *       every event, applied or already applied, and only ever replace a day (a month) by a later version of it,
 *       so a copy lost to a crash is made again when the unacknowledged event comes back.</li>
 * </ul>
 * Every query is by {@code _id} (or {@code _id} and version, a unique index), the only shape the embedded
 * store serves from an index.
 */
public class MongoOfficeFigures implements OfficeFigures {

    static final String DAYS = "office_days";
    static final String MONTHS = "office_months";
    static final String YEARS = "office_years";
    static final String OFFICES = "offices";
    static final String DEVELOPERS = "developers";

    private final MongoCollection<Document> days;
    private final MongoCollection<Document> months;
    private final MongoCollection<Document> years;
    private final MongoCollection<Document> offices;
    private final MongoCollection<Document> developers;

    public MongoOfficeFigures(MongoTemplate mongo) {
        this(mongo, "");
    }

    /**
     * The same shapes in collections whose names start with {@code prefix}: a breakdown of an office's figures
     * by something (an approver, a consultant) is kept as the figures of one "office" per office and key.
     */
    public MongoOfficeFigures(MongoTemplate mongo, String prefix) {
        this.days = mongo.getCollection(prefix + DAYS);
        this.months = mongo.getCollection(prefix + MONTHS);
        this.years = mongo.getCollection(prefix + YEARS);
        this.offices = mongo.getCollection(prefix + OFFICES);
        this.developers = mongo.getCollection(prefix + DEVELOPERS);
        IndexOptions unique = new IndexOptions().unique(true).name("id_version");
        days.createIndex(Indexes.ascending("_id", "version"), unique);
        months.createIndex(Indexes.ascending("_id", "version"), unique);
        years.createIndex(Indexes.ascending("_id", "version"), unique);
    }

    static String dayId(String officeId, LocalDate day) {
        return officeId + "|" + day;
    }

    static String monthId(String officeId, YearMonth month) {
        return officeId + "|" + month;
    }

    @Override
    public boolean add(String developerId, String officeId, LocalDate day, String eventId, Figures figures) {
        Upserts.byId(offices, officeId, Updates.set("developerId", developerId));
        Upserts.byId(developers, developerId, Updates.addToSet("offices", officeId));
        String id = dayId(officeId, day);
        while (true) {
            Document current = days.find(eq("_id", id)).first();
            if (current != null && current.getList("applied", String.class).contains(eventId)) {
                copyToMonth(officeId, day, current);
                return false;
            }
            Document next = current == null ? newDay(id, developerId, officeId, day) : current;
            Figures sum = read(next).plus(figures);
            long version = next.getLong("version") + 1;
            Document written;
            if (current == null) {
                written = next.append("applied", List.of(eventId)).append("version", version)
                        .append("c", counts(sum)).append("a", amounts(sum));
                if (!insert(days, written)) {
                    continue;
                }
            } else {
                List<String> applied = new ArrayList<>(current.getList("applied", String.class));
                applied.add(eventId);
                written = new Document(current).append("applied", applied).append("version", version)
                        .append("c", counts(sum)).append("a", amounts(sum));
                if (days.replaceOne(new Document("_id", id).append("version", current.getLong("version")), written)
                        .getMatchedCount() == 0) {
                    continue;
                }
            }
            copyToMonth(officeId, day, written);
            return true;
        }
    }

    private static Document newDay(String id, String developerId, String officeId, LocalDate day) {
        return new Document("_id", id).append("developerId", developerId).append("officeId", officeId)
                .append("day", day.toString()).append("version", 0L);
    }

    /**
     * Puts the day's figures into its month unless the month already holds this version of the day or a later
     * one, and the month's total (the sum of its days) with them, in one compare-and-set on the month's version.
     */
    private void copyToMonth(String officeId, LocalDate day, Document dayDocument) {
        String id = monthId(officeId, YearMonth.from(day));
        String key = String.format("%02d", day.getDayOfMonth());
        long dayVersion = dayDocument.getLong("version");
        Figures dayFigures = read(dayDocument);
        Document copy = compact(dayFigures).append("v", dayVersion);
        while (true) {
            Document current = months.find(eq("_id", id)).first();
            if (current == null) {
                Document month = new Document("_id", id).append("officeId", officeId)
                        .append("month", YearMonth.from(day).toString()).append("days", new Document(key, copy))
                        .append("t", compact(dayFigures)).append("version", 1L);
                if (insert(months, month)) {
                    copyToYear(officeId, YearMonth.from(day), month.get("t", Document.class), 1L);
                    return;
                }
                continue;
            }
            Document monthDays = current.get("days", Document.class);
            Document held = monthDays.get(key, Document.class);
            if (held != null && held.getLong("v") >= dayVersion) {
                copyToYear(officeId, YearMonth.from(day), current.get("t", Document.class), current.getLong("version"));
                return;
            }
            Figures total = dayFigures;
            for (Map.Entry<String, Object> other : monthDays.entrySet()) {
                if (!other.getKey().equals(key)) {
                    total = total.plus(expand((Document) other.getValue()));
                }
            }
            long version = current.getLong("version");
            Document t = compact(total);
            if (months.updateOne(new Document("_id", id).append("version", version),
                    Updates.combine(Updates.set("days." + key, copy), Updates.set("t", t),
                            Updates.set("version", version + 1)))
                    .getMatchedCount() == 1) {
                copyToYear(officeId, YearMonth.from(day), t, version + 1);
                return;
            }
        }
    }

    /**
     * Puts a month's total, as of a version of the month, into its office's year document ({@code office_years},
     * {@code office|2026}: per month its total and the month's version it was taken from) unless the year holds
     * that version of the month or a later one, compare-and-set on the year's version. A period's whole months are
     * read there: one document per office and year instead of one per month. Made after every event like the
     * month's copy, so a crash before it is repaired the same way.
     */
    private void copyToYear(String officeId, YearMonth month, Document total, long monthVersion) {
        String id = yearId(officeId, month.getYear());
        String key = String.format("%02d", month.getMonthValue());
        Document copy = new Document(total).append("v", monthVersion);
        while (true) {
            Document current = years.find(eq("_id", id)).first();
            if (current == null) {
                if (insert(years, new Document("_id", id).append("officeId", officeId).append("year", month.getYear())
                        .append("m", new Document(key, copy)).append("version", 1L))) {
                    return;
                }
                continue;
            }
            Document held = current.get("m", Document.class).get(key, Document.class);
            if (held != null && held.getLong("v") >= monthVersion) {
                return;
            }
            long version = current.getLong("version");
            if (years.updateOne(new Document("_id", id).append("version", version),
                    Updates.combine(Updates.set("m." + key, copy), Updates.set("version", version + 1)))
                    .getMatchedCount() == 1) {
                return;
            }
        }
    }

    static String yearId(String officeId, int year) {
        return officeId + "|" + year;
    }

    /** Inserts the document; false when one with its {@code _id} is there already (another writer was first). */
    static boolean insert(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Per office, the totals of the months the period holds whole (from the office's year documents,
     * {@code office_years}) and the days of the one or two months it cuts ({@code office_months}): {@code _id $in}
     * queries of at most {@link IdLists#SIZE} ids, one per cut month, run at once. A 365-day period of 50 offices and
     * the one before it read 250 documents in four queries.
     */
    @Override
    public Map<String, Figures> totals(Collection<String> officeIds, Period period) {
        return totals(officeIds, List.of(period)).getFirst();
    }

    /**
     * Every period's totals from one read of each document they need: the year documents of the months some period
     * holds whole, the month documents of the months some period cuts (a period and the one before it share the
     * month between them, read once for both).
     */
    @Override
    public List<Map<String, Figures>> totals(Collection<String> officeIds, List<Period> periods) {
        List<Set<YearMonth>> wholeOf = new ArrayList<>();
        List<Set<YearMonth>> cutOf = new ArrayList<>();
        List<Map<String, CompactSum>> sums = new ArrayList<>();
        Set<Integer> wholeYears = new TreeSet<>();
        Set<YearMonth> cutMonths = new TreeSet<>();
        for (Period period : periods) {
            Set<YearMonth> whole = new HashSet<>();
            Set<YearMonth> cut = new HashSet<>();
            for (YearMonth month : period.months()) {
                if (period.contains(month.atDay(1)) && period.contains(month.atEndOfMonth())) {
                    whole.add(month);
                    wholeYears.add(month.getYear());
                } else {
                    cut.add(month);
                    cutMonths.add(month);
                }
            }
            wholeOf.add(whole);
            cutOf.add(cut);
            sums.add(new HashMap<>());
        }
        List<String> yearIds = new ArrayList<>();
        for (String office : officeIds) {
            wholeYears.forEach(year -> yearIds.add(yearId(office, year)));
        }
        List<Callable<List<Document>>> reads = new ArrayList<>();
        for (List<String> ids : IdLists.of(yearIds)) {
            reads.add(() -> years.find(in("_id", ids)).into(new ArrayList<>()));
        }
        int yearReads = reads.size();
        // a query per cut month (its days are most of what is read), so the queries run at once are of a size
        for (YearMonth month : cutMonths) {
            List<String> cut = officeIds.stream().map(office -> monthId(office, month)).toList();
            for (List<String> ids : IdLists.of(cut)) {
                reads.add(() -> months.find(in("_id", ids)).projection(Projections.include("officeId", "month", "days"))
                        .into(new ArrayList<>()));
            }
        }
        List<List<Document>> found = readAtOnce(reads);
        for (List<Document> yearDocuments : found.subList(0, yearReads)) {
            for (Document year : yearDocuments) {
                int y = year.getInteger("year");
                String office = year.getString("officeId");
                for (Map.Entry<String, Object> entry : year.get("m", Document.class).entrySet()) {
                    YearMonth month = YearMonth.of(y, Integer.parseInt(entry.getKey()));
                    for (int i = 0; i < periods.size(); i++) {
                        if (wholeOf.get(i).contains(month)) {
                            sums.get(i).computeIfAbsent(office, o -> new CompactSum()).add((Document) entry.getValue());
                        }
                    }
                }
            }
        }
        for (List<Document> monthDocuments : found.subList(yearReads, found.size())) {
            for (Document month : monthDocuments) {
                YearMonth ym = YearMonth.parse(month.getString("month"));
                String office = month.getString("officeId");
                for (Map.Entry<String, Object> entry : month.get("days", Document.class).entrySet()) {
                    LocalDate day = ym.atDay(Integer.parseInt(entry.getKey()));
                    for (int i = 0; i < periods.size(); i++) {
                        if (cutOf.get(i).contains(ym) && periods.get(i).contains(day)) {
                            sums.get(i).computeIfAbsent(office, o -> new CompactSum()).add((Document) entry.getValue());
                        }
                    }
                }
            }
        }
        List<Map<String, Figures>> totals = new ArrayList<>();
        for (Map<String, CompactSum> byOffice : sums) {
            Map<String, Figures> total = new HashMap<>();
            officeIds.forEach(office -> total.put(office, Figures.ZERO));
            byOffice.forEach((office, sum) -> total.put(office, sum.figures()));
            totals.add(total);
        }
        return totals;
    }

    /**
     * Runs the reads at once, each on a virtual thread of its own (one when there is only one), and answers what each
     * found in their order: the store answers them side by side while the results of the first are decoded.
     */
    private static List<List<Document>> readAtOnce(List<Callable<List<Document>>> reads) {
        if (reads.isEmpty()) {
            return List.of();
        }
        if (reads.size() == 1) {
            try {
                return List.of(reads.getFirst().call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        List<List<Document>> found = new ArrayList<>(reads.size());
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<List<Document>> read : readers.invokeAll(reads)) {
                found.add(read.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the dashboards' documents", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
        return found;
    }

    /**
     * The month documents' compact form of figures: {@code c} the counts and {@code a} the amounts as arrays
     * in the order of {@link Count} and {@link Amount} (new figures are only ever appended to those enums, so
     * an older, shorter array reads as zero for them), trailing zeros left out: an office without swaps,
     * mortgages or follow-ups keeps documents as small as before those figures existed.
     */
    static Document compact(Figures figures) {
        List<Long> counts = new ArrayList<>();
        for (Count count : Count.values()) {
            counts.add(figures.count(count));
        }
        while (!counts.isEmpty() && counts.getLast() == 0) {
            counts.removeLast();
        }
        List<Decimal128> amounts = new ArrayList<>();
        for (Amount amount : Amount.values()) {
            amounts.add(new Decimal128(figures.amount(amount)));
        }
        while (!amounts.isEmpty() && amounts.getLast().bigDecimalValue().signum() == 0) {
            amounts.removeLast();
        }
        return new Document("c", counts).append("a", amounts);
    }

    static Figures expand(Document compact) {
        Map<Count, Long> counts = new EnumMap<>(Count.class);
        List<?> c = compact.get("c", List.class);
        Count[] allCounts = Count.values();
        for (int i = 0; i < Math.min(c.size(), allCounts.length); i++) {
            counts.put(allCounts[i], ((Number) c.get(i)).longValue());
        }
        Map<Amount, BigDecimal> amounts = new EnumMap<>(Amount.class);
        List<?> a = compact.get("a", List.class);
        Amount[] allAmounts = Amount.values();
        for (int i = 0; i < Math.min(a.size(), allAmounts.length); i++) {
            amounts.put(allAmounts[i], ((Decimal128) a.get(i)).bigDecimalValue());
        }
        return Figures.of(counts, amounts);
    }

    @Override
    public Optional<String> developerOf(String officeId) {
        return Optional.ofNullable(offices.find(eq("_id", officeId)).first()).map(d -> d.getString("developerId"));
    }

    @Override
    public List<String> officesOf(String developerId) {
        Document developer = developers.find(eq("_id", developerId)).first();
        return developer == null ? List.of() : developer.getList("offices", String.class).stream().sorted().toList();
    }

    private static Document counts(Figures figures) {
        Document counts = new Document();
        figures.counts().forEach((count, n) -> counts.append(count.name(), n));
        return counts;
    }

    private static Document amounts(Figures figures) {
        Document amounts = new Document();
        figures.amounts().forEach((amount, value) -> amounts.append(amount.name(), new Decimal128(value)));
        return amounts;
    }

    /** The figures of a day document (absent maps are zero). */
    static Figures read(Document day) {
        Map<Count, Long> counts = new EnumMap<>(Count.class);
        Document c = day.get("c", Document.class);
        if (c != null) {
            c.forEach((name, n) -> counts.put(Count.valueOf(name), ((Number) n).longValue()));
        }
        Map<Amount, BigDecimal> amounts = new EnumMap<>(Amount.class);
        Document a = day.get("a", Document.class);
        if (a != null) {
            a.forEach((name, value) -> amounts.put(Amount.valueOf(name),
                    value instanceof Decimal128 d ? d.bigDecimalValue() : new BigDecimal(value.toString())));
        }
        return Figures.of(counts, amounts);
    }
}
