package org.w3id.treatygraph.linkeddata;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.vocab.IriRewriter;

/** Fuseki's Graph Store Protocol reads ({@code /get}, {@code /?graph=}) on the server's one identity. */
public final class PublicGraphStoreRead extends GSP_R {
    private final PublicBase base;

    public PublicGraphStoreRead(PublicBase base) {
        this.base = base;
    }

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        return view(super.decideDataset(action), base, action);
    }

    /** The dataset as the request's public base shows it (itself when the base is the canonical one). */
    public static DatasetGraph view(DatasetGraph store, PublicBase base, HttpAction action) {
        IriRewriter rewriter = new IriRewriter(base.of(action.getRequest()));
        return rewriter.isIdentity() ? store : new PublicView(store, rewriter);
    }
}
