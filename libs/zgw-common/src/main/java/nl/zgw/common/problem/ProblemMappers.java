package nl.zgw.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

/**
 * Maps every failure to the standard's problem+json body. Nothing internal (class names, stack traces, SQL)
 * ever reaches a client: the last-resort 500 only carries an {@code instance} id that is also logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response zgw(ZgwException e) {
        return Problems.response(e);
    }

    /** Not JSON at all; a body that is JSON but binds badly is the dialect's ({@code request.BodyErrorMappers}). */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return parseError("De request body is geen geldige JSON.");
    }

    /** A 400 is a ValidatieFout, so it always has {@code invalidParams} (the OAS requires the field). */
    private static Response parseError(String detail) {
        return Problems.response(new ZgwException(400, "parse_error", "Ongeldige invoer.", detail,
                List.of(InvalidParam.nonField("parse_error", detail))));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        if (e.getCause() instanceof ZgwException z) {
            return Problems.response(z); // a query parameter that QueryParamConverters refused
        }
        return Problems.response(ZgwException.notFound());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response r = Problems.response(405, "method_not_allowed", "Methode niet toegestaan.",
                "Deze HTTP-methode is niet toegestaan op deze resource.");
        String allow = e.getResponse().getHeaderString("Allow");
        return allow == null ? r : Response.fromResponse(r).header("Allow", allow).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return Problems.response(406, "not_acceptable", "Niet aanvaardbaar.",
                "Kan niet voldoen aan de opgegeven Accept header.");
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return Problems.response(415, "unsupported_media_type", "Mediatype niet ondersteund.",
                "Gebruik Content-Type: application/json.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof ZgwException z) {
            return Problems.response(z);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return lastResort(e);
        }
        if (status == 400) {
            return parseError("Het verzoek kon niet verwerkt worden.");
        }
        return Problems.response(status, "error", Response.Status.fromStatusCode(status) == null ? "Fout."
                : Response.Status.fromStatusCode(status).getReasonPhrase(), "Het verzoek kon niet verwerkt worden.");
    }

    @ServerExceptionMapper
    public Response lastResort(Throwable e) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.errorf(e, "Unhandled error, instance %s", instance);
        return Problems.response(new Fout(Problems.TYPE_BASE + "error", "error", "Er is een serverfout opgetreden.", 500,
                "Er is een onverwachte fout opgetreden; meld het instance-nummer aan de beheerder.", instance, null));
    }
}
