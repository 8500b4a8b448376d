package nl.zgw.zaken.domain.rules;

import nl.zgw.common.security.autorisaties.Scopes;

import java.util.List;

/**
 * zrc-008: which scopes may set a status on a zaak (any one of them, for the zaak's zaaktype and level).
 * <ul>
 *     <li>a closed zaak: only {@code zaken.heropenen} (reopening; also a second eindstatus);</li>
 *     <li>a zaak that has a status: {@code zaken.statussen.toevoegen} or {@code zaken.heropenen};</li>
 *     <li>the first status: also {@code zaken.aanmaken} (ref impl StatusViewSet.perform_create).</li>
 * </ul>
 */
public final class StatusZettenScope {

    public static final String GESLOTEN = "Het heropenen van een gesloten zaak is niet toegestaan zonder de scope "
            + Scopes.Zrc.HEROPENEN + ".";
    public static final String ALLEEN_EERSTE = "Met de '" + Scopes.Zrc.AANMAKEN
            + "' scope mag je slechts 1 status zetten.";

    private StatusZettenScope() {
    }

    public static List<String> toegestaan(boolean afgesloten, boolean heeftStatus) {
        if (afgesloten) {
            return List.of(Scopes.Zrc.HEROPENEN);
        }
        if (heeftStatus) {
            return List.of(Scopes.Zrc.STATUSSEN_TOEVOEGEN, Scopes.Zrc.HEROPENEN);
        }
        return List.of(Scopes.Zrc.AANMAKEN, Scopes.Zrc.STATUSSEN_TOEVOEGEN, Scopes.Zrc.HEROPENEN);
    }

    /** The reason of the 403 when none of {@link #toegestaan} is granted. */
    public static String reden(boolean afgesloten) {
        return afgesloten ? GESLOTEN : ALLEEN_EERSTE;
    }
}
