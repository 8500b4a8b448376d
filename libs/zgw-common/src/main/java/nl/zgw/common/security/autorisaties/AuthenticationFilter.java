package nl.zgw.common.security.autorisaties;

import nl.zgw.common.security.jwt.JwtZgwVerifier;
import nl.zgw.common.security.jwt.CurrentCaller;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import nl.zgw.common.problem.ZgwException;
import org.jboss.logging.Logger;

/**
 * Every operation checks the JWT and then the scope its {@link RequiresScope} names; an operation that declares
 * neither {@link RequiresScope} nor {@link Unauthenticated} is refused, so a forgotten annotation fails closed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class);

    @Context
    ResourceInfo resourceInfo;
    @Inject
    JwtZgwVerifier verifier;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Autorisaties autorisaties;

    @Override
    public void filter(ContainerRequestContext request) {
        if (annotation(Unauthenticated.class) != null) {
            return;
        }
        currentCaller.set(verifier.verify(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        RequiresScope required = annotation(RequiresScope.class);
        if (required == null) {
            LOG.warnf("%s declares no @RequiresScope; refused", resourceInfo.getResourceMethod());
            throw ZgwException.permissionDenied();
        }
        if (!autorisaties.hasAnyScope(required.value())) {
            throw ZgwException.permissionDenied();
        }
    }

    private <A extends java.lang.annotation.Annotation> A annotation(Class<A> type) {
        var method = resourceInfo.getResourceMethod();
        if (method == null) {
            return null;
        }
        A a = method.getAnnotation(type);
        return a != null ? a : resourceInfo.getResourceClass().getAnnotation(type);
    }
}
