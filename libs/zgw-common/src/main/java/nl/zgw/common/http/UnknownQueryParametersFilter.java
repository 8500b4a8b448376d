package nl.zgw.common.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standard's rule that an unknown query parameter gives 400 ({@code unknown-parameters} on
 * {@code nonFieldErrors}). The known names are read once per operation from its declared parameters.
 * <p>
 * A list operation's filter declaration ({@link FilteredBy}) counts as declared: its parameter names are known.
 * <p>
 * {@code page} and {@code expand} are not known everywhere on purpose: as in the OAS, they are parameters of the
 * operations that have them (paginated lists; reads and lists with inclusions), so each such operation declares
 * them ({@code @QueryParam("page")}), and e.g. {@code ?page=1} on a plain-array list is an unknown parameter.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class UnknownQueryParametersFilter implements ContainerRequestFilter {

    public static final String CODE = "unknown-parameters";

    private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = KNOWN.computeIfAbsent(method, m -> knownParameters(m, resourceInfo.getResourceClass()));
        Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ZgwException.invalid(List.of(InvalidParam.nonField(CODE,
                    "Onbekende query parameters: " + String.join(", ", unknown))));
        }
    }

    static Set<String> knownParameters(Method method, Class<?> resourceClass) {
        Set<String> names = new HashSet<>();
        addExtra(resourceClass, names);
        addExtra(method, names);
        addFilters(method, names);
        for (Parameter p : method.getParameters()) {
            addQueryName(p, p.getName(), names);
            if (p.isAnnotationPresent(BeanParam.class)) {
                addBeanFields(p.getType(), names);
            }
        }
        return Set.copyOf(names);
    }

    private static void addBeanFields(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                addQueryName(f, f.getName(), names);
                if (f.isAnnotationPresent(BeanParam.class)) {
                    addBeanFields(f.getType(), names);
                }
            }
        }
    }

    private static void addQueryName(AnnotatedElement element, String javaName, Set<String> names) {
        QueryParam qp = element.getAnnotation(QueryParam.class);
        if (qp != null) {
            names.add(qp.value());
        }
        RestQuery rq = element.getAnnotation(RestQuery.class);
        if (rq != null) {
            names.add(rq.value().isEmpty() ? javaName : rq.value());
        }
    }

    private static void addFilters(Method method, Set<String> names) {
        FilteredBy filtered = method.getAnnotation(FilteredBy.class);
        if (filtered != null) {
            try {
                var constructor = filtered.value().getDeclaredConstructor();
                constructor.setAccessible(true);
                FilterDeclaration declaration = constructor.newInstance();
                names.addAll(declaration.filters().parameterNames());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("filter declaration without a public no-argument constructor: "
                        + filtered.value().getName(), e);
            }
        }
    }

    private static void addExtra(AnnotatedElement element, Set<String> names) {
        KnownQueryParameters extra = element.getAnnotation(KnownQueryParameters.class);
        if (extra != null) {
            names.addAll(List.of(extra.value()));
        }
    }
}
