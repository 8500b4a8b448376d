package nl.zgw.common.subresource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.persistence.IdentifiedEntity;
import nl.zgw.common.query.ListQueries;

import java.util.function.Function;

/** Where a service declares its {@link SubResource}s (once, in its constructor). */
@ApplicationScoped
public class SubResources {

    private final SubResource.Deps deps;

    public SubResources(ListQueries lists, Wijzigingen wijzigingen, EntityManager em) {
        this.deps = new SubResource.Deps(lists, wijzigingen, em);
    }

    /**
     * A sub-resource of entity {@code type}, named {@code naam} in its notifications and audit trail entries
     * (e.g. {@code rol}), hanging off the hoofdobject {@code hoofdobjectVan} gives.
     */
    public <E extends IdentifiedEntity, H> SubResource<E, H> declare(Class<? extends E> type, String naam,
                                                                     Hoofdobject<H> hoofdobject,
                                                                     Function<E, H> hoofdobjectVan) {
        return new SubResource<>(deps, type, naam, hoofdobject, hoofdobjectVan);
    }
}
