package nl.zgw.zaken.domain.archief;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The data of a zaak a brondatum may be derived from. Each method is asked only by the afleidingswijze that needs it,
 * so an implementation may fetch lazily (besluiten live in the Besluiten API).
 */
public interface Brondata {

    /** Empty when the zaak has no hoofdzaak; the einddatum of a hoofdzaak that is not closed is {@code null}. */
    Optional<Hoofdzaak> hoofdzaak();

    /** The einddatum of each related zaak (relevanteAndereZaken), {@code null} for one not closed. */
    List<LocalDate> gerelateerdeZakenEinddata();

    /** The waarde of the zaakeigenschap with this naam, empty when the zaak has none. */
    Optional<String> eigenschap(String naam);

    /** The value of attribute {@code datumkenmerk} of each zaakobject of the objecttype, {@code null} where absent. */
    List<String> zaakobjectWaarden(String objecttype, String datumkenmerk);

    /** The zaak's besluiten (ingangsdatum, vervaldatum). */
    List<Besluit> besluiten();

    record Hoofdzaak(LocalDate einddatum) {
    }

    record Besluit(LocalDate ingangsdatum, LocalDate vervaldatum) {
    }
}
