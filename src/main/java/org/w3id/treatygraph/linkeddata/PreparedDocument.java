package org.w3id.treatygraph.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.w3id.treatygraph.http.HttpCaching;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.http.ResponseHeaders;

/**
 * One rendered document with everything its answer carries, prepared once per store version: the body, its
 * validators and its headers (Content-Location, Link with every alternate, Content-Profile), encoded once. A hit
 * in the {@link DocumentCache} then costs a lookup and a copy, not a rendering or a header built per request.
 */
record PreparedDocument(byte[] body, HttpCaching.Validators validators, List<HttpField> headers) {

    /**
     * @param resourceIri the public IRI the document is about
     * @param documentUrl the public URL of the document without an extension
     * @param profile the public IRI of the profile the body follows, or null
     */
    static PreparedDocument of(byte[] body, HttpCaching.Validators validators, String resourceIri,
                               String documentUrl, Representation representation, String profile) {
        List<HttpField> headers = new ArrayList<>();
        if (profile != null) {
            headers.add(ResponseHeaders.field("Content-Profile", "<" + profile + ">"));
        }
        headers.add(ResponseHeaders.field("Content-Location", documentUrl + "." + representation.extension()));
        headers.add(ResponseHeaders.field("Link", linkHeader(resourceIri, alternates(documentUrl))));
        return new PreparedDocument(body, validators, List.copyOf(headers));
    }

    /** The formats of the document at {@code documentUrl}, as links. */
    static List<Link> alternates(String documentUrl) {
        List<Link> links = new ArrayList<>();
        for (Representation representation : Representation.DOCUMENT) {
            String name = representation.isHtml() ? "HTML" : representation.lang().getLabel();
            links.add(new Link(name, documentUrl + "." + representation.extension(), representation.mediaType()));
        }
        return links;
    }

    void putHeaders(HttpServletResponse response) {
        for (HttpField header : headers) {
            ResponseHeaders.put(response, header);
        }
    }

    private static String linkHeader(String resourceIri, List<Link> alternates) {
        StringBuilder header = new StringBuilder("<" + resourceIri + ">; rel=\"about\", <" + DescriptionRenderer.LICENSE
                + ">; rel=\"license\"");
        for (Link alternate : alternates) {
            header.append(", <").append(alternate.href()).append(">; rel=\"alternate\"; type=\"")
                    .append(alternate.title()).append('"');
        }
        return header.toString();
    }
}
