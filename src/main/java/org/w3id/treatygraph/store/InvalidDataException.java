package org.w3id.treatygraph.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.w3id.treatygraph.validation.NonConformingException;
import org.w3id.treatygraph.validation.ValidationOutcome;

/** The curated files (with the graphs written through the API) do not conform to the shapes; nothing was loaded. */
public class InvalidDataException extends NonConformingException {
    private final transient List<Node> writtenGraphs;

    public InvalidDataException(ValidationOutcome outcome) {
        this(outcome, List.of());
    }

    /**
     * @param writtenGraphs the graphs written through the API that the files conflict with, when the files
     *                      alone conform (empty when the files themselves are at fault)
     */
    public InvalidDataException(ValidationOutcome outcome, List<Node> writtenGraphs) {
        super(outcome);
        this.writtenGraphs = List.copyOf(writtenGraphs);
    }

    public List<Node> writtenGraphs() {
        return writtenGraphs;
    }
}
