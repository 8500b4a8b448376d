package nl.zgw.catalogi.domain;

import nl.zgw.common.security.autorisaties.Component;
import nl.zgw.common.security.autorisaties.Scopes;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.AutorisatieSource;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.jwt.CurrentCaller;

import java.util.Arrays;
import java.util.Map;

/**
 * ztc-014: when the Zaken or Documenten API (or any client) consults the catalogue with {@code zaken.lezen} or
 * {@code documenten.lezen}, the request is treated as if {@code catalogi.lezen} was used. Those scopes live in the
 * caller's zrc / drc autorisaties, so they count here besides the ztc ones.
 */
@Alternative
@Priority(10)
@RequestScoped
public class Ztc014Autorisaties extends Autorisaties {

    private static final Map<String, String> READ_SCOPES = Map.of(Scopes.Zrc.LEZEN, Component.ZRC.code(), Scopes.Drc.LEZEN, Component.DRC.code());

    /** For the CDI client proxy only. */
    protected Ztc014Autorisaties() {
        super(null, null, new ZgwApiConfig() {
            @Override
            public String component() {
                return "ztc";
            }

            @Override
            public String version() {
                return "";
            }

            @Override
            public String root() {
                return "";
            }

            @Override
            public boolean trustForwardedHeaders() {
                return true;
            }
        });
    }

    @jakarta.inject.Inject
    public Ztc014Autorisaties(CurrentCaller caller, AutorisatieSource source, ZgwApiConfig config) {
        super(caller, source, config);
    }

    @Override
    public boolean hasAnyScope(String... scopes) {
        if (super.hasAnyScope(scopes)) {
            return true;
        }
        Applicatie app = applicatie();
        if (app == null) {
            return false;
        }
        return Arrays.stream(scopes).filter(READ_SCOPES::containsKey).anyMatch(scope -> app.autorisaties().stream()
                .anyMatch(a -> READ_SCOPES.get(scope).equals(a.component()) && a.scopes().contains(scope)));
    }
}
