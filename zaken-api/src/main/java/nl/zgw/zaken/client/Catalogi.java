package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.common.refs.ReferenceRule;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.refs.ResourceType;

import java.util.List;
import java.util.Optional;

/**
 * The Catalogi API as the Zaken API uses it: a zaaktype and its parts fetched (and cached by
 * {@link ReferenceClient}: published types a day, the rest a minute) through {@link ReferenceValidator}, so a bad
 * reference is a 400 with the shared codes ({@code bad-url}, {@code invalid-resource}, {@code not-published}) on the
 * caller's field. The checks "this statustype belongs to that zaaktype" (zrc-016...020) are here once:
 * <pre>
 * Catalogi.Statustype st = catalogi.statustype("statustype", body.statustype());
 * catalogi.hoortBij(st, zaak.zaaktype).ifPresent(errors::add);          // zaaktype-mismatch, nonFieldErrors
 * </pre>
 */
@ApplicationScoped
public class Catalogi {

    /** Open Zaak's code when a part of a zaaktype does not belong to the zaak's zaaktype. */
    public static final String ZAAKTYPE_MISMATCH = ReferenceException.ZAAKTYPE_MISMATCH;

    public record Zaaktype(String url, String catalogus, Boolean concept, String identificatie, String omschrijving,
                           String vertrouwelijkheidaanduiding, List<String> productenOfDiensten,
                           List<String> statustypen, List<String> resultaattypen, List<String> roltypen,
                           List<String> eigenschappen, List<String> informatieobjecttypen,
                           List<String> besluittypen, List<String> deelzaaktypen, String doorlooptijd,
                           String servicenorm, Boolean verlengingMogelijk, String verlengingstermijn,
                           Boolean opschortingEnAanhoudingMogelijk, String selectielijstProcestype)
            implements ReferenceRule.Publishable, ReferenceRule.InCatalogus {

        public List<String> productenOfDiensten() {
            return productenOfDiensten == null ? List.of() : productenOfDiensten;
        }

        public List<String> statustypen() {
            return statustypen == null ? List.of() : statustypen;
        }

        public List<String> resultaattypen() {
            return resultaattypen == null ? List.of() : resultaattypen;
        }

        public List<String> roltypen() {
            return roltypen == null ? List.of() : roltypen;
        }

        public List<String> eigenschappen() {
            return eigenschappen == null ? List.of() : eigenschappen;
        }

        public List<String> informatieobjecttypen() {
            return informatieobjecttypen == null ? List.of() : informatieobjecttypen;
        }

        public List<String> besluittypen() {
            return besluittypen == null ? List.of() : besluittypen;
        }
    }

    /** A part of a zaaktype (statustype, resultaattype, roltype, eigenschap, zaakobjecttype). */
    public interface Onderdeel extends ReferenceRule.OfZaaktype {
        String url();
    }

    public record Statustype(String url, String zaaktype, String omschrijving, String omschrijvingGeneriek,
                             Integer volgnummer, Boolean isEindstatus, Boolean informeren, String statustekst)
            implements Onderdeel {

        public boolean eindstatus() {
            return Boolean.TRUE.equals(isEindstatus);
        }
    }

    /** {@code brondatumArchiefprocedure} as the file gives it (afleidingswijze, datumkenmerk, ...). */
    public record Resultaattype(String url, String zaaktype, String omschrijving, String resultaattypeomschrijving,
                                String omschrijvingGeneriek, String selectielijstklasse, String archiefnominatie,
                                String archiefactietermijn, JsonNode brondatumArchiefprocedure)
            implements Onderdeel {
    }

    public record Roltype(String url, String zaaktype, String omschrijving, String omschrijvingGeneriek)
            implements Onderdeel {
    }

    /** {@code specificatie}: formaat, lengte, kardinaliteit, waardenverzameling. */
    public record Eigenschap(String url, String zaaktype, String naam, String definitie, JsonNode specificatie)
            implements Onderdeel {
    }

    public record Zaakobjecttype(String url, String zaaktype, String objecttype, String relatieOmschrijving)
            implements Onderdeel {
    }

