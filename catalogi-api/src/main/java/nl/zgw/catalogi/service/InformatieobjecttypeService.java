package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.invoer.InformatieobjecttypeInvoer;
import nl.zgw.catalogi.domain.Informatieobjecttype;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;

import java.util.ArrayList;
import java.util.List;

/** The lifecycle of an INFORMATIEOBJECTTYPE version (versions share omschrijving within a catalogus). */
@ApplicationScoped
public class InformatieobjecttypeService
        extends VersionedTypeService<Informatieobjecttype, InformatieobjecttypeInvoer> {

    public static final String KANAAL = "informatieobjecttypen";

    public InformatieobjecttypeService(InformatieobjecttypeRepository informatieobjecttypen) {
        super(informatieobjecttypen, Informatieobjecttype.class, InformatieobjecttypeInvoer.class, KANAAL,
                "informatieobjecttype", "omschrijving");
    }

    @Override
    protected Informatieobjecttype newVersion() {
        return new Informatieobjecttype();
    }

    @Override
    protected String naam(Informatieobjecttype t) {
        return t.omschrijving;
    }

    @Override
    protected void correctie(Informatieobjecttype t, InformatieobjecttypeInvoer r, Correctie.Check check) {
        check.onlyAdded("trefwoord", trefwoord(t.data), r.trefwoord() == null ? List.of() : r.trefwoord());
    }

    @Override
    protected void assign(Informatieobjecttype t, InformatieobjecttypeInvoer r) {
        t.omschrijving = r.omschrijving();
        ObjectNode doc = documenten.document(r, "catalogus", "beginGeldigheid", "eindeGeldigheid");
        if (doc.path("trefwoord").isNull()) {
            doc.putArray("trefwoord");
        }
        t.data = doc;
    }

    private static List<String> trefwoord(JsonNode data) {
        List<String> words = new ArrayList<>();
        data.path("trefwoord").forEach(w -> words.add(w.asText()));
        return words;
    }
}
