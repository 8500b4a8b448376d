package nl.zgw.autorisaties.service;

import nl.zgw.common.events.Notificatie;
import nl.zgw.common.events.NotificatieHandler;
import nl.zgw.common.security.autorisaties.Component;
import org.jboss.logging.Logger;

/**
 * A type deleted in the Catalogi loses its autorisaties: a {@code destroy} of the main resource on kanaal
 * {@code zaaktypen}, {@code informatieobjecttypen} or {@code besluittypen} removes the autorisaties of
 * {@code component} that point at it (other acties and the types' parts are ignored).
 */
public class TypeVerwijderd implements NotificatieHandler {

    private static final Logger LOG = Logger.getLogger(TypeVerwijderd.class);

    private final String kanaal;
    private final String resource;
    private final Component component;
    private final ApplicatieService applicaties;
    private final BaseUrl baseUrl;

    public TypeVerwijderd(String kanaal, String resource, Component component, ApplicatieService applicaties,
                          BaseUrl baseUrl) {
        this.kanaal = kanaal;
        this.resource = resource;
        this.component = component;
        this.applicaties = applicaties;
        this.baseUrl = baseUrl;
    }

    @Override
    public String kanaal() {
        return kanaal;
    }

    @Override
    public void handle(Notificatie n) {
        if ("destroy".equals(n.actie()) && resource.equals(n.resource())) {
            int changed = applicaties.typeVerwijderd(component, n.resourceUrl(), baseUrl::applicatie);
            LOG.infof("%s %s deleted in the Catalogi: autorisaties removed from %d applicatie(s)",
                    resource, n.resourceUrl(), changed);
        }
    }
}
