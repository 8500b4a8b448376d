package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.client.Catalogi;
import nl.zgw.zaken.client.ZaakDocumenten;
import nl.zgw.zaken.domain.Resultaat;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.archief.ArchiefactiedatumFout;
import nl.zgw.zaken.domain.archief.Archiefparameters;
import nl.zgw.zaken.domain.archief.Archiefregime;
import nl.zgw.zaken.domain.archief.BrondatumArchiefprocedure;
import nl.zgw.zaken.domain.rules.DocumentenGereedVoorAfsluiten;
import nl.zgw.zaken.domain.rules.ResultaatVereistBijAfsluiten;
import nl.zgw.zaken.persistence.ResultaatRepository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Closing (zrc-007, zrc-021) and reopening (zrc-008) a zaak by its statussen. Runs in the caller's transaction with
 * the zaak locked.
 */
@ApplicationScoped
public class ZaakAfsluiten {

    /** The date of a datumStatusGezet is its date in the Netherlands (the reference implementation's TIME_ZONE). */
    static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    private final ResultaatRepository resultaten;
    private final ZaakDocumenten documenten;
    private final Catalogi catalogi;
    private final ZaakBrondata brondata;

    public ZaakAfsluiten(ResultaatRepository resultaten, ZaakDocumenten documenten, Catalogi catalogi,
                         ZaakBrondata brondata) {
        this.resultaten = resultaten;
        this.documenten = documenten;
        this.catalogi = catalogi;
        this.brondata = brondata;
    }

    public static LocalDate datum(OffsetDateTime datumStatusGezet) {
        return datumStatusGezet.atZoneSameInstant(TIJDZONE).toLocalDate();
    }

    /**
     * Closes the zaak by an eindstatus gezet at {@code datumStatusGezet}: every failure (no resultaat, documents
     * locked or without indicatieGebruiksrecht, an archiefactiedatum that cannot be derived) in one 400 under
     * nonFieldErrors; else einddatum, archiefnominatie and archiefactiedatum are set.
     */
    public void sluit(Zaak zaak, OffsetDateTime datumStatusGezet) {
        ValidationErrors errors = new ValidationErrors();
        errors.addAll(DocumentenGereedVoorAfsluiten.check(documenten.documenten(zaak)));
        Optional<Resultaat> resultaat = resultaten.vanZaak(zaak);
        ResultaatVereistBijAfsluiten.check(resultaat.isPresent()).ifPresent(errors::add);
        LocalDate einddatum = datum(datumStatusGezet);
        Archiefparameters.Uitkomst uitkomst = null;
        if (resultaat.isPresent()) {
            try {
                uitkomst = Archiefparameters.bepaal(zaak.archiefnominatie, zaak.archiefactiedatum, einddatum,
                        regime(resultaat.get().resultaattype), brondata.van(zaak));
            } catch (ArchiefactiedatumFout e) {
                errors.add(InvalidParam.nonField(ArchiefactiedatumFout.CODE, e.getMessage()));
            }
        }
        errors.throwIfAny();
        zaak.einddatum = einddatum;
        zaak.archiefnominatie = uitkomst.archiefnominatie() == null ? "" : uitkomst.archiefnominatie();
        zaak.archiefactiedatum = uitkomst.archiefactiedatum();
    }

    /** zrc-008: a zaak reopened by a status that is no eindstatus loses einddatum and its archive fields. */
    public void heropen(Zaak zaak) {
        zaak.einddatum = null;
        zaak.archiefnominatie = null;
        zaak.archiefactiedatum = null;
    }

    /** The resultaattype's archive rules, from its JSON (cached by refs; a published type is immutable). */
    Archiefregime regime(String resultaattypeUrl) {
        JsonNode rt = catalogi.json(resultaattypeUrl);
        JsonNode b = rt.path("brondatumArchiefprocedure");
        BrondatumArchiefprocedure procedure = b.isObject() ? new BrondatumArchiefprocedure(tekst(b, "afleidingswijze"),
                tekst(b, "datumkenmerk"), b.path("einddatumBekend").isBoolean() ? b.path("einddatumBekend").asBoolean()
                : null, tekst(b, "objecttype"), tekst(b, "registratie"), tekst(b, "procestermijn")) : null;
        return new Archiefregime(tekst(rt, "archiefnominatie"), tekst(rt, "archiefactietermijn"),
                tekst(rt, "procestermijn"), procedure);
    }

    private static String tekst(JsonNode node, String veld) {
        JsonNode v = node.path(veld);
        return v.isTextual() ? v.asText() : null;
    }
}
