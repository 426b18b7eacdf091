package org.w3id.treatygraph.write;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.w3id.treatygraph.http.HttpError;

/**
 * {@code POST /update}: SPARQL 1.1 Update, as {@code application/sparql-update} or as a form, with a
 * credential, through the {@link WriteGate}. LOAD is refused: the server fetches nothing for clients.
 */
final class UpdateOperation extends PostOperation {
    private final WriteGate gate;

    UpdateOperation(WriteRequests requests, WriteGate gate) {
        super(requests);
        this.gate = gate;
    }

    @Override
    public void execute(HttpAction action) {
        String credential = requests.authenticate(action.getRequest());
        UpdateRequest updates = parse(action.getRequest());
        if (updates.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            throw HttpError.forbidden("LOAD is refused: this server does not fetch URLs for clients. Send the data"
                    + " itself with PUT or POST to /data?graph=IRI.");
        }
        WriteGate.Result result;
        try {
            result = gate.apply("SPARQL Update", credential, store -> UpdateAction.execute(updates, store));
        } catch (WriteRejectedException | HttpError e) {
            throw e;
        } catch (RuntimeException e) {
            throw HttpError.badRequest("The update could not be carried out: " + e.getMessage());
        }
        requests.committed(action, "Update", credential, result);
    }

    private UpdateRequest parse(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().split(";")[0].strip().toLowerCase();
        String text = switch (contentType) {
            case "application/sparql-update" -> new String(requests.body(request), StandardCharsets.UTF_8);
            case "application/x-www-form-urlencoded" -> formParameter(new String(requests.body(request),
                    StandardCharsets.UTF_8), "update").orElseThrow(() -> HttpError.badRequest("The form has no 'update' parameter."));
            default -> throw new HttpError(415, "An update is sent as application/sparql-update or as a form"
                    + " (application/x-www-form-urlencoded) with an 'update' parameter, not as '" + contentType + "'.");
        };
        try {
            return UpdateFactory.create(text);
        } catch (QueryParseException e) {
            throw HttpError.badRequest("SPARQL Update syntax error: " + e.getMessage());
        }
    }

    private static Optional<String> formParameter(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
