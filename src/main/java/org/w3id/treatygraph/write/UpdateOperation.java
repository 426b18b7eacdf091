package org.w3id.treatygraph.write;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.RequestBody;

/**
 * {@code POST /update}: SPARQL 1.1 Update, as {@code application/sparql-update} or as a form, with a
 * credential, through the {@link WriteGate}. LOAD is refused: the server fetches nothing for clients.
 */
final class UpdateOperation extends PostOperation {
    private final WriteGate gate;
    private final Duration timeout;

    UpdateOperation(WriteRequests requests, WriteGate gate, Duration timeout) {
        super(requests);
        this.gate = gate;
        this.timeout = timeout;
    }

    @Override
    public void execute(HttpAction action) {
        String credential = requests.authenticate(action.getRequest());
        UpdateRequest updates = parse(action.getRequest());
        if (updates.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            throw HttpError.forbidden("LOAD is refused: this server does not fetch URLs for clients. Send the data"
                    + " itself with PUT or POST to /data?graph=IRI.");
        }
        UpdateTargets.of(updates).forEach(WriteGate::refuseProtected);
        WriteGate.Result result;
        try {
            result = gate.apply("SPARQL Update", credential, store -> UpdateExec.dataset(store).update(updates)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).execute());
        } catch (WriteRejectedException | HttpError e) {
            throw e;
        } catch (QueryCancelledException e) {
            throw new HttpError(503, "The update ran longer than the limit of " + timeout.toSeconds()
                    + " s and was stopped; nothing was changed. Split it into smaller updates.");
        } catch (RuntimeException e) {
            throw HttpError.badRequest("The update could not be carried out: " + e.getMessage());
        }
        requests.committed(action, "Update", credential, result);
    }

    private UpdateRequest parse(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().split(";")[0].strip().toLowerCase();
        String text = switch (contentType) {
            case "application/sparql-update" -> RequestBody.utf8(requests.body(request));
            case "application/x-www-form-urlencoded" -> formParameter(RequestBody.utf8(requests.body(request)), "update").orElseThrow(() -> HttpError.badRequest("The form has no 'update' parameter."));
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
        try {
            for (String pair : form.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                    return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException malformed) {
            throw HttpError.badRequest("The form is not URL-encoded correctly: " + malformed.getMessage());
        }
    }
}
