package org.w3id.treatygraph.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.web.MessagePage;
import org.w3id.treatygraph.web.PageRenderer;

/**
 * {@code /find?q=art 16(5)} or {@code /find?article=16&paragraph=5[&subparagraph=a][&treaty=budapest]}: the
 * provision a citation names. One match: {@code 303} to its {@code /id/…} IRI. No treaty named means the Hanoi
 * Convention, this graph's subject, when it has the provision (other treaties where it has not); {@code treaty=any}
 * asks for every treaty. A citation that fits several: {@code 300 Multiple Choices} with the list (HTML, JSON or
 * text); none: 404 with what the graph does hold; a text that is no citation: 400.
 */
public final class FindHandler implements Handler {
    private static final List<Representation> OFFERS = List.of(Representation.HTML, Representation.JSON, Representation.TEXT);

    /** A provision that fits. */
    record Choice(Node resource, String label) {}

    private static final String CONVENTION = TG.id("treaty/un-cybercrime-convention/").getURI();

    private final DatasetGraph dataset;
    private final PageRenderer pages;

    public FindHandler(DatasetGraph dataset, PageRenderer pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        Citation citation = citation(exchange);
        IriRewriter rewriter = exchange.rewriter();
        List<Choice> choices = Txn.calculateRead(dataset, () -> {
            List<Choice> found = new ArrayList<>();
            for (String treaty : citation.treaties()) {
                Node resource = TG.id(citation.path(treaty));
                if (dataset.contains(Node.ANY, resource, Node.ANY, Node.ANY)) {
                    found.add(new Choice(resource, Citation.TREATY_NAMES.get(treaty) + ": " + label(resource)));
                }
            }
            boolean anyTreaty = "any".equalsIgnoreCase(exchange.parameter("treaty"));
            List<Choice> convention = found.stream().filter(c -> c.resource().getURI().startsWith(CONVENTION)).toList();
            return citation.treaty().isEmpty() && !anyTreaty && !convention.isEmpty() ? convention : found;
        });
        if (choices.size() == 1) {
            exchange.response().setHeader("Cache-Control", "no-cache");
            exchange.redirect(303, rewriter.toPublic(choices.get(0).resource().getURI()));
            return;
        }
        if (choices.isEmpty()) {
            throw HttpError.notFound(notFound(citation));
        }
        multipleChoices(exchange, citation, choices);
    }

    private static Citation citation(Exchange exchange) {
        if (!exchange.rest().isEmpty()) {
            throw HttpError.notFound("Not found: " + exchange.request().getRequestURI() + ". Look up at /find?q=art 16(5)");
        }
        String q = exchange.parameter("q");
        String article = exchange.parameter("article");
        String named = exchange.parameter("treaty");
        String treaty = "any".equalsIgnoreCase(named) ? null : named;
        try {
            if (q == null && article != null) {
                return Citation.of(treaty, article, exchange.parameter("paragraph"), exchange.parameter("subparagraph"));
            }
            Citation parsed = Citation.parse(q);
            return parsed.treaty().isEmpty() && treaty != null && !treaty.isBlank()
                    ? new Citation(Optional.of(Citation.treaty(treaty)), parsed.article(), parsed.paragraph(),
                    parsed.subparagraph())
                    : parsed;
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    /** What the graph holds instead: the article without the paragraph, or nothing of that number. */
    private String notFound(Citation citation) {
        return Txn.calculateRead(dataset, () -> {
            List<String> articles = new ArrayList<>();
            for (String treaty : citation.treaties()) {
                Node article = TG.id("treaty/" + treaty + "/article/" + citation.article());
                if (dataset.contains(Node.ANY, article, Node.ANY, Node.ANY)) {
                    articles.add(Citation.TREATY_NAMES.get(treaty) + " " + label(article) + " (" + article.getURI() + ")");
                }
            }
            String where = citation.treaty().map(t -> " of the " + Citation.TREATY_NAMES.get(t)).orElse(" of any treaty");
            return articles.isEmpty()
                    ? "No article " + citation.article() + where + " is in the graph."
                    : "No " + citation.describe() + where + " is in the graph (the graph models the paragraphs of the UN"
                    + " Convention against Cybercrime only). It has " + String.join("; ", articles) + ".";
        });
    }

    private void multipleChoices(Exchange exchange, Citation citation, List<Choice> choices) throws IOException {
        IriRewriter rewriter = exchange.rewriter();
        Representation format = exchange.negotiate(OFFERS);
        String message = choices.size() + " provisions fit \"" + citation.describe() + "\": name the treaty (e.g. \"Budapest "
                + citation.describe() + "\") or choose one.";
        exchange.response().setHeader("Cache-Control", "no-cache");
        if (format == Representation.JSON) {
            JsonObject json = new JsonObject();
            json.put("status", 300);
            json.put("message", message);
            JsonArray list = new JsonArray();
            for (Choice choice : choices) {
                JsonObject item = new JsonObject();
                item.put("iri", choice.resource().getURI());
                item.put("page", rewriter.toPublic(choice.resource().getURI()));
                item.put("label", choice.label());
                list.add(item);
            }
            json.put("choices", list);
            exchange.send(300, format.contentType(), JSON.toString(json).getBytes(StandardCharsets.UTF_8));
        } else if (format == Representation.HTML) {
            List<Link> links = choices.stream()
                    .map(c -> Link.of(c.label(), rewriter.toPublic(c.resource().getURI()))).toList();
            exchange.send(300, format.contentType(), out -> pages.render("message",
                    PageRenderer.Site.of(exchange), new MessagePage("Several provisions fit", message, links), out));
        } else {
            StringBuilder text = new StringBuilder(message);
            choices.forEach(c -> text.append("\n").append(rewriter.toPublic(c.resource().getURI())).append("  ").append(c.label()));
            exchange.sendText(300, text.toString());
        }
    }

    private String label(Node resource) {
        return dataset.stream(Node.ANY, resource, RDFS.label.asNode(), Node.ANY).map(q -> q.getObject())
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst()
                .orElse(resource.getURI().substring(resource.getURI().lastIndexOf("/article/") + 1));
    }
}
