package nl.zgw.common.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import nl.zgw.common.problem.ZgwException;

/**
 * Every method but DELETE needs {@code Accept-Crs}; writes need {@code Content-Crs}; missing → 412, any CRS other
 * than WGS84 → 406. Responses say {@code Content-Crs: EPSG:4326}.
 */
@Provider
@GeoCrs
@Priority(Priorities.HEADER_DECORATOR)
public class GeoCrsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String CRS = "EPSG:4326";

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean write = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        if (write) {
            check(request.getHeaderString("Content-Crs"), "Content-Crs");
        }
        if (!method.equals("DELETE")) {
            check(request.getHeaderString("Accept-Crs"), "Accept-Crs");
        }
    }

    private static void check(String value, String header) {
        if (value == null || value.isBlank()) {
            throw ZgwException.preconditionFailed("precondition_failed", "'" + header + "' header ontbreekt");
        }
        if (!value.trim().equalsIgnoreCase(CRS)) {
            throw ZgwException.notAcceptable("not_acceptable", "CRS '" + value + "' is niet ondersteund");
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 300) {
            response.getHeaders().putSingle("Content-Crs", CRS);
        }
    }
}
