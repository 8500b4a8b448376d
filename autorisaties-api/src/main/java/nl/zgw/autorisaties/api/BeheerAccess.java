package nl.zgw.autorisaties.api;

import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisaties;

/** The management API is for clients whose Applicatie has {@code heeftAlleAutorisaties}; everyone else gets 403. */
@RequestScoped
public class BeheerAccess {

    private final Autorisaties autorisaties;

    public BeheerAccess(Autorisaties autorisaties) {
        this.autorisaties = autorisaties;
    }

    public void require() {
        Applicatie app = autorisaties.applicatie();
        if (app == null || !app.heeftAlleAutorisaties()) {
            throw ZgwException.permissionDenied();
        }
    }
}
