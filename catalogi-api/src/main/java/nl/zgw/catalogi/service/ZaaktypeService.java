package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.client.Selectielijst;
import nl.zgw.catalogi.api.ZaaktypeRequest;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle of a ZAAKTYPE version (versions share identificatie): relations by name to besluittypen and
 * deelzaaktypen, ztc-001, and a publish that needs the zaaktype complete and its relations published.
 */
@ApplicationScoped
public class ZaaktypeService extends VersionedTypeService<Zaaktype, ZaaktypeRequest> {

    public static final String KANAAL = "zaaktypen";
    private static final String[] COLUMNS = {"catalogus", "besluittypen", "deelzaaktypen", "beginGeldigheid",
            "eindeGeldigheid"};

    private final Selectielijst selectielijst;

    public ZaaktypeService(CatalogusWrites w, Selectielijst selectielijst) {
        super(w, Zaaktype.class, ZaaktypeRequest.class, KANAAL, "zaaktype", "identificatie");
        this.selectielijst = selectielijst;
    }

    @Override
    protected Zaaktype newVersion() {
        return new Zaaktype();
    }

    @Override
    protected String naam(Zaaktype z) {
        return z.identificatie;
    }

    @Override
    protected void validate(ZaaktypeRequest r, Catalogus catalogus, List<InvalidParam> errors) {
        if (Boolean.TRUE.equals(r.verlengingMogelijk()) != (r.verlengingstermijn() != null)) {
            errors.add(InvalidParam.nonField("verlenging-mismatch", "verlengingstermijn moet gezet zijn als "
                    + "verlengingMogelijk true is, en leeg als verlengingMogelijk false is."));
        }
        if (r.selectielijstProcestype() != null && !r.selectielijstProcestype().isBlank()) {
            selectielijst.procestype(r.selectielijstProcestype(), "selectielijstProcestype"); // ztc-001
        }
        w.unknownNames(errors, "Besluittype", "omschrijving", catalogus.id, r.besluittypen(), "besluittypen");
        w.unknownNames(errors, "Zaaktype", "identificatie", catalogus.id, deelzaaktypen(r), "deelzaaktypen");
    }

    @Override
    protected void correctie(Zaaktype z, ZaaktypeRequest r, Correctie.Check check) {
        check.onlyAdded("besluittypen", List.of(z.besluittypen), r.besluittypen())
                .onlyAdded("deelzaaktypen", List.of(z.deelzaaktypen), deelzaaktypen(r))
                .onlyAdded("trefwoorden", List.of(z.trefwoorden), r.trefwoorden() == null ? List.of() : r.trefwoorden())
                .onlyAdded("gerelateerdeZaaktypen", gerelateerde(z.data),
                        r.gerelateerdeZaaktypen().stream().map(ZaaktypeRequest.ZaaktypenRelatie::zaaktype).toList());
    }

    @Override
    protected void assign(Zaaktype z, ZaaktypeRequest r) {
        z.identificatie = r.identificatie();
        z.trefwoorden = r.trefwoorden() == null ? new String[0] : r.trefwoorden().toArray(String[]::new);
        z.besluittypen = new LinkedHashSet<>(r.besluittypen()).toArray(String[]::new);
        z.deelzaaktypen = new LinkedHashSet<>(deelzaaktypen(r)).toArray(String[]::new);
        z.selectielijstProcestype = r.selectielijstProcestype() == null || r.selectielijstProcestype().isBlank()
                ? null : r.selectielijstProcestype();
        ObjectNode doc = w.document(r, COLUMNS);
        if (doc.path("trefwoorden").isNull()) {
            doc.putArray("trefwoorden");
        }
        if (doc.path("verantwoordingsrelatie").isNull()) {
            doc.putArray("verantwoordingsrelatie");
        }
        z.data = doc;
    }

    /** Complete (statustypen, roltype, resultaattype) and every related type published (concept-relation). */
    @Override
    protected void publishable(Zaaktype z, List<InvalidParam> errors) {
        Map<String, Object> self = Map.of("z", z.id);
        if (w.queries().count("select count(s) from Statustype s where s.zaaktype.id = :z", self) < 2) {
            errors.add(InvalidParam.nonField("missing-statustypen",
                    "Een zaaktype heeft minstens twee statustypen nodig (begin- en eindstatus)."));
        }
        if (w.queries().count("select count(r) from Roltype r where r.zaaktype.id = :z", self) < 1) {
            errors.add(InvalidParam.nonField("missing-roltypen", "Een zaaktype heeft minstens één roltype nodig."));
        }
        if (w.queries().count("select count(r) from Resultaattype r where r.zaaktype.id = :z", self) < 1) {
            errors.add(InvalidParam.nonField("missing-resultaattypen",
                    "Een zaaktype heeft minstens één resultaattype nodig."));
        }
        List<String> iots = w.queries().em().createQuery("select distinct r.informatieobjecttype from "
                + "ZaaktypeInformatieobjecttype r where r.zaaktype.id = :z", String.class)
                .setParameter("z", z.id).getResultList();
        Long c = z.catalogus.id;
        w.unpublished(errors, "Besluittype", "omschrijving", c, List.of(z.besluittypen), "besluittypen");
        w.unpublished(errors, "Informatieobjecttype", "omschrijving", c, iots, "informatieobjecttypen");
        w.unpublished(errors, "Zaaktype", "identificatie", c, List.of(z.deelzaaktypen), "deelzaaktypen");
    }

    @Override
    protected ObjectNode requestView(Zaaktype z) {
        ObjectNode n = super.requestView(z);
        n.set("besluittypen", w.mapper().valueToTree(z.besluittypen));
        n.set("deelzaaktypen", w.mapper().valueToTree(z.deelzaaktypen));
        return n;
    }

    private static List<String> deelzaaktypen(ZaaktypeRequest r) {
        return r.deelzaaktypen() == null ? List.of() : r.deelzaaktypen();
    }

    private static List<String> gerelateerde(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.path("gerelateerdeZaaktypen").forEach(g -> ids.add(g.path("zaaktype").asText()));
        return ids;
    }
}
