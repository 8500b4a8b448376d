package nl.zgw.common.security.autorisaties;

import nl.zgw.common.security.jwt.CurrentCaller;

import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.problem.ZgwException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the current caller may do in this component (standard §2, zrc-006): scope checks, per-object checks on type
 * and vertrouwelijkheidaanduiding, and the list predicate. The Applicatie is looked up once per request.
 * <p>
 * An autorisatie for zrc or drc without {@code maxVertrouwelijkheidaanduiding} allows no object at all: the
 * Autorisaties API requires the field for those components, so its absence is a broken autorisatie and we fail
 * closed rather than read it as "unlimited". brc has no vertrouwelijkheid: the besluittype alone decides.
 */
@RequestScoped
public class Autorisaties {

    /** The components whose objects carry a vertrouwelijkheidaanduiding (standard §2 step 4). */

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
        return mayAccessIn(component, scope, type, level);
    }

    /**
     * {@link #mayAccess} by the caller's autorisaties for another component ({@code drc} for a document this service
     * shows in an {@code expand}): the caller's Applicatie holds those too.
     */
    public boolean mayAccessIn(String component, String scope, String type, Vertrouwelijkheidaanduiding level) {
        Applicatie app = applicatie();
        if (app == null) {
            return false;
        }
        if (app.heeftAlleAutorisaties()) {
            return true;
        }
        return autorisatiesIn(app, component).stream().anyMatch(a -> a.scopes().contains(scope)
                && (type == null || Objects.equals(type, a.type()))
                && (level == null || a.maxVertrouwelijkheidaanduiding() != null
                    && level.atMost(a.maxVertrouwelijkheidaanduiding())));
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
        boolean withLevels = Component.of(component).map(Component::hasVertrouwelijkheid).orElse(false);
        // several autorisaties for one type: the highest max wins
        Map<String, Vertrouwelijkheidaanduiding> max = new LinkedHashMap<>();
        Set<String> typeOnly = new LinkedHashSet<>();
        for (Autorisatie a : ownAutorisaties(app)) {
            if (!a.scopes().contains(scope) || a.type() == null) {
                continue;
            }
            if (!withLevels) {
                typeOnly.add(a.type());
            } else if (a.maxVertrouwelijkheidaanduiding() != null) {
                max.merge(a.type(), a.maxVertrouwelijkheidaanduiding(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
            }
        }
        List<TypeFilter.Grant> grants = new ArrayList<>();
        typeOnly.forEach(t -> grants.add(new TypeFilter.Grant(t, null)));
        max.forEach((t, v) -> grants.add(new TypeFilter.Grant(t, v.andBelow())));
        return TypeFilter.of(grants);
    }

    private List<Autorisatie> ownAutorisaties(Applicatie app) {
        return autorisatiesIn(app, component);
    }

    private static List<Autorisatie> autorisatiesIn(Applicatie app, String component) {
        return app.autorisaties().stream().filter(a -> component.equals(a.component())).toList();
    }
}
