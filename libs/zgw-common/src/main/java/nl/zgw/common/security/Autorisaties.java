package nl.zgw.common.security;

import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.problem.ZgwException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the current caller may do in this component (standard §2, zrc-006): scope checks, per-object checks on type
 * and vertrouwelijkheidaanduiding, and the list predicate. The Applicatie is looked up once per request.
 */
@RequestScoped
public class Autorisaties {

    private final CurrentCaller caller;
    private final AutorisatieSource source;
    private final String component;
    private Applicatie applicatie;
    private boolean loaded;

    public Autorisaties(CurrentCaller caller, AutorisatieSource source, ZgwApiConfig config) {
        this.caller = caller;
        this.source = source;
        this.component = config.component();
    }

    public Applicatie applicatie() {
        if (!loaded) {
            applicatie = caller.get().flatMap(c -> source.applicatie(c.clientId())).orElse(null);
            loaded = true;
        }
        return applicatie;
    }

    public boolean hasAnyScope(String... scopes) {
        Applicatie app = applicatie();
        if (app == null) {
            return false;
        }
        if (app.heeftAlleAutorisaties()) {
            return true;
        }
        return ownAutorisaties(app).stream()
                .anyMatch(a -> Arrays.stream(scopes).anyMatch(a.scopes()::contains));
    }

    /**
     * May the caller use {@code scope} on an object of {@code type} with level {@code level}? For components without
     * types (ztc, nrc, ac) pass null for both.
     */
    public boolean mayAccess(String scope, String type, Vertrouwelijkheidaanduiding level) {
        Applicatie app = applicatie();
        if (app == null) {
            return false;
        }
        if (app.heeftAlleAutorisaties()) {
            return true;
        }
        return ownAutorisaties(app).stream().anyMatch(a -> a.scopes().contains(scope)
                && (type == null || Objects.equals(type, a.type()))
                && (level == null || a.maxVertrouwelijkheidaanduiding() == null
                    || level.atMost(a.maxVertrouwelijkheidaanduiding())));
    }

    /**
     * AC 1.1 {@code alleenIsGereedVoorPublicatie}: the caller may only read documents with
     * {@code isGereedVoorPublicatie = true} (the Documenten API applies it to reads and lists).
     */
    public boolean alleenIsGereedVoorPublicatie() {
        Applicatie app = applicatie();
        return app != null && app.alleenIsGereedVoorPublicatie();
    }

    /** {@link #mayAccess} or 403. */
    public void require(String scope, String type, Vertrouwelijkheidaanduiding level) {
        if (!mayAccess(scope, type, level)) {
            throw ZgwException.permissionDenied();
        }
    }

    /** The list predicate for {@code scope}: which types (and levels) the caller may see. */
    public TypeFilter listFilter(String scope) {
        Applicatie app = applicatie();
        if (app == null) {
            return TypeFilter.of(List.of());
        }
        if (app.heeftAlleAutorisaties()) {
            return TypeFilter.everything();
        }
        // several autorisaties for one type: the highest max wins
        Map<String, Vertrouwelijkheidaanduiding> max = new LinkedHashMap<>();
        Map<String, Boolean> unlimited = new LinkedHashMap<>();
        for (Autorisatie a : ownAutorisaties(app)) {
            if (!a.scopes().contains(scope) || a.type() == null) {
                continue;
            }
            if (a.maxVertrouwelijkheidaanduiding() == null) {
                unlimited.put(a.type(), true);
            } else {
                max.merge(a.type(), a.maxVertrouwelijkheidaanduiding(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
            }
        }
        List<TypeFilter.Grant> grants = new java.util.ArrayList<>();
        unlimited.keySet().forEach(t -> grants.add(new TypeFilter.Grant(t, null)));
        max.forEach((t, v) -> {
            if (!unlimited.containsKey(t)) {
                grants.add(new TypeFilter.Grant(t, v.andBelow()));
            }
        });
        return TypeFilter.of(grants);
    }

    private List<Autorisatie> ownAutorisaties(Applicatie app) {
        return app.autorisaties().stream().filter(a -> component.equals(a.component())).toList();
    }
}
