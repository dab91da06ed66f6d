package com.anchang.commission.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.application.ClaimingCredit;
import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.application.ViewingStatements;
import com.anchang.commission.domain.ConsultantBook;
import com.anchang.commission.domain.ConsultantBooks;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.PayoutStage;
import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.commission.CreditRecorded;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.security.Caller;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.OutboxWrites;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.tenancy.OfficeDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The consultants' statement books (ADR 21) against the deals they are derived from: the statement read
 * by key is the statement the deals themselves give, after a deal's history, after a stop between the
 * deal's write and its books', and after an older deal's books were written last. And the deal's outbox
 * (ADR 1) keeps its invariant under the new writes.
 */
@ServiceIntegrationTest
class ConsultantBooksIT {

    @Autowired
    MongoDealCreditRepository credits;
    @Autowired
    CreditingDeal crediting;
    @Autowired
    RememberingLeadOwnership ownership;
    @Autowired
    ClaimingCredit claiming;
    @Autowired
    ViewingStatements statements;
    @Autowired
    OfficePolicies policies;
    @Autowired
    ViewingCredits viewing;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    Clock clock;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String office = "office-b-" + run;
    final String wang = "c-wang-" + run;
    final String li = "c-li-" + run;
    final Caller pm = new Caller("u-pm-" + run, "pm", "dev-1", Map.of(office, Set.of(Caller.PM)), Set.of(), true);

    /** The consultant's deals at the office found by a scan of the deals (what the reads did before the books). */
    List<DealCredit> scanned(String consultantId) {
        return mongo.find(Query.query(Criteria.where("credit.officeId").is(office)), Document.class,
                        MongoDealCreditRepository.COLLECTION).stream()
                .map(doc -> credits.find(doc.getString("_id")).orElseThrow())
                .filter(deal -> deal.concerns(consultantId)).toList();
    }

    /** The statement as the deals themselves give it (what the statement read before the books). */
    ViewingStatements.Statement fromTheDeals(String consultantId, YearMonth month) {
        ConsultantBooks fromDeals = new ConsultantBooks() {
            @Override
            public ConsultantBook of(String developerId, String officeId, String consultant) {
                return ConsultantBook.derive(scanned(consultant), consultant, policies.forOffice(officeId).zone());
            }

            @Override
            public List<BookMonth> month(String developerId, YearMonth month) {
                throw new UnsupportedOperationException("the league is not derived here");
            }
        };
        return new ViewingStatements(fromDeals, policies, OfficeDirectory.inMemory(Map.of())).statement(pm, office, consultantId, month);
    }

    void sameAsTheDeals(YearMonth... months) {
        for (String consultant : List.of(wang, li)) {
            for (YearMonth month : months) {
                assertThat(statements.statement(pm, office, consultant, month))
                        .as("%s's statement of %s", consultant, month).isEqualTo(fromTheDeals(consultant, month));
            }
        }
    }

    CreditingDeal.DealEvent signed(String dealId, String leadId, String closer, String price, Instant at) {
        return new CreditingDeal.DealEvent(CreditingDeal.Step.SUBSCRIPTION_SIGNED, dealId, new DealCredit.DealFacts("dev-1",
                office, "unit-" + dealId, leadId, closer, "138" + run, new BigDecimal(price), "subscription price", at),
                "sub-" + dealId);
    }

    CreditingDeal.CollectMoney money(String dealId, PayoutStage stage, Instant at) {
        return new CreditingDeal.CollectMoney(dealId, "dev-1", office, "unit-" + dealId, stage, at,
                "money-" + stage + "-" + dealId);
    }

