package nl.zgw.common.security.ac;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.events.Notificatie;
import nl.zgw.common.events.NotificatieHandler;
import org.jboss.logging.Logger;

/**
 * Kanaal {@code autorisaties}: any change of an Applicatie (update, partial_update, destroy; also a credential's new
 * or deleted secret, which the Autorisaties API announces as an update) empties the {@link AutorisatiesCache}.
 * All of it: the notification names the Applicatie, not its client ids, and changes are rare.
 */
@ApplicationScoped
public class AutorisatiesWijzigingen implements NotificatieHandler {

    private static final Logger LOG = Logger.getLogger(AutorisatiesWijzigingen.class);

    private final AutorisatiesCache cache;

    public AutorisatiesWijzigingen(AutorisatiesCache cache) {
        this.cache = cache;
    }

    @Override
    public String kanaal() {
        return AutorisatiesCache.KANAAL;
    }

    @Override
    public void handle(Notificatie notificatie) {
        if ("create".equals(notificatie.actie())) {
            // a new Applicatie makes nothing kept stale: a client id belongs to one Applicatie at most, and a client
            // without one is never kept
            return;
        }
        cache.invalidateAll();
        LOG.debugf("Autorisaties changed (%s %s): cache emptied", notificatie.actie(), notificatie.resourceUrl());
    }
}
