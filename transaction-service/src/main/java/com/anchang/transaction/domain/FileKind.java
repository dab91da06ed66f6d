package com.anchang.transaction.domain;

/** The papers a deal keeps as uploaded files (DEAL-4: the buyer's ID copy, the power of attorney; DEAL-2: the cheque). */
public enum FileKind {
    /** A copy of the buyer's identity document (DEAL-4). */
    ID_COPY,
    /** The notarised power of attorney of an agent who signs for the buyer (DEAL-4). */
    POWER_OF_ATTORNEY,
    /** An image of a cheque received (DEAL-2). */
    CHEQUE_IMAGE
}
