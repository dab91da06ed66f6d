package com.anchang.lead.domain.rotation;

/** ROT-8: receptions that do not use the turn. */
public enum CoverKind {
    /** 义务接待/代接待: covering for a colleague's customer while the colleague is not there. */
    COLLEAGUES_CUSTOMER,
    /** Market survey, a salesperson, someone looking for a person: clearly not a buyer. */
    NOT_A_BUYER
}
