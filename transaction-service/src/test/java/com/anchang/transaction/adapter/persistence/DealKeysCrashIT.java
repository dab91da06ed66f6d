package com.anchang.transaction.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.transaction.adapter.messaging.TransactionEvents;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.ReceiptRegister;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The order of a deal's three writes (ADR 13, amended) when the process stops between them: listed under the
 * new keys, the deal's compare-and-set, taken off the old keys. A stop leaves at most an entry naming a deal
 * that is not under its key — skipped by readers, removed once it can no longer come true — and never a deal
 * missing from a key it is under.
 */
@ServiceIntegrationTest
class DealKeysCrashIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    TransactionEvents events;
    @Autowired
    OutboxRelay relay;
    @Autowired
    DealPolicies policies;
    @Autowired
    ReceiptRegister register;
    @Autowired
    DealRepository deals;

    /** The process stops right after the named step of a write. */
    static final class StopsAfter extends MongoDealKeys {

        private final String step;

        StopsAfter(MongoTemplate mongo, String step) {
            super(mongo);
            this.step = step;
        }

        @Override
        void add(String dealId, long version, Collection<String> keys) {
            super.add(dealId, version, keys);
            if (step.equals("add") && !keys.isEmpty()) {
                throw new IllegalStateException("stopped after listing the deal under its new keys");
            }
        }

        @Override
        void remove(String dealId, long version, Collection<String> keys) {
            if (step.equals("write")) {
                throw new IllegalStateException("stopped after the deal's write");
            }
            super.remove(dealId, version, keys);
        }
    }

    private String office;

    private Deal heldDeal() {
        office = "office-keys-" + UUID.randomUUID().toString().substring(0, 8);
        DealFixtures f = new DealFixtures("dev-keys", office, "c-keys", register, policies.forOffice(office),
                Instant.now());
        Deal deal = f.held();
        assertThat(deals.insert(deal, List.of())).isTrue();
        return deals.find(deal.id()).orElseThrow();
    }

    private List<String> listed(DealStatus status) {
        return deals.ofOffice(office, status, null, 0, 200).stream().map(Deal::id).toList();
    }

    private List<MongoDealKeys.Entry> entries(DealStatus status) {
        return new MongoDealKeys(mongo).entries(DealKeys.byStatus(office, status));
    }

    private void enterDeposit(Deal deal) {
        DealFixtures f = new DealFixtures("dev-keys", office, "c-keys", register, policies.forOffice(office),
                Instant.now());
        f.enter(deal, f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
    }

    @Test
    @DisplayName("ADR 13: a stop after the new keys and before the deal's write leaves the deal listed as stored; the stale entry is skipped, and the retry lists it once")
    void stopBeforeTheDealsWrite() {
        Deal deal = heldDeal();
        DealRepository stopping = new MongoDealRepository(mongo, events, relay, policies, new StopsAfter(mongo, "add"));
        enterDeposit(deal);

        assertThatThrownBy(() -> stopping.save(deal, List.of(), null)).isInstanceOf(IllegalStateException.class);

        assertThat(deals.find(deal.id()).orElseThrow().waiting()).as("the deal was not written").isEmpty();
        assertThat(deals.waitingForConfirmation()).extracting(Deal::id).as("the waiting key names it, the deal does not")
                .doesNotContain(deal.id());
        assertThat(new MongoDealKeys(mongo).entries(DealKeys.WAITING)).extracting(MongoDealKeys.Entry::dealId)
                .as("kept: its write might still come").contains(deal.id());
        assertThat(listed(DealStatus.UNIT_HELD)).containsExactly(deal.id());

        Deal again = deals.find(deal.id()).orElseThrow();
        enterDeposit(again);
        deals.save(again, List.of(), null);
        assertThat(deals.waitingForConfirmation()).extracting(Deal::id).containsOnlyOnce(deal.id());
        assertThat(listed(DealStatus.UNIT_HELD)).containsExactly(deal.id());
    }

    @Test
    @DisplayName("ADR 13: a stop after the deal's write and before leaving its old keys lists it under its new state at once; the old entry is skipped and removed by the reader")
    void stopAfterTheDealsWrite() {
        Deal deal = heldDeal();
        DealRepository stopping = new MongoDealRepository(mongo, events, relay, policies,
                new StopsAfter(mongo, "write"));
        DealFixtures f = new DealFixtures("dev-keys", office, "c-keys", register, policies.forOffice(office),
                Instant.now());
        f.pay(deal, f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
        assertThat(deal.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);

        assertThatThrownBy(() -> stopping.save(deal, List.of(), null)).isInstanceOf(IllegalStateException.class);

        assertThat(listed(DealStatus.DEPOSIT_RECEIVED)).as("under the state it is in").containsExactly(deal.id());
        assertThat(entries(DealStatus.UNIT_HELD)).extracting(MongoDealKeys.Entry::dealId).contains(deal.id());
        assertThat(listed(DealStatus.UNIT_HELD)).as("the old entry is skipped").isEmpty();
        assertThat(entries(DealStatus.UNIT_HELD)).as("and removed: the deal is past it for good").isEmpty();
        assertThat(listed(null)).containsExactly(deal.id());
    }

    @Test
    @DisplayName("ADR 13: a deal stored before the keys were kept is listed by the scan at start, once")
    void listsTheDealsStoredBefore() {
        Deal deal = heldDeal();
        MongoDealRepository repository = new MongoDealRepository(mongo, events, relay, policies);
        mongo.getCollection(MongoDealRepository.COLLECTION).updateOne(new org.bson.Document("_id", deal.id()),
                new org.bson.Document("$unset", new org.bson.Document("indexKeys", "")));
        new MongoDealKeys(mongo).remove(deal.id(), deal.version(), List.of(DealKeys.office(office),
                DealKeys.byStatus(office, DealStatus.UNIT_HELD)));
        assertThat(listed(DealStatus.UNIT_HELD)).as("stored before the keys").isEmpty();

        assertThat(repository.listUnlisted()).isEqualTo(1);

        assertThat(listed(DealStatus.UNIT_HELD)).containsExactly(deal.id());
        assertThat(listed(null)).containsExactly(deal.id());
        assertThat(repository.listUnlisted()).as("listed once").isZero();
    }

    @Test
    @DisplayName("DEAL-1: a payment waiting for its second person puts its deal on the office's waiting list by key; confirmed, the deal leaves it; another office's list does not name it")
    void theOfficesWaitingList() {
        Deal deal = heldDeal();
        DealFixtures f = new DealFixtures("dev-keys", office, "c-keys", register, policies.forOffice(office),
                Instant.now());
        String paymentId = f.enter(deal, f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000")).id();
        deals.save(deal, List.of(), null);

        assertThat(deals.waitingOf(office, 200)).extracting(Deal::id).containsExactly(deal.id());
        assertThat(deals.waitingOf(office + "-other", 200)).isEmpty();

        Deal stored = deals.find(deal.id()).orElseThrow();
        f.confirm(stored, paymentId, DealFixtures.PM);
        deals.save(stored, List.of(), null);
        assertThat(deals.waitingOf(office, 200)).as("confirmed: nothing waits").isEmpty();
        assertThat(new MongoDealKeys(mongo).entries(DealKeys.waiting(office))).as("taken off the key").isEmpty();
    }

    @Test
    @DisplayName("DEAL-1: a deal waiting since before the office's waiting list existed is listed under it at start, once")
    void listsTheWaitingStoredBeforeTheOfficesList() {
        Deal deal = heldDeal();
        enterDeposit(deal);
        deals.save(deal, List.of(), null);
        MongoDealRepository repository = new MongoDealRepository(mongo, events, relay, policies);
        Deal stored = deals.find(deal.id()).orElseThrow();
        List<String> before = DealKeys.of(stored, policies.forOffice(office)).stream()
                .filter(key -> !key.equals(DealKeys.waiting(office))).toList();
        mongo.getCollection(MongoDealRepository.COLLECTION).updateOne(new org.bson.Document("_id", deal.id()),
                new org.bson.Document("$set", new org.bson.Document("indexKeys", before)));
        new MongoDealKeys(mongo).remove(deal.id(), stored.version(), List.of(DealKeys.waiting(office)));
        assertThat(deals.waitingOf(office, 200)).as("stored before the office's list").isEmpty();

        assertThat(repository.listWaitingUnderMissingKeys()).isEqualTo(1);

        assertThat(deals.waitingOf(office, 200)).extracting(Deal::id).containsExactly(deal.id());
        assertThat(repository.listWaitingUnderMissingKeys()).as("listed once").isZero();
    }
}