    @Test
    @DisplayName("the statement read from the books by key is the statement of the deals: a split deal, a registration arriving after the deal (the credit moves), payouts across months, a claim decided, a cancellation with a clawback")
    void booksAreTheDealsStatement() {
        String leadId = "lead-" + run;
        String a = "deal-a-" + run;
        String b = "deal-b-" + run;
        Instant closed = clock.instant().minus(Duration.ofHours(2));
        crediting.credit(signed(a, leadId, li, "4000000.00", closed));
        ownership.remember(new RememberingLeadOwnership.RememberFact(leadId, "dev-1", office, new OwnershipFact(
                "reg-" + leadId, OwnershipFact.Kind.REGISTERED, closed.minus(Duration.ofDays(1)), wang,
                LocalDate.ofInstant(closed, policies.forOffice(office).zone()).plusDays(6), null, "WALK_IN")));
        crediting.credit(signed(b, null, li, "1500000.00", closed.plus(Duration.ofMinutes(5))));
        crediting.collect(money(a, PayoutStage.DOWN_PAYMENT_RECEIVED, closed.plus(Duration.ofDays(35))));
        crediting.collect(money(b, PayoutStage.DOWN_PAYMENT_RECEIVED, closed.plus(Duration.ofDays(3))));
        Caller wangAt = new Caller(wang, "wang", "dev-1", Map.of(office, Set.of(Caller.CONSULTANT)), Set.of(), true);
        String claimId = claiming.raise(wangAt, new ClaimingCredit.RaiseClaim(b, "visit log, page 12")).claim().claimId();
        claiming.decide(pm, new ClaimingCredit.DecideClaim(b, claimId, true, List.of(), "the visit log shows c-wang first"));
        crediting.cancel(new CreditingDeal.CancelDeal(a, "dev-1", office, "unit-" + a, leadId, "the buyer withdrew",
                closed.plus(Duration.ofDays(70)), "cancel-" + a));

        YearMonth first = monthOf(closed);
        assertThat(statements.statement(pm, office, wang, first).lines()).isNotEmpty();
        assertThat(statements.statement(pm, office, li, first).toDate().entries()).isNotEmpty();
        sameAsTheDeals(first, first.plusMonths(1), first.plusMonths(2), first.plusMonths(3));
    }

    /** c-wang's deal closed at {@code closed}, then its down payment an hour later; the deal as it was before the payment. */
    DealCredit paidDeal(String dealId, Instant closed) {
        crediting.credit(signed(dealId, null, wang, "2000000.00", closed));
        DealCredit beforePayment = credits.find(dealId).orElseThrow();
        crediting.collect(money(dealId, PayoutStage.DOWN_PAYMENT_RECEIVED, closed.plus(Duration.ofHours(1))));
        return beforePayment;
    }

    YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(policies.forOffice(office).zone()));
    }

    /** As if the process had stopped after the deal's write: c-wang's book missing, the deal still marked. */
    void stoppedBeforeTheBooks(String dealId) {
        String book = MongoConsultantBooks.key("dev-1", office, wang);
        for (String collection : List.of(MongoConsultantBooks.CONSULTANTS, MongoConsultantBooks.MONTHS,
                MongoConsultantBooks.OPEN)) {
            mongo.remove(Query.query(Criteria.where("_id").regex("^" + Pattern.quote(book))), collection);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(dealId)), new Update().set("statementPending", true),
                MongoDealCreditRepository.COLLECTION);
    }

    @Test
    @DisplayName("a stop between a deal's write and its books' write: the deal stays marked, and the repair sweep writes the books so the statement is the deals' again")
    void repairAfterAStop() {
        String a = "deal-a-" + run;
        Instant closed = clock.instant().minus(Duration.ofHours(2));
        paidDeal(a, closed);
        YearMonth month = monthOf(closed);
        ViewingStatements.Statement whole = fromTheDeals(wang, month);

        stoppedBeforeTheBooks(a);
        assertThat(statements.statement(pm, office, wang, month).lines()).isEmpty();

        assertThat(credits.repairStatements()).isGreaterThanOrEqualTo(1);

        assertThat(statements.statement(pm, office, wang, month)).isEqualTo(whole);
        assertThat(mongo.getCollection(MongoDealCreditRepository.COLLECTION).find(new Document("_id", a)).first()
                .getBoolean("statementPending")).isFalse();
    }

    @Test
    @DisplayName("an older version of a deal whose books are written after a newer one's (two writers of one deal): written again from the deal as it is now")
    void olderBooksWrittenLastAreWrittenAgain() {
        Instant closed = clock.instant().minus(Duration.ofHours(2));
        DealCredit older = paidDeal("deal-a-" + run, closed);

        credits.summarise(older);

        YearMonth month = monthOf(closed);
        assertThat(statements.statement(pm, office, wang, month).totals().paid()).isPositive();
        assertThat(statements.statement(pm, office, wang, month)).isEqualTo(fromTheDeals(wang, month));
    }

    @Test
    @DisplayName("COMM-5: a provisional share that moves to a colleague before any entry (the PM records a cover) leaves the first consultant's book: their provisional credit is the deals' again")
    void provisionalShareMovedAway() {
        String a = "deal-a-" + run;
        Instant deposit = clock.instant().minus(Duration.ofHours(2));
        crediting.credit(new CreditingDeal.DealEvent(CreditingDeal.Step.DEPOSIT_RECEIVED, a, new DealCredit.DealFacts(
                "dev-1", office, "unit-" + a, null, li, null, new BigDecimal("2000000.00"), "deal price at the deposit",
                deposit), "dep-" + a));
        YearMonth month = monthOf(deposit);
        assertThat(statements.statement(pm, office, li, month).toDate().provisional()).isPositive();

        claiming.cover(pm, new ClaimingCredit.RecordCover(a, wang, ClaimingCredit.CoverKind.COVERED_FOR_COLLEAGUE,
                "c-li received the buyer for c-wang"));

        assertThat(statements.statement(pm, office, li, month).toDate().provisional()).isZero();
        assertThat(statements.statement(pm, office, wang, month).toDate().provisional()).isPositive();
        sameAsTheDeals(month);
    }

    @Test
    @DisplayName("commission.credit-recorded: each credit entry of a deal told once — the recognition's, none for a later write adding only payouts, then the cancellation's reversal (COMM-6)")
    void creditEntriesToldOnce() {
        String a = "deal-told-" + run;
        Instant closed = clock.instant().minus(Duration.ofHours(2));
        try (EventCapture told = new EventCapture(brokers, Topics.COMMISSION)) {
            crediting.credit(signed(a, null, wang, "2000000.00", closed));
            crediting.collect(money(a, PayoutStage.DOWN_PAYMENT_RECEIVED, closed.plus(Duration.ofHours(1))));
            crediting.cancel(new CreditingDeal.CancelDeal(a, "dev-1", office, "unit-" + a, null, "the buyer withdrew",
                    closed.plus(Duration.ofDays(1)), "cancel-" + a));

            List<String> creditEntries = credits.find(a).orElseThrow().entries().stream()
                    .filter(e -> e.in(LedgerEntry.Book.CREDIT)).map(LedgerEntry::entryId).toList();
            assertThat(creditEntries).as("the credit and its reversal").hasSize(2);
            // one key, so in the order written: once the reversal is told, anything told twice before it is in too
            assertThat(told.awaitCount(r -> a.equals(r.key())
                            && CreditRecorded.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), creditEntries.size()))
                    .extracting(r -> EventJson.read(r.value(), CreditRecorded.class).entryId())
                    .containsExactlyElementsOf(creditEntries);
        }
    }

    @Test
    @DisplayName("ADR 1 outbox invariant on deal_credits: a claim's event published between a deal's read and its write is not written back, and the write wins at once")
    void outboxInvariant() {
        String a = "deal-a-" + run;
        crediting.credit(signed(a, null, wang, "2000000.00", clock.instant().minus(Duration.ofHours(2))));
        Caller liAt = new Caller(li, "li", "dev-1", Map.of(office, Set.of(Caller.CONSULTANT)), Set.of(), true);

        OutboxWrites.relayedBetweenReadAndWrite(relay, mongo, MongoDealCreditRepository.COLLECTION, a,
                () -> claiming.raise(liAt, new ClaimingCredit.RaiseClaim(a, "my visit log")),
                () -> credits.find(a).orElseThrow(),
                deal -> assertThat(credits.save(deal.considered("evt-" + run), deal)).isTrue());
    }

    @Test
    @DisplayName("the credits listing, the ledger and the league table read by key (the books) are the deals': and after a stop between a deal's write and its books', the repair puts the deal back in all three")
    void listingsByKeyRepairedAfterAStop() {
        Instant closed = clock.instant().minus(Duration.ofHours(2));
        String a = "deal-a-" + run;
        String b = "deal-b-" + run;
        paidDeal(a, closed);
        crediting.credit(signed(b, null, li, "1500000.00", closed.plus(Duration.ofMinutes(5))));
        YearMonth month = monthOf(closed);
        Caller headOffice = new Caller("u-ho-" + run, "ho", "dev-1", Map.of(), Set.of(Caller.HEAD_OFFICE), true);

        assertThat(viewing.ofConsultant(pm, office, wang)).extracting(DealCredit::dealId).containsExactly(a);
        assertThat(viewing.ofConsultant(pm, office, wang)).isEqualTo(scanned(wang));
        assertThat(viewing.ledgerOf(pm, office, wang)).isEqualTo(fromTheDeals(wang, month).toDate());
        assertThat(officeInLeague(headOffice, month).consultants())
                .extracting(ViewingStatements.Standing::consultantId, ViewingStatements.Standing::credited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(wang, new BigDecimal("2000000.00")),
                        org.assertj.core.groups.Tuple.tuple(li, new BigDecimal("1500000.00")));

        stoppedBeforeTheBooks(a);
        assertThat(viewing.ofConsultant(pm, office, wang)).isEmpty();

        credits.repairStatements();

        assertThat(viewing.ofConsultant(pm, office, wang)).isEqualTo(scanned(wang));
        assertThat(viewing.ledgerOf(pm, office, wang)).isEqualTo(fromTheDeals(wang, month).toDate());
        assertThat(officeInLeague(headOffice, month).credited()).isEqualByComparingTo("3500000.00");
    }

    ViewingStatements.OfficeMonth officeInLeague(Caller headOffice, YearMonth month) {
        return statements.league(headOffice, month).offices().stream().filter(o -> o.officeId().equals(office))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("COMM-3 the office's claims read by key: the deal is listed before the claim's write, so a listing whose write never happened shows nothing; a claim stored before the list existed is listed once by the repair")
    void officeClaimsByKey() {
        String a = "deal-a-" + run;
        crediting.credit(signed(a, null, li, "2000000.00", clock.instant().minus(Duration.ofHours(2))));
        String claimKey = "dev-1|" + office;
        // a claim's write that stopped after its listing: the deal is listed, it has no claim
        mongo.getCollection(MongoDealCreditRepository.CLAIMED).updateOne(new Document("_id", claimKey),
                new Document("$addToSet", new Document("deals", a)), new com.mongodb.client.model.UpdateOptions()
                        .upsert(true));
        assertThat(claiming.ofOffice(pm, office)).isEmpty();

        Caller wangAt = new Caller(wang, "wang", "dev-1", Map.of(office, Set.of(Caller.CONSULTANT)), Set.of(), true);
        claiming.raise(wangAt, new ClaimingCredit.RaiseClaim(a, "visit log, page 3"));
        assertThat(claiming.ofOffice(pm, office)).extracting(ClaimingCredit.ClaimOnDeal::dealId).containsExactly(a);

        // a claim stored before the list existed: the office's list and the marker gone
        mongo.remove(Query.query(Criteria.where("_id").in(claimKey, "|claims-listed-v1")),
                MongoDealCreditRepository.CLAIMED);
        assertThat(claiming.ofOffice(pm, office)).isEmpty();
        credits.repairStatements();
        assertThat(claiming.ofOffice(pm, office)).extracting(ClaimingCredit.ClaimOnDeal::dealId).containsExactly(a);
    }
}
