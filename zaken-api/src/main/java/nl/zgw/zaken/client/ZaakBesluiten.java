package nl.zgw.zaken.client;

import nl.zgw.zaken.domain.Zaak;

import java.time.LocalDate;
import java.util.List;

/** The besluiten of a zaak as the Besluiten API has them (zrc-021: ingangsdatum_besluit, vervaldatum_besluit). */
public interface ZaakBesluiten {

    record Besluit(String url, LocalDate ingangsdatum, LocalDate vervaldatum) {
    }

    List<Besluit> besluiten(Zaak zaak);
}
