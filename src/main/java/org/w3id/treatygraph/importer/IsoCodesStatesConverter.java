package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * Turns Debian's {@code iso-codes} ISO 3166-1 data ({@code iso_3166-1.json}) and a list of the alpha-3
 * codes of UN member States into the {@code graph/states} named graph: one {@code tg:State} per member,
 * with ISO's short name, official name, common name and codes, and membership of the United Nations.
 */
public final class IsoCodesStatesConverter {
    /** Where Debian's iso-codes package installs the ISO 3166-1 data. */
    public static final Path DEBIAN_ISO_3166_1 = Path.of("/usr/share/iso-codes/json/iso_3166-1.json");
    public static final Node STATES_GRAPH = TG.graph("states");

    private static final Node UNITED_NATIONS = TG.id("organization/united-nations");

    private IsoCodesStatesConverter() {}

    /** Builds the states graph; fails naming any member code that ISO 3166-1 does not know. */
    public static DatasetGraph convert(Path isoCodesJson, Path memberCodes) {
        TreeMap<String, JsonObject> countries = readCountries(isoCodesJson);
        Set<String> members = readMemberCodes(memberCodes);
        Set<String> unknown = new HashSet<>(members);
        unknown.removeAll(countries.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Member codes not in " + isoCodesJson + ": " + unknown);
        }
        Graph graph = GraphFactory.createGraphMem();
        for (String code : members) {
            addState(graph, countries.get(code));
        }
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.addGraph(STATES_GRAPH, graph);
        dataset.prefixes().add("tg", TG.NS);
        dataset.prefixes().add("rdfs", RDFS.getURI());
        dataset.prefixes().add("skos", SKOS.getURI());
        dataset.prefixes().add("org", Vocab.ORG);
        dataset.prefixes().add("tgg", TG.GRAPH);
        return dataset;
    }

    public static void write(DatasetGraph states, OutputStream out) {
        RDFWriter.source(states)
                .format(RDFFormat.TRIG_BLOCKS)
                .base(TG.ID)
                .output(out);
    }

    private static void addState(Graph graph, JsonObject country) {
        String alpha3 = text(country, "alpha_3");
        Node state = TG.id("state/" + alpha3);
        String name = text(country, "name");
        graph.add(state, RDF.type.asNode(), TG.term("State"));
        graph.add(state, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "en"));
        graph.add(state, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name, "en"));
        if (country.hasKey("official_name")) {
            graph.add(state, TG.term("officialName"), NodeFactory.createLiteralLang(text(country, "official_name"), "en"));
        }
        if (country.hasKey("common_name")) {
            graph.add(state, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(text(country, "common_name"), "en"));
        }
        graph.add(state, TG.term("isoAlpha3"), NodeFactory.createLiteralString(alpha3));
        graph.add(state, TG.term("isoAlpha2"), NodeFactory.createLiteralString(text(country, "alpha_2")));
        graph.add(state, TG.term("isoNumeric"), NodeFactory.createLiteralString(text(country, "numeric")));
        graph.add(state, Vocab.ORG_MEMBER_OF, UNITED_NATIONS);
    }

    private static TreeMap<String, JsonObject> readCountries(Path isoCodesJson) {
        try (InputStream in = Files.newInputStream(isoCodesJson)) {
            JsonObject root = JSON.parse(in);
            TreeMap<String, JsonObject> byCode = new TreeMap<>();
            for (JsonValue entry : root.get("3166-1").getAsArray()) {
                JsonObject country = entry.getAsObject();
                byCode.put(text(country, "alpha_3"), country);
            }
            return byCode;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + isoCodesJson
                    + " (install Debian's iso-codes package, or pass the file's path)", e);
        }
    }

    private static Set<String> readMemberCodes(Path memberCodes) {
        try {
            Set<String> codes = new LinkedHashSet<>();
            for (String line : Files.readAllLines(memberCodes, StandardCharsets.UTF_8)) {
                String code = line.strip();
                if (code.isEmpty() || code.startsWith("#")) {
                    continue;
                }
                if (!code.matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException(memberCodes + ": not an ISO 3166-1 alpha-3 code: " + code);
                }
                codes.add(code);
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + memberCodes, e);
        }
    }

    private static String text(JsonObject object, String key) {
        return object.get(key).getAsString().value();
    }
}
