package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.zaken.client.ZaakBesluiten;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.archief.Brondata;
import nl.zgw.zaken.persistence.ZaakEigenschapRepository;
import nl.zgw.zaken.persistence.ZaakRelaties;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Brondata} of a stored zaak (zrc-021), each source read only when its afleidingswijze asks: hoofdzaak and
 * relevanteAndereZaken here (another Zaken API's zaak through refs), zaakeigenschappen by naam, zaakobjecten (their
 * objectIdentificatie, else the object fetched through refs when allow-listed), besluiten via {@link ZaakBesluiten}.
 */
@ApplicationScoped
public class ZaakBrondata {

    private final ZaakToegang toegang;
    private final ZaakEigenschapRepository eigenschappen;
    private final ZaakRelaties relaties;
    private final ZaakBesluiten besluiten;
    private final ReferenceClient references;

    public ZaakBrondata(ZaakToegang toegang, ZaakEigenschapRepository eigenschappen, ZaakRelaties relaties,
                        ZaakBesluiten besluiten, ReferenceClient references) {
        this.toegang = toegang;
        this.eigenschappen = eigenschappen;
        this.relaties = relaties;
        this.besluiten = besluiten;
        this.references = references;
    }

    public Brondata van(Zaak zaak) {
        return new Brondata() {
            @Override
            public Optional<Hoofdzaak> hoofdzaak() {
                return Optional.ofNullable(zaak.hoofdzaak).map(h -> new Hoofdzaak(h.einddatum));
            }

            @Override
            public List<LocalDate> gerelateerdeZakenEinddata() {
                List<LocalDate> einddata = new ArrayList<>();
                if (zaak.relevanteAndereZaken != null) {
                    for (JsonNode relatie : zaak.relevanteAndereZaken) {
                        einddata.add(einddatum(relatie.path("url").asText("")));
                    }
                }
                return einddata;
            }

            @Override
            public Optional<String> eigenschap(String naam) {
                return eigenschappen.waarde(zaak, naam);
            }

            @Override
            public List<String> zaakobjectWaarden(String objecttype, String datumkenmerk) {
                return relaties.zaakobjecten(zaak, objecttype, datumkenmerk).stream()
                        .map(z -> z.waarde() != null ? z.waarde() : extern(z.object(), datumkenmerk)).toList();
            }

            @Override
            public List<Besluit> besluiten() {
                return besluiten.besluiten(zaak).stream().map(b -> new Besluit(b.ingangsdatum(), b.vervaldatum()))
                        .toList();
            }
        };
    }

    /** The einddatum of a related zaak: of this API directly, of another through refs; null when unknown or open. */
    private LocalDate einddatum(String url) {
        Optional<Zaak> lokaal = toegang.vind(url);
        if (lokaal.isPresent()) {
            return lokaal.get().einddatum;
        }
        String tekst = extern(url, "einddatum");
        if (tekst == null) {
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Attribute {@code veld} of a remote object, or null when it cannot be fetched or lacks it. */
    private String extern(String url, String veld) {
        if (url == null || url.isBlank() || !references.allowed(url)) {
            return null;
        }
        try {
            JsonNode value = references.get(url).path(veld);
            return value.isValueNode() && !value.isNull() ? value.asText() : null;
        } catch (ReferenceException e) {
            return null;
        }
    }
}
