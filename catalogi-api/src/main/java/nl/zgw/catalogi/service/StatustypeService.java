package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.Eigenschap;
import nl.zgw.catalogi.domain.Statustype;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.invoer.StatustypeInvoer;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.SameZaaktype;
import nl.zgw.catalogi.persistence.EigenschapRepository;
import nl.zgw.catalogi.persistence.StatustypeRepository;
import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.List;

import static nl.zgw.catalogi.domain.Collecties.EIGENSCHAPPEN;
import static nl.zgw.catalogi.domain.Collecties.STATUSTYPEN;

/**
 * STATUSTYPE: volgnummer unique per zaaktype, its eigenschappen of the same zaaktype; a correctie adds statustypen
 * only after the last, keeps the volgnummer and only adds eigenschappen.
 */
@ApplicationScoped
public class StatustypeService extends ZaaktypeOnderdeelService<Statustype, StatustypeInvoer> {

    private StatustypeRepository statustypen;
    private EigenschapRepository eigenschappen;

    /** For the CDI client proxy only. */
    protected StatustypeService() {
    }

    @jakarta.inject.Inject
    public StatustypeService(StatustypeRepository statustypen, EigenschapRepository eigenschappen) {
        super(statustypen, StatustypeInvoer.class, STATUSTYPEN, "statustype");
        this.statustypen = statustypen;
        this.eigenschappen = eigenschappen;
    }

    @Override
    protected Statustype nieuw() {
        return new Statustype();
    }

    @Override
    protected Statustype write(Statustype s, StatustypeInvoer r) {
        Zaaktype z = zaaktypeFor(r.zaaktype(), s.zaaktype, r.beginGeldigheid());
        List<Eigenschap> gekoppeld = new ArrayList<>();
        List<String> urls = r.eigenschappen() == null ? List.of() : r.eigenschappen();
        for (int i = 0; i < urls.size(); i++) {
            gekoppeld.add(referenties.referenced(Eigenschap.class, EIGENSCHAPPEN, urls.get(i), "eigenschappen." + i));
        }
        List<InvalidParam> errors = new ArrayList<>();
        uniqueInZaaktype("volgnummer", r.volgnummer(), z, s.id).ifPresent(errors::add);
        if (!z.concept) {
            Integer highest = statustypen.hoogsteVolgnummer(z.id, s.id);
            if (s.id == null) {
                errors.addAll(Correctie.check().atTheEnd("volgnummer", r.volgnummer(), highest).errors());
            } else {
                errors.addAll(Correctie.check().same("volgnummer", s.volgnummer, r.volgnummer())
                        .onlyAdded("eigenschappen", eigenschapUrls(s),
                                r.eigenschappen() == null ? eigenschapUrls(s) : r.eigenschappen()).errors());
            }
        }
        for (int i = 0; i < gekoppeld.size(); i++) {
            SameZaaktype.check(z.id, gekoppeld.get(i).zaaktype.id, "eigenschappen." + i).ifPresent(errors::add);
        }
        throwIfAny(errors);
        s.zaaktype = z;
        s.volgnummer = r.volgnummer();
        s.data = documenten.document(r, "zaaktype", "volgnummer", "eigenschappen", "eindeGeldigheid");
        if (s.data.path("checklistitemStatustype").isNull() || s.data.path("checklistitemStatustype").isMissingNode()) {
            ((ObjectNode) s.data).putArray("checklistitemStatustype");
        }
        opgeslagen(s);
        if (r.eigenschappen() != null) {
            eigenschappen.ontkoppel(s);
            gekoppeld.forEach(e -> e.statustype = s);
        }
        return s;
    }

    /** The eigenschappen are not part of the state a PATCH is laid over: one that leaves them out keeps them. */
    @Override
    protected ObjectNode huidig(Statustype s) {
        ObjectNode view = view(s.data, s.zaaktype);
        view.put("volgnummer", s.volgnummer);
        view.remove("eigenschappen");
        return view;
    }

    private List<String> eigenschapUrls(Statustype s) {
        return eigenschappen.vanStatustypen(List.of(s.id)).getOrDefault(s.id, List.of()).stream()
                .map(u -> referenties.url(EIGENSCHAPPEN, u)).toList();
    }
}
