package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.zaken.client.ZaakDocumenten.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * zrc-007: at closing every related informatieobject is unlocked ({@value #LOCKED}) and has indicatieGebruiksrecht
 * set ({@value #GEBRUIKSRECHT}); one the Documenten API does not answer cannot be checked ({@code bad-url}). Each
 * code once, under nonFieldErrors.
 */
public final class DocumentenGereedVoorAfsluiten {
    public static final String LOCKED = "informatieobject-locked";
    public static final String GEBRUIKSRECHT = "indicatiegebruiksrecht-unset";

    private DocumentenGereedVoorAfsluiten() {
    }

    public static List<InvalidParam> check(List<Document> documenten) {
        List<InvalidParam> errors = new ArrayList<>();
        if (documenten.stream().anyMatch(d -> !d.bereikbaar())) {
            errors.add(InvalidParam.nonField(ReferenceException.BAD_URL, "Er zijn gerelateerde informatieobjecten "
                    + "die de Documenten API nu niet geeft; de zaak kan pas afgesloten worden als ze te controleren zijn."));
        }
        if (documenten.stream().anyMatch(d -> d.bereikbaar() && d.locked())) {
            errors.add(InvalidParam.nonField(LOCKED, "Er zijn gerelateerde informatieobjecten die nog gelocked zijn. "
                    + "Deze informatieobjecten moet eerst unlocked worden voordat de zaak afgesloten kan worden."));
        }
        if (documenten.stream().anyMatch(d -> d.bereikbaar() && d.indicatieGebruiksrecht() == null)) {
            errors.add(InvalidParam.nonField(GEBRUIKSRECHT, "Er zijn gerelateerde informatieobjecten waarvoor "
                    + "`indicatieGebruiksrecht` nog niet gespecifieerd is. Je moet deze zetten voor je de zaak kan "
                    + "afsluiten."));
        }
        return errors;
    }
}
