package org.w3id.treatygraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.reading.NaturalOrder;
import org.w3id.treatygraph.status.EventKind;
import org.w3id.treatygraph.status.StatusEvent;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.StatusService;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * The world map of the signatories page (partial {@code world-map}): each State's shape from {@link WorldShapes},
 * matched by its {@code tg:isoNumeric}, in the class of its status under the Convention today; the States the
 * 1:110m atlas has no shape for, listed with their status. Call inside a read transaction.
 */
public final class SignatoriesMap {
    /** A State's status under the Convention, from the least to the most. */
    public enum Status {
        NONE("not signed"), SIGNED("signed"), DEPOSITED("instrument deposited"), PARTY("party (in force for it)");

        final String words;

        Status(String words) {
            this.words = words;
        }

        String css() {
            return "status-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A shape on the map: a State's (with its page) or a territory the graph has no State for. */
    public record Country(String path, String css, String name, String status, String code, String href) {}

    /** A legend entry: the class, its words, how many States. */
    public record Legend(String css, String words, long count) {}

    /** A State without a shape on the map. */
    public record Unmapped(String name, String href, String css, String status) {}

    public final List<Country> countries;
    public final List<Legend> legend;
    public final List<Unmapped> unmapped;
    public final int width = WorldShapes.WIDTH;
    public final int height = WorldShapes.HEIGHT;

    private SignatoriesMap(List<Country> countries, List<Legend> legend, List<Unmapped> unmapped) {
        this.countries = countries;
        this.legend = legend;
        this.unmapped = unmapped;
    }

    public boolean hasUnmapped() {
        return !unmapped.isEmpty();
    }

    /** The map of today's status, in its own read transaction. */
    public static SignatoriesMap today(DatasetGraph dataset, IriRewriter rewriter) {
        return Txn.calculateRead(dataset, () -> {
            StatusService status = new StatusService(dataset);
            return build(new GraphFacts(dataset, rewriter), status.events(), status.today());
        });
    }

    static SignatoriesMap build(GraphFacts facts, List<StatusEvent> events, StatusReport today) {
        Map<String, WorldShapes.Shape> shapes = new HashMap<>(WorldShapes.get().byIsoNumeric());
        List<Country> countries = new ArrayList<>();
        List<Unmapped> unmapped = new ArrayList<>();
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        List<Node> states = facts.subjects(RDF.type.asNode(), TG.term("State"));
        for (Node state : states) {
            Status status = status(state.getURI(), events, today);
            counts.merge(status, 1L, Long::sum);
            String href = facts.rewriter().toPublic(state.getURI());
            String name = facts.label(state);
            WorldShapes.Shape shape = facts.text(state, TG.term("isoNumeric")).map(shapes::remove).orElse(null);
            if (shape == null) {
                unmapped.add(new Unmapped(name, href, status.css(), status.words));
            } else {
                countries.add(new Country(shape.path(), status.css(), name, status.words,
                        facts.text(state, TG.term("isoAlpha3")).orElse(""), href));
            }
        }
        // Shapes of territories that are no State of the graph (Greenland, Western Sahara…): drawn, not linked.
        shapes.values().forEach(s -> countries.add(new Country(s.path(), "territory", s.name(), "no State of the graph",
                "", null)));
        countries.sort(Comparator.comparing(Country::name));
        unmapped.sort(Comparator.comparing(Unmapped::name, NaturalOrder.INSTANCE));
        List<Legend> legend = List.of(Status.values()).stream()
                .map(s -> new Legend(s.css(), s.words, counts.getOrDefault(s, 0L))).toList();
        return new SignatoriesMap(countries, legend, unmapped);
    }

    /** Party when bound today, deposited with an instrument of consent, signed with a signature by today. */
    static Status status(String state, List<StatusEvent> events, StatusReport today) {
        return today.party(state).map(p -> p.bound() ? Status.PARTY : Status.DEPOSITED)
                .orElseGet(() -> events.stream().anyMatch(e -> e.party().equals(state)
                        && e.kind() == EventKind.SIGNATURE && e.date().certainlyBy(today.date()))
                        ? Status.SIGNED : Status.NONE);
    }
}
