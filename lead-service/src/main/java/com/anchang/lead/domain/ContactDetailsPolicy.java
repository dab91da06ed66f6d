package com.anchang.lead.domain;

import java.util.Objects;
import java.util.Set;

/**
 * LEAD-10: customer data is confidential. The full contact details of a lead are shown to the
 * consultant who owns it, to a project manager (PM) of the lead's office and to head office of the
 * lead's developer; everybody else who may see the lead at all (colleague consultants, sales
 * control, finance) is shown the masked phone. Who may see the lead at all is decided before this
 * policy is asked.
 */
public final class ContactDetailsPolicy {

    private ContactDetailsPolicy() {
    }

    /**
     * Who is looking, in plain values.
     *
     * @param userId the viewer's user id
     * @param developerId the viewer's developer, or null for none (the platform administrator)
     * @param managedOffices the offices where the viewer is PM
     * @param headOffice whether the viewer is head office of {@code developerId}
     */
    public record Viewer(String userId, String developerId, Set<String> managedOffices, boolean headOffice) {

        public Viewer {
            Objects.requireNonNull(userId, "userId");
            managedOffices = managedOffices == null ? Set.of() : Set.copyOf(managedOffices);
        }
    }

    /** LEAD-10: full details for the lead's owner (while it is not released), a PM of its office or head office of its developer; else masked. */
    public static ContactDetails shownTo(Lead lead, Viewer viewer) {
        if (!lead.developerId().equals(viewer.developerId())) {
            return ContactDetails.MASKED;
        }
        boolean owner = !lead.released() && lead.ownerConsultantId().equals(viewer.userId());
        boolean projectManager = viewer.managedOffices().contains(lead.officeId());
        return owner || projectManager || viewer.headOffice() ? ContactDetails.FULL : ContactDetails.MASKED;
    }
}
