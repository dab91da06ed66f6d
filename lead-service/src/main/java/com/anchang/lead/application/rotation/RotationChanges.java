package com.anchang.lead.application.rotation;

import com.anchang.lead.domain.rotation.ReceptionDay;

/** Told after every committed change of an office's rotation (the live board listens). */
@FunctionalInterface
public interface RotationChanges {

    void changed(ReceptionDay day);

    RotationChanges NONE = day -> { };
}
