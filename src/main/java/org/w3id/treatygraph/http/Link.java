package org.w3id.treatygraph.http;

/** A link as pages show it: text, target, and an optional tooltip. */
public record Link(String text, String href, String title) {
    public static Link of(String text, String href) {
        return new Link(text, href, null);
    }
}
