package nl.zgw.autorisaties.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Path;
import nl.zgw.common.events.CallbackAuth;
import nl.zgw.common.events.NotificatieCallback;
import nl.zgw.common.events.NotificatieHandler;

/**
 * The consumer side of the Notificaties API (notificaties-consumer-api 1.0.0-rc1) at
 * {@code POST /beheer/v1/notificaties}, the library's callback: the type deletions go to
 * {@link nl.zgw.autorisaties.service.TypeVerwijderd} (see {@code config/TypeAbonnementen}).
 */
@Path("/beheer/v1/notificaties")
public class NotificatieCallbackResource extends NotificatieCallback {

    public NotificatieCallbackResource(CallbackAuth auth, @Any Instance<NotificatieHandler> handlers) {
        super(auth, handlers);
    }
}
