package nl.zgw.common.events;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Path;

/**
 * Every service's callback for its abonnement (notificaties-consumer-api 1.0.0-rc1) at
 * {@code POST /beheer/v1/notificaties}, outside the API root: each notification goes to the
 * {@link NotificatieHandler}s of its kanaal (in every service the Autorisaties cache, in the Autorisaties API also
 * the type deletions). The URL given to the Notificaties API is {@code zgw.abonnement.callback-url}.
 */
@Path("/beheer/v1/notificaties")
public class NotificatieCallbackResource extends NotificatieCallback {

    public NotificatieCallbackResource(CallbackAuth auth, @Any Instance<NotificatieHandler> handlers) {
        super(auth, handlers);
    }
}
