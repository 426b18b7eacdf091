package org.w3id.treatygraph.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.http.PublicBase;

/** An error as a page a person can act on: its message and where to go next. */
public final class ErrorPage implements ErrorResponder.HtmlPage {
    private final PageRenderer pages;
    private final PublicBase base;

    public ErrorPage(PageRenderer pages, PublicBase base) {
        this.pages = pages;
        this.base = base;
    }

    @Override
    public void write(HttpServletRequest request, HttpError error, OutputStream out) throws IOException {
        String site = base.of(request);
        String title = switch (error.status()) {
            case 404 -> "Not found";
            case 406 -> "Not acceptable";
            case 500 -> "Server error";
            default -> "Request refused";
        };
        String message = error.detail() == null ? error.getMessage() : error.getMessage() + " " + error.detail();
        pages.render("message", new PageRenderer.Site(site, PublicBase.own(request)), new MessagePage(title, message, List.of(
                Link.of("Home page", site),
                Link.of("The UN Convention against Cybercrime", site + "id/treaty/un-cybercrime-convention"),
                Link.of("SPARQL query editor", site + "editor"))), out);
    }
}
