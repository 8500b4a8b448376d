package nl.zgw.catalogi.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;

/** Whether the caller may correct (ztc-009/010: {@code geforceerd-schrijven}) or delete published types. */
@ApplicationScoped
public class Geforceerd {

    private final Autorisaties autorisaties;

    public Geforceerd(Autorisaties autorisaties) {
        this.autorisaties = autorisaties;
    }

    public boolean schrijven() {
        return autorisaties.hasAnyScope(Scopes.Ztc.GEFORCEERD_SCHRIJVEN);
    }

    public boolean verwijderen() {
        return autorisaties.hasAnyScope(Scopes.Ztc.GEFORCEERD_VERWIJDEREN);
    }
}
