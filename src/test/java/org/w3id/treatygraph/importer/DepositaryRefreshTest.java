package org.w3id.treatygraph.importer;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.status.StatusChange;
import org.w3id.treatygraph.status.StatusService;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.store.TreatyStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheduled refresh against a local HTTP server that serves two successive records. */
class DepositaryRefreshTest {
    private static final String ACTION = "https://w3id.org/treatygraph/id/action/un-cybercrime-convention/";

    @TempDir
    Path home;

    private static byte[] record(String... rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Treaty><Participants><Table>"
                + "<TGroup cols=\"3\"><Tbody><Rows>");
        for (String row : rows) {
            String[] cells = row.split("\\|", -1);
            xml.append("<Row><Entry>").append(cells[0]).append("</Entry><Entry>").append(cells[1])
                    .append("</Entry><Entry>").append(cells[2]).append("</Entry></Row>");
        }
        return xml.append("</Rows></Tbody></TGroup></Table></Participants></Treaty>").toString()
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void eachRefreshAppliesOnlyWhatChangedAndRecordsItAsChangeEvents() throws Exception {
        TestProject.copyHomeTo(home);
        byte[][] served = {record("Algeria|25 Oct 2025|2 Mar 2026")};
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, served[0].length);
            exchange.getResponseBody().write(served[0]);
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/doc/Publication/MTDSG/XVIII-16.en.xml");
        BlockingQueue<String> log = new LinkedBlockingQueue<>();
        try (TreatyStore store = TreatyStore.inMemory()) {
            ProjectFiles files = ProjectFiles.at(home);
            DataLoader.ensureLoaded(store, files, false);
            StatusService status = new StatusService(store.datasetGraph());
            OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);

            try (DepositaryRefresh refresh = new DepositaryRefresh(files, store, url, "un-cybercrime-convention",
                    "XVIII-16", log::add).start(Duration.ofHours(24))) {
                String first = log.poll(120, TimeUnit.SECONDS);
                assertTrue(first != null && first.contains("applied: 1 new and 0 corrected"), String.valueOf(first));
            }
            assertEquals(1, status.at(LocalDate.of(2026, 3, 2)).instruments());

            DepositaryRefresh refresh = new DepositaryRefresh(files, store, url, "un-cybercrime-convention", "XVIII-16",
                    log::add);
            assertTrue(refresh.refresh().contains("nothing applied"), "the same record again changes nothing");

            served[0] = record("Algeria|25 Oct 2025|2 Mar 2026", "Uruguay|25 Oct 2025|3 Mar 2026 a");
            OffsetDateTime second = OffsetDateTime.now();
            assertTrue(refresh.refresh().contains("applied: 1 new and 1 corrected"));
            List<StatusChange> changes = status.changesSince(second);
            assertEquals(List.of("corrected " + ACTION + "signature/URY", "new " + ACTION + "accession/URY"),
                    changes.stream().map(c -> c.kind() + " " + c.event()).sorted().toList());
            assertEquals(3, status.changesSince(start).size(), "Algeria's ratification, then Uruguay's two actions");
            assertEquals(3, status.changesSince(start.toLocalDate().minusDays(1)).size());
            assertEquals(0, status.changesSince(start.toLocalDate().plusDays(2)).size());
            assertEquals(2, status.at(LocalDate.of(2026, 3, 3)).instruments());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRecordThatCannotBeFetchedLeavesTheStoreUnchanged(@TempDir Path other) throws IOException {
        TestProject.copyHomeTo(other);
        try (TreatyStore store = TreatyStore.inMemory()) {
            DepositaryRefresh refresh = new DepositaryRefresh(ProjectFiles.at(other), store,
                    URI.create("http://127.0.0.1:9/none.xml"), "un-cybercrime-convention", "XVIII-16", m -> { });
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, refresh::refresh);
            assertEquals(0, store.size());
        }
    }
}
