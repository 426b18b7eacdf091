package org.w3id.treatygraph.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Renders the HTML pages from the Mustache templates in {@code templates/} on the class path. Mustache
 * escapes every {{value}} for HTML, so text from the data is shown, never executed.
 */
public final class PageRenderer {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");

    /** What every page needs: where the site is, for the navigation and footer. */
    public record Site(String base) {
        public String sparql() {
            return base + "sparql";
        }
    }

    public void render(String template, Site site, Object model, OutputStream out) throws IOException {
        render(template, out, site, model);
    }

    /** Renders with several models; a name is looked up in the last model first. */
    public void render(String template, Site site, Object model, Object view, OutputStream out) throws IOException {
        render(template, out, site, model, view);
    }

    private void render(String template, OutputStream out, Object... scopes) throws IOException {
        Mustache mustache = factory.compile(template + ".mustache");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        mustache.execute(writer, scopes);
        writer.flush();
    }
}
