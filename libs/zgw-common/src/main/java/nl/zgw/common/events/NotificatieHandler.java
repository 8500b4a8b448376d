package nl.zgw.common.events;

import java.util.Map;

/**
 * The consumer-side SPI: a CDI bean per kanaal this service subscribes to. The {@link AbonnementRegistratie}
 * subscribes to every handler's kanaal with its filters; the service's {@link NotificatieCallback} hands each
 * received notification to the handlers of its kanaal.
 */
public interface NotificatieHandler {

    /** The kanaal, e.g. {@code zaaktypen}. */
    String kanaal();

    /** The abonnement's filters on the kanaal's kenmerken; empty: every notification on it. */
    default Map<String, String> filters() {
        return Map.of();
    }

    /** Handles one notification; an exception answers 500, so the Notificaties API delivers it again. */
    void handle(Notificatie notificatie);
}
