package nl.zgw.common.support;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import nl.zgw.common.events.CallbackAuth;
import nl.zgw.common.events.Notificatie;
import nl.zgw.common.events.NotificatieCallback;
import nl.zgw.common.events.NotificatieHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The consumer kit's callback as a service declares it, with a handler that keeps what it received. */
@Path("/test/callback")
public class TestCallback extends NotificatieCallback {

    public TestCallback(CallbackAuth auth, @Any Instance<NotificatieHandler> handlers) {
        super(auth, handlers);
    }

    /** Handles kanaal {@code things}. */
    @Singleton
    public static class ThingsHandler implements NotificatieHandler {

        public final List<Notificatie> ontvangen = new CopyOnWriteArrayList<>();

        @Override
        public String kanaal() {
            return TestKanaal.NAAM;
        }

        @Override
        public void handle(Notificatie notificatie) {
            ontvangen.add(notificatie);
        }
    }
}