    public record Informatieobjecttype(String url, String catalogus, Boolean concept, String omschrijving,
                                       String vertrouwelijkheidaanduiding)
            implements ReferenceRule.Publishable, ReferenceRule.InCatalogus {
    }

    public static final ResourceType<Zaaktype> ZAAKTYPE =
            ResourceType.of("zaaktype", "zaaktypen", Zaaktype.class, "url", "catalogus", "concept");
    public static final ResourceType<Statustype> STATUSTYPE =
            ResourceType.of("statustype", "statustypen", Statustype.class, "url", "zaaktype");
    public static final ResourceType<Resultaattype> RESULTAATTYPE =
            ResourceType.of("resultaattype", "resultaattypen", Resultaattype.class, "url", "zaaktype");
    public static final ResourceType<Roltype> ROLTYPE =
            ResourceType.of("roltype", "roltypen", Roltype.class, "url", "zaaktype");
    public static final ResourceType<Eigenschap> EIGENSCHAP =
            ResourceType.of("eigenschap", "eigenschappen", Eigenschap.class, "url", "zaaktype");
    public static final ResourceType<Zaakobjecttype> ZAAKOBJECTTYPE =
            ResourceType.of("zaakobjecttype", "zaakobjecttypen", Zaakobjecttype.class, "url", "zaaktype");
    public static final ResourceType<Informatieobjecttype> INFORMATIEOBJECTTYPE = ResourceType.of(
            "informatieobjecttype", "informatieobjecttypen", Informatieobjecttype.class, "url", "catalogus", "concept");

    private final ReferenceValidator references;
    private final ReferenceClient client;

    public Catalogi(ReferenceValidator references, ReferenceClient client) {
        this.references = references;
        this.client = client;
    }

    /** zrc-001: a published zaaktype, or 400 on {@code field}. */
    public Zaaktype zaaktype(String field, String url) {
        return references.require(field, url, ZAAKTYPE, ReferenceRule.published());
    }

    /** A zaaktype whatever its state (reading a zaak's own zaaktype, which may be a concept by now). */
    public Zaaktype zaaktypeVanZaak(String url) {
        return references.check(url, ZAAKTYPE, List.of());
    }

    public Statustype statustype(String field, String url) {
        return references.require(field, url, STATUSTYPE);
    }

    public Resultaattype resultaattype(String field, String url) {
        return references.require(field, url, RESULTAATTYPE);
    }

    public Roltype roltype(String field, String url) {
        return references.require(field, url, ROLTYPE);
    }

    public Eigenschap eigenschap(String field, String url) {
        return references.require(field, url, EIGENSCHAP);
    }

    public Zaakobjecttype zaakobjecttype(String field, String url) {
        return references.require(field, url, ZAAKOBJECTTYPE);
    }

    public Informatieobjecttype informatieobjecttype(String field, String url) {
        return references.require(field, url, INFORMATIEOBJECTTYPE);
    }

    /**
     * zrc-016...020: a part of a zaaktype must be of the zaak's zaaktype; else {@code zaaktype-mismatch} under
     * nonFieldErrors, as Open Zaak reports it.
     */
    public Optional<InvalidParam> hoortBij(Onderdeel onderdeel, String zaaktypeUrl) {
        if (onderdeel == null || zaaktypeUrl.equals(onderdeel.zaaktype())) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(ZAAKTYPE_MISMATCH, "De referentie hoort niet bij het zaaktype van"
                + " de zaak."));
    }

    /** zrc-017: the informatieobjecttype is one of the zaaktype's (zaaktype.informatieobjecttypen). */
    public boolean informatieobjecttypeVan(String zaaktypeUrl, String informatieobjecttypeUrl) {
        return zaaktypeVanZaak(zaaktypeUrl).informatieobjecttypen().contains(informatieobjecttypeUrl);
    }

    /** The raw JSON of any Catalogi resource (cached as above), for what the views leave out. */
    public JsonNode json(String url) {
        return client.get(url);
    }
}
