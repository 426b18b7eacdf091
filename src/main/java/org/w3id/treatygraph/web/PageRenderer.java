package org.w3id.treatygraph.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.w3id.treatygraph.http.Exchange;

/**
 * Renders the HTML pages from the Mustache templates in {@code templates/} on the class path. Mustache
 * escapes every {{value}} for HTML, so text from the data is shown, never executed.
 */
public final class PageRenderer {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");

    /**
     * What every page needs: the public base its links use, and the base of the server that serves it, where
     * its style sheet and its forms' targets are (a page served behind {@code --base-uri} on another host must
     * not load them from there: the content security policy allows the serving origin only).
     */
    public record Site(String base, String local) {
        public static Site of(Exchange exchange) {
            return new Site(exchange.rewriter().publicBase(), exchange.ownBase());
        }

        public String sparql() {
            return base + "sparql";
        }
    }

    public void render(String template, Site site, Object model, OutputStream out) throws IOException {
        render(template, site, List.of(model), out);
    }

    /** A page made of several models (e.g. a resource and its status block); later ones are searched first. */
    public void render(String template, Site site, List<Object> models, OutputStream out) throws IOException {
        Mustache mustache = factory.compile(template + ".mustache");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<Object> scopes = new ArrayList<>(List.of(site));
        scopes.addAll(models);
        mustache.execute(writer, scopes.toArray());
        writer.flush();
    }

    /** Renders with a second model (a page's view); a name is looked up in the later model first. */
    public void render(String template, Site site, Object model, Object view, OutputStream out) throws IOException {
        render(template, site, List.of(model, view), out);
    }
}
