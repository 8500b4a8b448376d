package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.client.Selectielijst;
import nl.zgw.catalogi.domain.invoer.ZaaktypeInvoer;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.rules.CompleteZaaktype;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.VerlengingMismatch;
import nl.zgw.catalogi.persistence.BesluittypeRepository;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;
import nl.zgw.catalogi.persistence.ZaaktypeInhoud;
import nl.zgw.catalogi.persistence.ZaaktypeRepository;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The lifecycle of a ZAAKTYPE version (versions share identificatie): relations by name to besluittypen and
 * deelzaaktypen (by name or URL), ztc-001, and a publish that needs its relations published (and, as a setting,
 * the zaaktype complete).
 */
@ApplicationScoped
public class ZaaktypeService extends VersionedTypeService<Zaaktype, ZaaktypeInvoer> {

    public static final String KANAAL = "zaaktypen";
    private static final String[] COLUMNS = {"catalogus", "besluittypen", "deelzaaktypen", "beginGeldigheid",
            "eindeGeldigheid"};

    private final Selectielijst selectielijst;
    private final BesluittypeRepository besluittypen;
    private final InformatieobjecttypeRepository informatieobjecttypen;
    private final ZaaktypeRepository zaaktypen;
    private final ZaaktypeInhoud inhoud;
    private final boolean requireComplete;

    /**
     * @param requireComplete Open Zaak's completeness check on publish (not in Catalogi 1.3.3, so off by default;
     *                        env {@code ZGW_CATALOGI_PUBLISH_REQUIRE_COMPLETE_ZAAKTYPE})
     */
    public ZaaktypeService(Selectielijst selectielijst,
                           ZaaktypeRepository zaaktypen, BesluittypeRepository besluittypen,
                           InformatieobjecttypeRepository informatieobjecttypen, ZaaktypeInhoud inhoud,
                           @ConfigProperty(name = "zgw.catalogi.publish.require-complete-zaaktype",
                                   defaultValue = "false") boolean requireComplete) {
        super(zaaktypen, Zaaktype.class, ZaaktypeInvoer.class, KANAAL, "zaaktype", "identificatie");
        this.selectielijst = selectielijst;
        this.zaaktypen = zaaktypen;
        this.besluittypen = besluittypen;
        this.informatieobjecttypen = informatieobjecttypen;
        this.inhoud = inhoud;
        this.requireComplete = requireComplete;
    }

    @Override
    protected Zaaktype newVersion() {
        return new Zaaktype();
    }

    @Override
    protected String naam(Zaaktype z) {
        return z.identificatie;
    }

    /** besluittypen, deelzaaktypen and gerelateerdeZaaktypen[].zaaktype also as URLs of this API. */
    @Override
    protected boolean relations(ObjectNode body, Catalogus catalogus, List<InvalidParam> errors) {
        boolean changed = named(body.path("besluittypen"), RelationNames.Type.BESLUITTYPE, catalogus,
                "besluittypen", errors);
        changed |= named(body.path("deelzaaktypen"), RelationNames.Type.ZAAKTYPE, catalogus, "deelzaaktypen",
                errors);
        JsonNode gerelateerde = body.path("gerelateerdeZaaktypen");
        for (int i = 0; i < gerelateerde.size(); i++) {
            JsonNode relatie = gerelateerde.get(i);
            String value = relatie.path("zaaktype").asText(null);
            // "mogelijks in een extern ZTC": only the URL of a zaaktype held here is named, others stay as sent
            if (relatie.isObject() && names.isVersionUrl(RelationNames.Type.ZAAKTYPE, value)) {
                String field = "gerelateerdeZaaktypen." + i + ".zaaktype";
                ((ObjectNode) relatie).put("zaaktype", names.name(RelationNames.Type.ZAAKTYPE, catalogus.id, value,
                        field, errors).orElse(value));
                changed = true;
            }
        }
        return changed;
    }

