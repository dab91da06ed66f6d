package com.anchang.commission.adapter.messaging;

import static com.anchang.commission.adapter.messaging.Required.field;

import com.anchang.commission.application.ClaimingCredit;
import com.anchang.commission.domain.Adjudication;
import com.anchang.events.Topics;
import com.anchang.events.commission.ClaimDecided;
import com.anchang.events.commission.ClaimRaised;
import com.anchang.events.commission.CoverRecorded;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * commission-service's own claims and PM decisions read back from its topic (ADR 22): the HTTP command wrote them
 * on the deal and published them from the deal's outbox in the same write, so on the live path each comes back
 * already applied (its id is on the deal) and writes nothing; after the service's data is dropped, a replay of the
 * lead, transaction and commission topics in the order produced rebuilds the claims, the decisions and the entries
 * they caused, with the same ids and instants.
 */
@Configuration(proxyBeanMethods = false)
public class ClaimEventHandlers {

    @Bean
    EventHandler<ClaimRaised> restoreClaimRaised(ClaimingCredit claiming) {
        String type = ClaimRaised.TYPE;
        return EventHandler.of(Topics.COMMISSION, type, ClaimRaised.VERSION, ClaimRaised.class,
                (e, envelope) -> claiming.restoreRaised(field(e.dealId(), type, "dealId"), e.officeId(),
                        field(e.claimId(), type, "claimId"), field(e.claimantConsultantId(), type, "claimantConsultantId"),
                        e.evidence(), field(e.raisedAt(), type, "raisedAt")));
    }

    @Bean
    EventHandler<ClaimDecided> restoreClaimDecided(ClaimingCredit claiming) {
        String type = ClaimDecided.TYPE;
        return EventHandler.of(Topics.COMMISSION, type, ClaimDecided.VERSION, ClaimDecided.class, (e, envelope) -> {
            String decision = field(e.decision(), type, "decision");
            if (!decision.equals("ACCEPTED") && !decision.equals("REJECTED")) {
                throw new PoisonEventException(type + " with decision " + decision);
            }
            List<Adjudication.Award> awards = e.awards() == null ? List.of() : e.awards().stream()
                    .map(a -> new Adjudication.Award(field(a.consultantId(), type, "awards.consultantId"),
                            field(a.fraction(), type, "awards.fraction")))
                    .toList();
            claiming.restoreDecided(field(e.dealId(), type, "dealId"), e.officeId(), field(e.claimId(), type, "claimId"),
                    decision.equals("ACCEPTED"), e.decisionId(), awards, e.decidedBy(),
                    field(e.decidedAt(), type, "decidedAt"), e.reason());
        });
    }

    @Bean
    EventHandler<CoverRecorded> restoreCoverRecorded(ClaimingCredit claiming) {
        String type = CoverRecorded.TYPE;
        return EventHandler.of(Topics.COMMISSION, type, CoverRecorded.VERSION, CoverRecorded.class,
                (e, envelope) -> claiming.restoreCover(field(e.dealId(), type, "dealId"), e.officeId(),
                        field(e.decisionId(), type, "decisionId"),
                        field(e.creditedConsultantId(), type, "creditedConsultantId"), e.decidedBy(),
                        field(e.decidedAt(), type, "decidedAt"), e.reason()));
    }
}
