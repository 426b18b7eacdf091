package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.store.TreatyStore;

/**
 * Keeps a running store current with the depositary ({@code serve --depositary-url URL --refresh-every 24h}): on a
 * schedule, fetches the record, imports it as {@code import-depositary} does (validated with the curated files;
 * nothing is written when it is invalid), and only when it adds or corrects a treaty action writes the files and
 * reloads the store (the load's one transaction recomputes the entailments and the status). A record that changes
 * nothing is not applied. The "status as at" date of a fetched record is the day it was fetched (UTC).
 */
public final class DepositaryRefresh implements AutoCloseable {
    private final ProjectFiles files;
    private final TreatyStore store;
    private final URI url;
    private final String treatySlug;
    private final String mtdsg;
    private final Consumer<String> log;
    private ScheduledExecutorService scheduler;

    public DepositaryRefresh(ProjectFiles files, TreatyStore store, URI url, String treatySlug, String mtdsg,
                             Consumer<String> log) {
        this.files = files;
        this.store = store;
        this.url = url;
        this.treatySlug = treatySlug;
        this.mtdsg = mtdsg;
        this.log = log;
    }

    /** Runs {@link #refresh()} now and then every {@code period}, on one background thread, until closed. */
    public DepositaryRefresh start(Duration period) {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "treatygraph-depositary-refresh");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                log.accept(refresh());
            } catch (RuntimeException e) {
                log.accept("Depositary refresh from " + url + " failed, the store is unchanged: " + e.getMessage());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One refresh: fetch, import and, when something changed, write and reload. Returns what it did, in words. */
    public String refresh() {
        Path downloaded = null;
        try {
            downloaded = Files.createTempFile("treatygraph-record-", ".xml");
            RecordDownload.fetch(url, downloaded);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            DepositaryImport depositaryImport = new DepositaryImport(files, treatySlug,
                    new StatusRecord(mtdsg, today, RecordDownload.fileName(url)));
            Path output = depositaryImport.defaultOutput();
            DepositaryImport.Plan plan = depositaryImport.plan(downloaded, output, OffsetDateTime.now(ZoneOffset.UTC));
            if (plan.newEvents() + plan.correctedEvents() + plan.claims() == 0 && Files.exists(output)) {
                return "Depositary record " + url + " fetched: no new or corrected treaty action; nothing applied.";
            }
            depositaryImport.apply(plan, "# Fetched by `treatygraph serve --depositary-url` from " + url + " on " + today
                    + " (MTDSG " + mtdsg + "). Do not edit by hand.\n");
            return "Depositary record " + url + " applied: " + plan.describe() + ". "
                    + DataLoader.ensureLoaded(store, files, false).describe();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (downloaded != null) {
                try {
                    Files.deleteIfExists(downloaded);
                } catch (IOException e) {
                    log.accept("Cannot delete " + downloaded + ": " + e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
