package org.w3id.treatygraph.web;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The link from a feed entry to its depositary notification, from the reference the UN gives it. */
class StatusFeedsTest {
    @Test
    void aNotificationReferenceNamesItsPdfOnTheTreatyCollection() {
        assertEquals(Optional.of("https://treaties.un.org/doc/Publication/CN/2025/CN.196.2025-Eng.pdf"),
                StatusFeeds.notificationUrl("C.N.196.2025.TREATIES-XVIII.16"));
        assertEquals(Optional.empty(), StatusFeeds.notificationUrl("notification of 25 October"));
        assertEquals(Optional.empty(), StatusFeeds.notificationUrl(null));
    }
}
