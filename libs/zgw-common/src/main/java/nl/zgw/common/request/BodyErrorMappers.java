package nl.zgw.common.request;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.problem.Problems;
import nl.zgw.common.validation.FieldErrors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The 400s of a body that binds badly or breaks its constraints, in the dialect: dotted paths, DRF codes, Dutch
 * reasons, {@code required} told from {@code null} by the JSON the request carried ({@link ReceivedJson}).
 */
public class BodyErrorMappers {

    private final ReceivedJson received;

    public BodyErrorMappers(ReceivedJson received) {
        this.received = received;
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        return Problems.invalid(FieldErrors.of(e.getConstraintViolations(), received.tree()));
    }

    /** Declared for the subtype too, so it wins over the Jackson extension's own mapper. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return Problems.response(JsonErrors.of(e, received.tree()));
    }

    @ServerExceptionMapper
    public Response binding(JsonMappingException e) {
        return Problems.response(JsonErrors.of(e, received.tree()));
    }
}
