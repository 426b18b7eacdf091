package org.w3id.treatygraph.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.w3id.treatygraph.cli.TreatyGraphCommand;
import picocli.CommandLine;

/**
 * A synthetic MTDSG status record of the UN Convention against Cybercrime, served by a local HTTP server and imported
 * with {@code import-depositary --from-url} into a home: 40 member States as the depositary writes them (some with
 * footnote marks) ratifying one a day from 1 March 2026, so that the 40th (9 April) fixes the entry into force on
 * 8 July 2026.
 */
final class SyntheticRecord implements AutoCloseable {
    static final List<String> FIRST_FORTY = List.of("Algeria", "Angola", "Australia", "Austria<superscript>1</superscript>",
            "Belarus", "Belgium 2", "Brazil", "Brunei Darussalam", "Burkina Faso", "Cambodia", "Chile", "China",
            "Costa Rica", "Côte d'Ivoire", "Cuba", "Czech Republic", "Democratic People's Republic of Korea",
            "Democratic Republic of the Congo", "Djibouti", "Dominican Republic", "Ecuador", "Egypt", "France", "Ghana",
            "Greece", "Guinea-Bissau", "Iran (Islamic Republic of)", "Ireland", "Jamaica", "Kazakhstan",
            "Venezuela (Bolivarian Republic of)", "Türkiye", "Netherlands (Kingdom of the)", "Republic of Korea",
            "United Kingdom of Great Britain and Northern Ireland", "Viet Nam", "Bolivia (Plurinational State of)",
            "United Republic of Tanzania", "Lao People's Democratic Republic", "Republic of Moldova");
    static final LocalDate FIRST_RATIFICATION = LocalDate.of(2026, 3, 1);

    private final HttpServer server;
    private final AtomicReference<byte[]> served = new AtomicReference<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    SyntheticRecord() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/XVIII-16.en.xml", exchange -> {
            byte[] body = served.get();
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        });
        server.start();
    }

    /** The rows of the first forty States: signed 25 October 2025, ratified one a day from 1 March 2026. */
    static List<String> fortyRatifications() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < FIRST_FORTY.size(); i++) {
            rows.add(row(FIRST_FORTY.get(i), "25 Oct 2025", day(FIRST_RATIFICATION.plusDays(i))));
        }
        return rows;
    }

    /** Serves a record of {@code rows} from now on. */
    void serve(List<String> rows) {
        served.set(record(rows));
    }

    /** Runs {@code import-depositary --from-url} into {@code home}; the exit code. */
    int importInto(Path home, String statusDate) {
        CommandLine command = TreatyGraphCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/XVIII-16.en.xml";
        return command.execute("import-depositary", "--from-url", url, "--treaty", "un-cybercrime-convention",
                "--mtdsg", "XVIII-16", "--status-date", statusDate, "--home", home.toString(), "--mem");
    }

    /** A date as the depositary writes it: "1 Mar 2026". */
    static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + date.getYear();
    }

    static String row(String participant, String signature, String consent) {
        return "<Row><Entry>" + participant.replace("'", "&apos;") + "</Entry><Entry>" + signature + "</Entry><Entry>"
                + consent + "</Entry></Row>";
    }

    private static byte[] record(List<String> rows) {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Treaty><Participants><Table><TGroup cols=\"3\">"
                + "<Tbody><Rows>\n" + String.join("\n", rows) + "\n</Rows></Tbody></TGroup></Table></Participants></Treaty>\n";
        return xml.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
