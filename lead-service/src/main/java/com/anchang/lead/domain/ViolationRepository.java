package com.anchang.lead.domain;

import java.time.LocalDate;
import java.util.List;

/** Port, LEAD-9: the recorded violations, each with its event, listed per office and day. */
public interface ViolationRepository {

    /**
     * Stores the violation with its event and lists it under its office day. A violation with the same id
     * already stored is left as it is.
     *
     * @return whether this call stored it
     */
    boolean record(Violation violation);

    /**
     * Stores and lists a violation whose event another write already carried (a grabbed call: the take
     * of the rotation's day published it), so it is not published twice. Same id stored: left as it is.
     *
     * @return whether this call stored it
     */
    boolean recordPublished(Violation violation);

    /** The office's violations recorded on the office day, oldest first. */
    List<Violation> onDay(String developerId, String officeId, LocalDate day);
}
