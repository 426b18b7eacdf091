package org.w3id.treatygraph.web;

import java.util.List;
import org.w3id.treatygraph.http.Link;

/** The model of the message page: not found, bad request and other errors a person can act on. */
public record MessagePage(String title, String message, List<Link> suggestions) {
    public boolean hasSuggestions() {
        return !suggestions.isEmpty();
    }
}
