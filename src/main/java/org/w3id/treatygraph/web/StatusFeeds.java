package org.w3id.treatygraph.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.HttpCaching;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.status.StatusChange;
import org.w3id.treatygraph.status.StatusEvent;
import org.w3id.treatygraph.status.StatusService;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * Atom feeds of the status changes depositary imports record ({@code tg:StatusChange}), written with Rome:
 * {@code /feed/status.atom} (every change) and {@code /feed/state/{ISO3}.atom} (one State's). Newest first, at most
 * {@link Limits#MAX_FEED_ENTRIES}. Each entry is one change: its id the change's IRI, {@code rel="alternate"} the
 * action's page ({@code /id/…}), {@code rel="related"} the depositary notification where the action names one,
 * {@code rel="via"} the record it was read from. ETag from the store version: a feed changes only with the store.
 */
public final class StatusFeeds {
    public static final String CONTENT_TYPE = "application/atom+xml;charset=utf-8";
    private static final Pattern STATE_FEED = Pattern.compile("([A-Z]{3})\\.atom");
    /** A depositary notification reference as the UN writes it: C.N.{number}.{year}.TREATIES-… */
    private static final Pattern NOTIFICATION = Pattern.compile("C\\.N\\.(\\d+)\\.(\\d{4})\\..*");
    private static final Node STATE = TG.term("State");
    /** Since when a feed reports changes: all of them (imports record none before 1970). */
    private static final OffsetDateTime ALL = Instant.EPOCH.atOffset(ZoneOffset.UTC);

    private final DatasetGraph dataset;
    private final StoreVersion version;

    public StatusFeeds(DatasetGraph dataset, StoreVersion version) {
        this.dataset = dataset;
        this.version = version;
    }

    /** {@code /feed/status.atom}: every recorded change. */
    public void all(Exchange exchange) throws IOException {
        send(exchange, "feed/status.atom", "Status changes of the UN Convention against Cybercrime",
                service -> service.changesSince(ALL));
    }

    /** {@code /feed/state/{ISO3}.atom}: the changes of one State; 404 for a code that names no State. */
    public void ofState(Exchange exchange) throws IOException {
        Matcher matcher = STATE_FEED.matcher(exchange.rest());
        Node state = TG.id("state/" + (matcher.matches() ? matcher.group(1) : ""));
        if (!matcher.matches() || !Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, state, RDF.type.asNode(), STATE))) {
            throw HttpError.notFound("No State feed at " + exchange.request().getRequestURI() + ". A State's feed is"
                    + " /feed/state/{ISO3}.atom with its ISO 3166-1 alpha-3 code in capitals, e.g. /feed/state/VNM.atom.");
        }
        String iso3 = matcher.group(1);
        send(exchange, "feed/state/" + iso3 + ".atom", "Status changes of the UN Convention against Cybercrime for "
                + StatusNames.of(dataset, List.of(state.getURI())).label(state.getURI()),
                service -> service.changesOf(state.getURI(), ALL));
    }

    /** The URL of a depositary notification's PDF on the UN Treaty Collection, from its reference. */
    static Optional<String> notificationUrl(String reference) {
        Matcher matcher = reference == null ? null : NOTIFICATION.matcher(reference.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of("https://treaties.un.org/doc/Publication/CN/" + matcher.group(2) + "/CN." + matcher.group(1)
                + "." + matcher.group(2) + "-Eng.pdf");
    }

    private void send(Exchange exchange, String path, String title, Function<StatusService, List<StatusChange>> changes)
            throws IOException {
        IriRewriter rewriter = exchange.rewriter();
        StoreVersion.Version current = version.current();
        String etag = HttpCaching.etag(current, path, CONTENT_TYPE, rewriter.publicBase());
        if (HttpCaching.notModified(exchange.request(), exchange.response(), etag, current)) {
            return;
        }
        StatusService service = new StatusService(dataset);
        List<StatusChange> newestFirst = changes.apply(service).stream()
                .sorted(Comparator.comparing(StatusChange::time).reversed().thenComparing(StatusChange::iri))
                .limit(Limits.MAX_FEED_ENTRIES).toList();
        SyndFeed feed = feed(path, title, newestFirst, service, rewriter, current);
        exchange.send(200, CONTENT_TYPE, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                new SyndFeedOutput().output(feed, writer);
            } catch (FeedException e) {
                throw new IllegalStateException("The feed could not be written", e);
            }
            writer.flush();
        });
    }

    private SyndFeed feed(String path, String title, List<StatusChange> changes, StatusService service,
                          IriRewriter rewriter, StoreVersion.Version current) {
        Map<String, StatusEvent> events = changes.isEmpty() ? Map.of() : service.events().stream()
                .collect(Collectors.toMap(StatusEvent::iri, e -> e, (a, b) -> a));
        Set<String> named = new LinkedHashSet<>();
        changes.forEach(c -> {
            named.add(c.event());
            if (c.party() != null) {
                named.add(c.party());
            }
        });
        StatusNames names = StatusNames.of(dataset, named);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(rewriter.url(path));
        feed.setDescription("Treaty actions the depositary's record added or corrected, as TreatyGraph's imports"
                + " recorded them. The status on any date: " + rewriter.url("status"));
        feed.setLinks(List.of(link("self", rewriter.url(path), "application/atom+xml", title),
                link("alternate", rewriter.url("status"), "text/html", "The status today")));
        feed.setAuthors(List.of(author()));
        feed.setPublishedDate(Date.from(changes.isEmpty() ? current.modified() : changes.get(0).time().toInstant()));
        List<SyndEntry> entries = new ArrayList<>();
        for (StatusChange change : changes) {
            entries.add(entry(change, events.get(change.event()), names, rewriter));
        }
        feed.setEntries(entries);
        return feed;
    }

    private static SyndEntry entry(StatusChange change, StatusEvent event, StatusNames names, IriRewriter rewriter) {
        String action = names.label(change.event());
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(change.iri());
        entry.setTitle(("corrected".equals(change.kind()) ? "Corrected: " : "New: ") + action);
        Date time = Date.from(change.time().toInstant());
        entry.setUpdatedDate(time);
        entry.setPublishedDate(time);
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", rewriter.toPublic(change.event()), "text/html", action));
        notificationUrl(change.notification()).ifPresent(url ->
                links.add(link("related", url, "application/pdf", "Depositary notification " + change.notification())));
        if (change.source() != null) {
            links.add(link("via", rewriter.toPublic(change.source()), null, "The record the change was read from"));
        }
        entry.setLinks(links);
        StringBuilder summary = new StringBuilder(action);
        if (event != null) {
            summary.append(": ").append(event.kind().className()).append(", ").append(event.date())
                    .append(event.evidenced() ? " (depositary's record)" : " (reported)");
        }
        if (change.party() != null) {
            summary.append(". Party: ").append(names.label(change.party()));
        }
        if (change.notification() != null) {
            summary.append(". Depositary notification ").append(change.notification());
        }
        if (change.previously() != null) {
            summary.append(". Previously: ").append(change.previously());
        }
        summary.append(". Action: ").append(change.event()).append('.');
        SyndContent content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(summary.toString());
        entry.setDescription(content);
        return entry;
    }

    private static SyndLink link(String rel, String href, String type, String title) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        link.setTitle(title);
        return link;
    }

    private static SyndPerson author() {
        SyndPerson person = new SyndPersonImpl();
        person.setName("TreatyGraph");
        return person;
    }
}
