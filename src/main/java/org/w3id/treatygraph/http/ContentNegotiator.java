package org.w3id.treatygraph.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses a representation for an {@code Accept} header as RFC 9110 says: each offer gets the quality of
 * the most specific media range that matches it, {@code q=0} excludes it, the highest quality wins and
 * ties go to the earlier offer. A missing or empty header accepts anything. An offer is also chosen for its
 * alias: JSON-LD for a client that asks for plain {@code application/json}.
 */
public final class ContentNegotiator {

    private ContentNegotiator() {}

    public static Optional<Representation> choose(String acceptHeader, List<Representation> offers) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return offers.stream().findFirst();
        }
        List<MediaRange> ranges;
        try {
            // Media types are case-insensitive (RFC 9110 §8.3.1): TEXT/TURTLE asks for text/turtle.
            ranges = new AcceptList(acceptHeader.toLowerCase(Locale.ROOT)).entries();
        } catch (RuntimeException malformed) {
            return offers.stream().findFirst();
        }
        Representation best = null;
        double bestQuality = 0;
        for (Representation offer : offers) {
            double quality = offer.mediaTypes().stream()
                    .mapToDouble(type -> quality(ranges, MediaType.create(type))).max().orElse(0);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<MediaRange> ranges, MediaType offer) {
        MediaRange mostSpecific = null;
        for (MediaRange range : ranges) {
            if (range.accepts(offer) && (mostSpecific == null || specificity(range) > specificity(mostSpecific))) {
                mostSpecific = range;
            }
        }
        return mostSpecific == null ? 0 : mostSpecific.get_q();
    }

    private static int specificity(MediaRange range) {
        if ("*".equals(range.getType())) {
            return 0;
        }
        return "*".equals(range.getSubType()) ? 1 : 2;
    }
}
