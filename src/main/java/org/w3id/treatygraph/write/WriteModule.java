package org.w3id.treatygraph.write;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.vocab.TG;

/**
 * Adds the write side to Fuseki as operations of the dataset: {@code /update} (SPARQL Update),
 * {@code /data} (Graph Store Protocol: Fuseki's reads, gated writes) and {@code /validate}, all behind the
 * SHACL gate. Without credentials the endpoints exist and answer writes with 404.
 */
public final class WriteModule implements FusekiModule {
    static final Operation UPDATE = Operation.alloc(TG.NS + "operation-validated-update", "tg-update",
            "SPARQL Update through the SHACL gate");
    static final Operation GRAPH_STORE = Operation.alloc(TG.NS + "operation-validated-graph-store", "tg-gsp",
            "Graph Store Protocol, writes through the SHACL gate");
    static final Operation VALIDATE = Operation.alloc(TG.NS + "operation-validate", "tg-validate",
            "SHACL validation of posted data with the store's");

    private final String datasetName;
    private final DatasetGraph dataset;
    private final DatasetValidator validator;
    private final WriteGate gate;
    private final WriteRequests requests;
    private final Limits limits;
    private final PublicBase base;

    public WriteModule(String datasetName, DatasetGraph dataset, StoreVersion version, Supplier<Set<Node>> fileGraphs,
                       Credentials credentials, Limits limits, PublicBase base, ErrorResponder errors) {
        this.datasetName = datasetName;
        this.dataset = dataset;
        // The shapes are parsed at the first write or /validate, not at start (reads do not need them).
        this.validator = DatasetValidator.fromShapesGraphOfWhenUsed(dataset);
        this.gate = new WriteGate(dataset, validator, version, fileGraphs);
        this.requests = new WriteRequests(credentials, limits.maxBodyBytes(), errors);
        this.limits = limits;
        this.base = base;
    }

    @Override
    public String name() {
        return "TreatyGraph writes";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.registerOperation(UPDATE, new UpdateOperation(requests, gate, limits.queryTimeout()))
                .registerOperation(GRAPH_STORE, new GraphStoreOperation(requests, gate, base))
                .registerOperation(VALIDATE, new ValidateOperation(requests, dataset, validator))
                .addEndpoint(datasetName, "update", UPDATE)
                .addEndpoint(datasetName, "data", GRAPH_STORE)
                .addEndpoint(datasetName, "validate", VALIDATE);
    }
}
