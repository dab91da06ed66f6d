package com.anchang.transaction.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The buyer's mortgage (按揭) after the contract: the appointment with the bank (moved as often as
 * needed, each move an event so reminders follow, NOTE-4) and each loan's progress — documents
 * received, approved, funds disbursed, each dated — so the PM sees who is stuck where.
 */
public record Mortgage(Appointment appointment, int rescheduled, List<Milestone> milestones, Instant completedAt) {

    public Mortgage {
        Objects.requireNonNull(appointment, "appointment");
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** Where and when the buyer meets the bank, and the documents to bring (NOTE-2). */
    public record Appointment(String bank, String place, Instant at, List<String> documents, String setBy, Instant setAt) {

        public Appointment {
            Objects.requireNonNull(bank, "bank");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(at, "at");
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /** One loan's progress, in this order. */
    public enum Step {
        DOCUMENTS_RECEIVED,
        APPROVED,
        FUNDS_DISBURSED
    }

    /** A step of one loan, on the day it happened, recorded by whom and when. */
    public record Milestone(Financing.LoanType loan, Step step, LocalDate on, String recordedBy, Instant recordedAt) {

        public Milestone {
            Objects.requireNonNull(loan, "loan");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(on, "on");
        }
    }

    /** The furthest step this loan reached, or null. */
    public Step reached(Financing.LoanType loan) {
        return milestones.stream().filter(m -> m.loan() == loan).map(Milestone::step)
                .max(Enum::compareTo).orElse(null);
    }
}
