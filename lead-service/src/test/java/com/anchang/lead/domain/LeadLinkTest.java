package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LEAD-6: family and company links on the domain. */
class LeadLinkTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ProtectionPolicy SEED_000 = ProtectionPolicy.inactivity(7, SHANGHAI);
    static final MobileNumber SPOUSE = MobileNumber.parse("13912345678");

    static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    static Lead lead() {
        return Lead.register("dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("13812345678"),
                LeadSource.WALK_IN, Needs.NONE, shanghai("2026-11-20T10:00:00"), SEED_000).lead();
    }

    @ParameterizedTest(name = "{0}, registered together {1}: same customer {2}")
    @CsvSource({
        "SPOUSE, false, true", "PARENT, false, true", "CHILD, false, true", "COLLEAGUE_SAME_UNIT, false, true",
        "SIBLING, false, false", "OTHER_RELATIVE, false, false", "SIBLING, true, true", "OTHER_RELATIVE, true, true"
    })
    @DisplayName("LEAD-6: parents, children, spouses and a superior/subordinate buying one unit are the same customer; siblings and other relatives are separate customers unless registered together")
    void sameCustomerByRelation(LeadLink.Relation relation, boolean registeredTogether, boolean sameCustomer) {
        Lead lead = lead();

        LeadEvent.Linked linked = lead.link("c-1", relation, " 李女士 ", SPOUSE, registeredTogether,
                shanghai("2026-11-21T11:00:00"), SEED_000);

        assertThat(linked.link().sameCustomer()).isEqualTo(sameCustomer);
        assertThat(linked.link().relation()).isEqualTo(relation);
        assertThat(linked.link().name()).isEqualTo("李女士");
        assertThat(lead.links()).containsExactly(linked.link());
        assertThat(lead.newLinks()).containsExactly(linked.link());
        assertThat(lead.linkFor(SPOUSE)).contains(linked.link());
    }

    @Test
    @DisplayName("LEAD-6: the lead's own mobile, or a mobile already linked to it, is refused naming LEAD-6 and nothing is linked")
    void ownOrDuplicateMobileRefused() {
        Lead lead = lead();
        Instant now = shanghai("2026-11-21T11:00:00");

        assertThatThrownBy(() -> lead.link("c-1", LeadLink.Relation.SPOUSE, "李女士", lead.mobile(), false, now,
                SEED_000)).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.rule().id()).isEqualTo("LEAD-6"));
        lead.link("c-1", LeadLink.Relation.SPOUSE, "李女士", SPOUSE, false, now, SEED_000);
        assertThatThrownBy(() -> lead.link("c-1", LeadLink.Relation.SIBLING, "李女士", SPOUSE, false, now, SEED_000))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("LEAD-6");
                    assertThat(e.getMessage()).contains("SPOUSE");
                });
        assertThat(lead.links()).hasSize(1);
    }

    @Test
    @DisplayName("LEAD-6 (+ LEAD-3): a lead whose protection has ended links nobody (LEAD-3); a blank name is bad input naming the field")
    void lapsedOrNamelessRefused() {
        Lead lead = lead();

        assertThatThrownBy(() -> lead.link("c-1", LeadLink.Relation.PARENT, "王老先生", SPOUSE, false,
                shanghai("2026-11-28T00:00:01"), SEED_000)).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.rule().id()).isEqualTo("LEAD-3"));
        assertThatThrownBy(() -> lead.link("c-1", LeadLink.Relation.PARENT, " ", SPOUSE, false,
                shanghai("2026-11-21T00:00:01"), SEED_000)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(lead.links()).isEmpty();
    }

    @Test
    @DisplayName("LEAD-6 + LEAD-5: a colleague's registration of a linked spouse's mobile is refused naming LEAD-6 with the collision (no owner, no name, no mobile: LEAD-10); the collision's evidence says it was the linked person's mobile")
    void registrationThroughALink() {
        Lead lead = lead();
        LeadLink link = lead.link("c-1", LeadLink.Relation.SPOUSE, "李女士", SPOUSE, false,
                shanghai("2026-11-21T11:00:00"), SEED_000).link();
        Instant later = shanghai("2026-11-22T11:00:00");

        Collision collision = Collision.open(lead, "c-2", later, SEED_000, "registered the mobile of the SPOUSE")
                .collision();
        RuleRefusedException refusal = lead.protectedByColleague(collision.id(), link);

        assertThat(refusal.rule().id()).isEqualTo("LEAD-6");
        assertThat(refusal.getMessage()).contains("SPOUSE", "collision " + collision.id() + " is open", "LEAD-5");
        // the collision's id is random: it may itself contain the owner's "c-1" by chance
        assertThat(refusal.getMessage().replace(collision.id(), "<collision>"))
                .doesNotContain("c-1", "李女士", "王先生", "13912345678");
        assertThat(collision.decision().followerConsultantId()).isEqualTo("c-1");
        assertThat(collision.timeline().getLast().detail()).contains("SPOUSE");
        assertThat(lead.alreadyYours(link).rule().id()).isEqualTo("LEAD-6");
    }
}
