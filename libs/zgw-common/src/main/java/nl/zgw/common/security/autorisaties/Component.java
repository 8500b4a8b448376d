package nl.zgw.common.security.autorisaties;

import java.util.Arrays;
import java.util.Optional;

/**
 * The components of {@code Autorisatie.component}: what each one's autorisaties are limited to (a type and a
 * maximum vertrouwelijkheidaanduiding, or scopes only), and which scopes belong to its main resource (ac-003).
 */
public enum Component {
    AC("ac", "Autorisaties API", null, null, false),
    NRC("nrc", "Notificaties API", null, null, false),
    ZRC("zrc", "Zaken API", "zaaktype", "zaken.", true),
    ZTC("ztc", "Catalogi API", null, null, false),
    DRC("drc", "Documenten API", "informatieobjecttype", "documenten.", true),
    BRC("brc", "Besluiten API", "besluittype", "besluiten.", false);

    private final String code;
    private final String weergave;
    private final String typeField;
    private final String scopePrefix;
    private final boolean hasVertrouwelijkheid;

    Component(String code, String weergave, String typeField, String scopePrefix, boolean hasVertrouwelijkheid) {
        this.code = code;
        this.weergave = weergave;
        this.typeField = typeField;
        this.scopePrefix = scopePrefix;
        this.hasVertrouwelijkheid = hasVertrouwelijkheid;
    }

    public static Optional<Component> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public String weergave() {
        return weergave;
    }

    /** The JSON name of the type this component's autorisaties are limited to, or null (ac, nrc, ztc). */
    public String typeField() {
        return typeField;
    }

    /** Whether its autorisaties carry a maximum vertrouwelijkheidaanduiding (zrc, drc). */
    public boolean hasVertrouwelijkheid() {
        return hasVertrouwelijkheid;
    }

    /** Scopes of the component's main resource (ac-003), e.g. {@code zaken.lezen} for zrc. */
    public boolean isMainResourceScope(String scope) {
        return scopePrefix != null && scope.startsWith(scopePrefix);
    }
}
