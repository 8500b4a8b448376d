package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.client.Selectielijst;
import nl.zgw.catalogi.domain.Resultaattype;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.invoer.ResultaattypeInvoer;
import nl.zgw.catalogi.domain.rules.BrondatumArchiefprocedureRules;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.ProcestypeMismatch;
import nl.zgw.catalogi.persistence.BesluittypeRepository;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;
import nl.zgw.catalogi.persistence.ResultaattypeRepository;
import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static nl.zgw.catalogi.domain.Collecties.RESULTAATTYPEN;

/**
 * RESULTAATTYPE: ztc-002 (its Selectielijst resultaat of the zaaktype's procestype; archiefnominatie and
 * archiefactietermijn derived from it when left out), ztc-004…008 on brondatumArchiefprocedure, and besluittypen and
 * informatieobjecttypen by name (or URL) of the zaaktype's catalogus.
 */
@ApplicationScoped
public class ResultaattypeService extends ZaaktypeOnderdeelService<Resultaattype, ResultaattypeInvoer> {

    private RelationNames names;
    private BekendeNamen bekendeNamen;
    private Selectielijst selectielijst;
    private BesluittypeRepository besluittypen;
    private InformatieobjecttypeRepository informatieobjecttypen;

    /** For the CDI client proxy only. */
    protected ResultaattypeService() {
    }

    @jakarta.inject.Inject
    public ResultaattypeService(ResultaattypeRepository resultaattypen, RelationNames names,
                                BekendeNamen bekendeNamen, Selectielijst selectielijst,
                                BesluittypeRepository besluittypen,
                                InformatieobjecttypeRepository informatieobjecttypen) {
        super(resultaattypen, ResultaattypeInvoer.class, RESULTAATTYPEN, "resultaattype");
        this.names = names;
        this.bekendeNamen = bekendeNamen;
        this.selectielijst = selectielijst;
        this.besluittypen = besluittypen;
        this.informatieobjecttypen = informatieobjecttypen;
    }

    @Override
    protected Resultaattype nieuw() {
        return new Resultaattype();
    }

    @Override
    protected Resultaattype write(Resultaattype t, ResultaattypeInvoer r) {
        Zaaktype z = zaaktypeFor(r.zaaktype(), t.zaaktype, r.beginGeldigheid());
        sameCatalogus(r.catalogus(), z);
        // ztc-002: the Referentielijsten resources behind the URLs
        JsonNode omschrijving = selectielijst.resultaattypeomschrijving(r.resultaattypeomschrijving(),
                "resultaattypeomschrijving");
        JsonNode klasse = selectielijst.resultaat(r.selectielijstklasse(), "selectielijstklasse");
        List<InvalidParam> fieldErrors = new ArrayList<>();
        Long catalogus = z.catalogus.id;
        List<String> bts = names.names(RelationNames.Type.BESLUITTYPE, catalogus, r.besluittypen(), "besluittypen",
                fieldErrors);
        List<String> iots = names.names(RelationNames.Type.INFORMATIEOBJECTTYPE, catalogus,
                r.informatieobjecttypen(), "informatieobjecttypen", fieldErrors);
        bekendeNamen.onbekende(fieldErrors, besluittypen, catalogus, bts, "besluittypen");
        bekendeNamen.onbekende(fieldErrors, informatieobjecttypen, catalogus, iots, "informatieobjecttypen");
        throwIfAny(fieldErrors);
        // every rule reported; the brondatumArchiefprocedure ones first, as the reference lists them (clients and
        // the VNG collection read the first error)
        List<InvalidParam> errors = new ArrayList<>();
        if (r.brondatumArchiefprocedure() != null) {
            var b = r.brondatumArchiefprocedure();
            String procestermijn = klasse.path("procestermijn").isTextual() ? klasse.path("procestermijn").asText()
                    : null;
            errors.addAll(BrondatumArchiefprocedureRules.check(new BrondatumArchiefprocedureRules.Values(
                    b.afleidingswijze(), b.datumkenmerk(), b.einddatumBekend(), b.objecttype(), b.registratie(),
                    b.procestermijn()), procestermijn));
        }
        ProcestypeMismatch.check(klasse.path("procesType").asText(null), z.selectielijstProcestype)
                .ifPresent(errors::add);
        if (!z.concept && t.id != null) {
            errors.addAll(Correctie.check().onlyAdded("besluittypen", List.of(t.besluittypen), bts)
                    .onlyAdded("informatieobjecttypen", List.of(t.informatieobjecttypen), iots).errors());
        }
        throwIfAny(errors);
        t.zaaktype = z;
        t.omschrijving = r.omschrijving();
        t.besluittypen = new LinkedHashSet<>(bts).toArray(String[]::new);
        t.informatieobjecttypen = new LinkedHashSet<>(iots).toArray(String[]::new);
        t.data = document(t, r, omschrijving, klasse);
        return opgeslagen(t);
    }

    /** The stored document, with the values ztc-002 derives from the Selectielijst where the client left them out. */
    private ObjectNode document(Resultaattype t, ResultaattypeInvoer r, JsonNode omschrijving, JsonNode klasse) {
        ObjectNode doc = documenten.document(r, "zaaktype", "catalogus", "besluittypen", "informatieobjecttypen",
                "eindeGeldigheid");
        doc.put("omschrijvingGeneriek", omschrijving.path("omschrijving").asText(""));
        t.archiefnominatieAfgeleid = r.archiefnominatie() == null;
        t.archiefactietermijnAfgeleid = r.archiefactietermijn() == null;
        if (t.archiefnominatieAfgeleid) {
            doc.set("archiefnominatie", klasse.path("waardering"));
        }
        if (t.archiefactietermijnAfgeleid) {
            JsonNode bewaartermijn = klasse.path("bewaartermijn");
            doc.set("archiefactietermijn", bewaartermijn.isTextual() ? bewaartermijn : doc.nullNode());
        }
        return doc;
    }

    /** ztc-002: values derived earlier are derived again (from a possibly new klasse) unless the patch sets them. */
    @Override
    protected ObjectNode huidig(Resultaattype t) {
        ObjectNode view = view(t.data, t.zaaktype);
        view.remove("omschrijvingGeneriek");
        if (t.archiefnominatieAfgeleid) {
            view.remove("archiefnominatie");
        }
        if (t.archiefactietermijnAfgeleid) {
            view.remove("archiefactietermijn");
        }
        view.set("besluittypen", documenten.json(t.besluittypen));
        view.set("informatieobjecttypen", documenten.json(t.informatieobjecttypen));
        return view;
    }
}