    @Override
    protected void validate(ZaaktypeInvoer r, Catalogus catalogus, List<InvalidParam> errors) {
        if (r.selectielijstProcestype() != null && !r.selectielijstProcestype().isBlank()) {
            try {
                selectielijst.procestype(r.selectielijstProcestype(), "selectielijstProcestype"); // ztc-001
            } catch (ZgwException e) {
                if (e.invalidParams() == null || e.invalidParams().isEmpty()) {
                    throw e;
                }
                errors.addAll(e.invalidParams());
            }
        }
        bekendeNamen.onbekende(errors, besluittypen, catalogus.id, r.besluittypen(), "besluittypen");
        bekendeNamen.onbekende(errors, zaaktypen, catalogus.id, deelzaaktypen(r), "deelzaaktypen");
    }

    @Override
    protected void rules(ZaaktypeInvoer r, List<InvalidParam> errors) {
        VerlengingMismatch.check(r.verlengingMogelijk(), r.verlengingstermijn()).ifPresent(errors::add);
    }

    @Override
    protected void correctie(Zaaktype z, ZaaktypeInvoer r, Correctie.Check check) {
        check.onlyAdded("besluittypen", List.of(z.besluittypen), r.besluittypen())
                .onlyAdded("deelzaaktypen", List.of(z.deelzaaktypen), deelzaaktypen(r))
                .onlyAdded("trefwoorden", List.of(z.trefwoorden), r.trefwoorden() == null ? List.of() : r.trefwoorden())
                .onlyAdded("gerelateerdeZaaktypen", gerelateerde(z.data),
                        r.gerelateerdeZaaktypen().stream().map(ZaaktypeInvoer.ZaaktypenRelatie::zaaktype).toList());
    }

    @Override
    protected void assign(Zaaktype z, ZaaktypeInvoer r) {
        z.identificatie = r.identificatie();
        z.trefwoorden = r.trefwoorden() == null ? new String[0] : r.trefwoorden().toArray(String[]::new);
        z.besluittypen = new LinkedHashSet<>(r.besluittypen()).toArray(String[]::new);
        z.deelzaaktypen = new LinkedHashSet<>(deelzaaktypen(r)).toArray(String[]::new);
        z.selectielijstProcestype = r.selectielijstProcestype() == null || r.selectielijstProcestype().isBlank()
                ? null : r.selectielijstProcestype();
        ObjectNode doc = documenten.document(r, COLUMNS);
        if (doc.path("trefwoorden").isNull()) {
            doc.putArray("trefwoorden");
        }
        if (doc.path("verantwoordingsrelatie").isNull()) {
            doc.putArray("verantwoordingsrelatie");
        }
        z.data = doc;
    }

    /**
     * Every related type published (concept-relation); with {@code requireComplete} also Open Zaak's completeness
     * (statustypen, roltype, resultaattypen with a selectielijstklasse), every gap at once.
     */
    @Override
    protected void publishable(Zaaktype z, List<InvalidParam> errors) {
        if (requireComplete) {
            errors.addAll(CompleteZaaktype.check(inhoud.onderdelen(z.id)));
        }
        Long c = z.catalogus.id;
        bekendeNamen.ongepubliceerde(errors, besluittypen, c, List.of(z.besluittypen), "besluittypen");
        bekendeNamen.ongepubliceerde(errors, informatieobjecttypen, c, inhoud.informatieobjecttypen(z.id),
                "informatieobjecttypen");
        bekendeNamen.ongepubliceerde(errors, zaaktypen, c, List.of(z.deelzaaktypen), "deelzaaktypen");
    }

    @Override
    protected ObjectNode requestView(Zaaktype z) {
        ObjectNode n = super.requestView(z);
        n.set("besluittypen", documenten.json(z.besluittypen));
        n.set("deelzaaktypen", documenten.json(z.deelzaaktypen));
        return n;
    }

    private static List<String> deelzaaktypen(ZaaktypeInvoer r) {
        return r.deelzaaktypen() == null ? List.of() : r.deelzaaktypen();
    }

    private static List<String> gerelateerde(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.path("gerelateerdeZaaktypen").forEach(g -> ids.add(g.path("zaaktype").asText()));
        return ids;
    }
}
