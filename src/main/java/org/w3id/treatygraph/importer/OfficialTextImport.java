package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.store.InvalidDataException;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.vocab.TG;

/**
 * Imports the official text of the Convention from the PDF of resolution A/RES/79/243 in one of the six
 * languages: reads the pages (Apache PDFBox), splits the annex into articles, paragraphs and subparagraphs,
 * matches them to the provisions the graph models, and returns the texts as {@code tg:officialText} literals
 * tagged with the language, in the graph {@code graph/official-text-{lang}}, with the catalog description of that
 * graph and of the PDF as a source (document symbol, language, SHA-256 checksum, import time). Nothing is
 * returned, and so nothing written, when the file is not that PDF, its numbering differs from the graph's, or the
 * result violates the shapes.
 */
public final class OfficialTextImport {
    /** The symbol of the document whose annex is the Convention. */
    public static final String SYMBOL = "A/RES/79/243";
    /** The property holding a provision's official text, one language-tagged literal per language. */
    public static final Node OFFICIAL_TEXT = TG.term("officialText");

    private static final Node TREATY = TG.id("treaty/un-cybercrime-convention");
    private static final Node DOCUMENT = TG.id("source/a-res-79-243");
    private static final Node CATALOG = TG.graph("catalog");
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private final ProjectFiles files;
    private final TextLanguage language;
    private final Clock clock;

    public OfficialTextImport(ProjectFiles files, TextLanguage language) {
        this(files, language, Clock.systemUTC());
    }

    OfficialTextImport(ProjectFiles files, TextLanguage language, Clock clock) {
        this.files = files;
        this.language = language;
        this.clock = clock;
    }

    /** The named graph of this language's text: {@code graph/official-text-{lang}}. */
    public Node graph() {
        return TG.graph("official-text-" + language.tag());
    }

    /** The PDF of this language as a source: {@code id/source/a-res-79-243-pdf-{lang}}. */
    public Node source() {
        return TG.id("source/a-res-79-243-pdf-" + language.tag());
    }

    /** The default data file: {@code data/official-text-{lang}.trig}, which git ignores. */
    public Path defaultOutput() {
        return files.home().resolve("data").resolve("official-text-" + language.tag() + ".trig");
    }

    /**
     * The official text of every provision with its provenance, validated with the curated files, ready to be
     * written to {@code output}. A previous import in {@code output} is replaced, not added to.
     *
     * @throws OfficialTextException when the file is not the PDF of A/RES/79/243 or its numbering differs from
     *         the graph's (the first difference is named)
     * @throws InvalidDataException when the result violates the shapes
     */
    public DatasetGraph prepare(Path pdf, Path output) {
        List<String> pages = PdfPages.read(pdf);
        if (pages.stream().noneMatch(page -> page.contains(SYMBOL))) {
            throw new OfficialTextException(pdf + " does not carry the document symbol " + SYMBOL + " on any page: it"
                    + " is not the resolution whose annex is the Convention.");
        }
        ConventionText text = new ConventionSplitter(language).split(pages);
        DatasetGraph curated = CuratedImport.curatedWithout(files, output);
        Map<Node, String> texts = OfficialTextMatcher.match(text, ProvisionsModel.of(curated, TREATY));
        DatasetGraph imported = DatasetGraphFactory.create();
        imported.prefixes().add("spdx", SPDX);
        Graph official = imported.getGraph(graph());
        texts.forEach((provision, content) -> official.add(provision, OFFICIAL_TEXT,
                NodeFactory.createLiteralLang(content, language.tag())));
        describe(imported.getGraph(CATALOG), curated, sha256(pdf));
        CuratedImport.requireConforms(curated, imported);
        return imported;
    }

    private void describe(Graph catalog, DatasetGraph curated, String checksum) {
        Graph curatedCatalog = curated.getUnionGraph();
        if (!curatedCatalog.contains(DOCUMENT, RDF.type.asNode(), TG.term("Source"))) {
            throw new OfficialTextException("The catalog has no source " + DOCUMENT.getURI() + " (the resolution "
                    + SYMBOL + ") for the imported PDF to be a version of.");
        }
        Node source = source();
        String name = SYMBOL + " in " + language.englishName();
        catalog.add(source, RDF.type.asNode(), TG.term("Source"));
        catalog.add(source, RDFS.label.asNode(), english(name + ", official PDF"));
        catalog.add(source, DCTerms.title.asNode(), english("United Nations Convention against Cybercrime (annex to"
                + " General Assembly resolution 79/243), " + language.englishName() + " text: the official PDF,"
                + " SHA-256 " + checksum));
        catalog.add(source, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(SYMBOL));
        catalog.add(source, DCTerms.language.asNode(), languageLiteral());
        catalog.add(source, DCTerms.format.asNode(), NodeFactory.createLiteralString("application/pdf"));
        catalog.add(source, DCTerms.isVersionOf.asNode(), DOCUMENT);
        for (Node property : List.of(DCTerms.publisher.asNode(), DCTerms.issued.asNode())) {
            curatedCatalog.find(DOCUMENT, property, Node.ANY).forEach(t -> catalog.add(source, property, t.getObject()));
        }
        catalog.add(source, TG.term("authoritative"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        Node digest = TG.id("source/a-res-79-243-pdf-" + language.tag() + "/sha256");
        catalog.add(source, spdx("checksum"), digest);
        catalog.add(digest, RDF.type.asNode(), spdx("Checksum"));
        catalog.add(digest, spdx("algorithm"), spdx("checksumAlgorithm_sha256"));
        catalog.add(digest, spdx("checksumValue"), NodeFactory.createLiteralDT(checksum, XSDDatatype.XSDhexBinary));

        Node graph = graph();
        catalog.add(graph, RDF.type.asNode(), TG.term("DataGraph"));
        catalog.add(graph, DCTerms.title.asNode(), english("Official text of the Convention in " + language.englishName()
                + ", read from the PDF of " + SYMBOL + " (imported by treatygraph import-text)"));
        catalog.add(graph, DCTerms.language.asNode(), languageLiteral());
        catalog.add(graph, NodeFactory.createURI(PROV + "wasDerivedFrom"), source);
        catalog.add(graph, NodeFactory.createURI(PROV + "generatedAtTime"), NodeFactory.createLiteralDT(
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
    }

    private Node languageLiteral() {
        return NodeFactory.createLiteralDT(language.tag(), XSDDatatype.XSDlanguage);
    }

    private static Node spdx(String localName) {
        return NodeFactory.createURI(SPDX + localName);
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new OfficialTextException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
