package org.w3id.treatygraph.status;

import java.util.List;

/**
 * The status on two dates and the treaty actions between them (dated after the first, on or before the second):
 * who signed, deposited, reserved, declared, withdrew or denounced in between.
 */
public record StatusDiff(StatusReport from, StatusReport to, List<StatusEvent> events) {
    public StatusDiff {
        events = List.copyOf(events);
    }
}
