package com.anchang.commission.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditPolicy;
import com.anchang.commission.domain.CreditRepository;
import com.anchang.commission.domain.LeadOwnership;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewingCreditsTest {

    static final Instant RECEIVED = Instant.parse("2026-11-21T03:30:00Z");

    /** In memory; remembers the developer each listing was asked for. */
    static final class InMemoryCredits implements CreditRepository {

        final List<Credit> stored = new ArrayList<>();
        final List<String> listedForDevelopers = new ArrayList<>();

        @Override
        public Optional<Credit> find(String dealId) {
            return stored.stream().filter(c -> c.dealId().equals(dealId)).findFirst();
        }

        @Override
        public boolean insert(Credit credit) {
            return find(credit.dealId()).isEmpty() && stored.add(credit);
        }

        @Override
        public List<Credit> creditedTo(String developerId, String officeId, String consultantId) {
            listedForDevelopers.add(developerId);
            return stored.stream().filter(c -> c.developerId().equals(developerId) && c.officeId().equals(officeId)
                    && c.crediteeConsultantId().equals(consultantId)).toList();
        }
    }

    final InMemoryCredits credits = new InMemoryCredits();
    final ViewingCredits viewing = new ViewingCredits(credits);

    ViewingCreditsTest() {
        LeadOwnership lead = new LeadOwnership("lead-1", "dev-1", "office-1", "c-owner", RECEIVED, LocalDate.of(2026, 11, 27));
        credits.insert(Credit.onDeposit("deal-1", "dev-1", "office-1", "unit-1", "lead-1", "c-closer", lead,
                new BigDecimal("50000.00"), RECEIVED, RECEIVED, "evt-1", new CreditPolicy()));
    }

    static Caller at(String userId, String developerId, String officeId, String... roles) {
        return new Caller(userId, userId, developerId, Map.of(officeId, Set.of(roles)), Set.of(), true);
    }

    static Caller headOffice(String userId, String developerId) {
        return new Caller(userId, userId, developerId, Map.of(), Set.of(Caller.HEAD_OFFICE), true);
    }

    @Test
    @DisplayName("COMM-1: a deal's credit is read by the consultant it is credited to, PM, finance and head office; its closer and sales control are refused naming the action")
    void dealCreditReaders() {
        for (Caller reader : List.of(at("c-owner", "dev-1", "office-1", Caller.CONSULTANT),
                at("u-pm", "dev-1", "office-1", Caller.PM), at("u-fin", "dev-1", "office-1", Caller.FINANCE),
                headOffice("u-hq", "dev-1"))) {
            assertThat(viewing.ofDeal(reader, "deal-1").crediteeConsultantId()).as(reader.userId()).isEqualTo("c-owner");
        }
        for (Caller colleague : List.of(at("c-closer", "dev-1", "office-1", Caller.CONSULTANT),
                at("c-owner", "dev-1", "office-1", Caller.SALES_CONTROL))) {
            assertThatThrownBy(() -> viewing.ofDeal(colleague, "deal-1"))
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            e -> assertThat(e.action()).isEqualTo("read a deal's commission credit"));
        }
    }

    @Test
    @DisplayName("office isolation: a credit of another office or developer is not found, exactly like an unknown deal")
    void otherOfficesDoNotSeeIt() {
        for (Caller outsider : List.of(at("c-owner", "dev-1", "office-2", Caller.CONSULTANT, Caller.PM),
                at("c-owner", "dev-2", "office-1", Caller.PM), headOffice("u-hq", "dev-2"))) {
            assertThatThrownBy(() -> viewing.ofDeal(outsider, "deal-1"))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("credit of deal"));
        }
    }

    @Test
    @DisplayName("a consultant lists their own credits, not a colleague's (403); an office without a role is not found; the listing is always of the caller's developer")
    void consultantCredits() {
        assertThat(viewing.ofConsultant(at("c-owner", "dev-1", "office-1", Caller.CONSULTANT), "office-1", "c-owner"))
                .extracting(Credit::dealId).containsExactly("deal-1");
        assertThatThrownBy(() -> viewing.ofConsultant(at("c-closer", "dev-1", "office-1", Caller.CONSULTANT), "office-1",
                "c-owner")).isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.action()).isEqualTo("read another consultant's credits"));
        assertThatThrownBy(() -> viewing.ofConsultant(at("c-owner", "dev-1", "office-2", Caller.PM), "office-1", "c-owner"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("office"));

        assertThat(viewing.ofConsultant(headOffice("u-hq-2", "dev-2"), "office-1", "c-owner")).isEmpty();
        assertThat(credits.listedForDevelopers).containsExactly("dev-1", "dev-2");
    }
}
