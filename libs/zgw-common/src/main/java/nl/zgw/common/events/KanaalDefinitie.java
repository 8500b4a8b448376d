package nl.zgw.common.events;

import java.util.List;

/**
 * A kanaal this service publishes on. Produce one CDI bean per kanaal; the relay registers each at the Notificaties
 * API at startup (idempotently) before it relays anything on it.
 */
public record KanaalDefinitie(String naam, String documentatieLink, List<String> filters) {

    public KanaalDefinitie {
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
