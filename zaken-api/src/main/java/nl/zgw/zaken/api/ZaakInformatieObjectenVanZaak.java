package nl.zgw.zaken.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.persistence.ZaakInformatieObjectRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The zaak's read-only {@code zaakinformatieobjecten}: the URLs of its relations, one query for a page of zaken. */
@ApplicationScoped
public class ZaakInformatieObjectenVanZaak implements ZaakRelatieBron {

    private final ZaakInformatieObjectRepository relaties;
    private final PublicUrls urls;

    public ZaakInformatieObjectenVanZaak(ZaakInformatieObjectRepository relaties, PublicUrls urls) {
        this.relaties = relaties;
        this.urls = urls;
    }

    @Override
    public String veld() {
        return "zaakinformatieobjecten";
    }

    @Override
    public Map<Long, List<String>> urls(Collection<Zaak> zaken) {
        Map<Long, List<String>> perZaak = new HashMap<>();
        for (Object[] row : relaties.uuidsOfZaken(zaken.stream().map(z -> z.id).toList())) {
            perZaak.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(urls.resource(ZaakInformatieObjectRepresentation.COLLECTION, (UUID) row[1]));
        }
        return perZaak;
    }
}
