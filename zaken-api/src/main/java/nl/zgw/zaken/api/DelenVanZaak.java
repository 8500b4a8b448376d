package nl.zgw.zaken.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.persistence.PerPagina;
import nl.zgw.zaken.domain.Zaak;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The zaak's read-only {@code rollen} and {@code zaakobjecten} (ZaakRelatieBron): the URLs of a whole page of zaken
 * in one query each, ordered by creation.
 */
public final class DelenVanZaak {

    private DelenVanZaak() {
    }

    static Map<Long, List<String>> urls(EntityManager em, PublicUrls urls, String tabel, String collection,
                                        Collection<Zaak> zaken) {
        Map<Long, List<String>> result = new HashMap<>();
        for (Object[] row : PerPagina.uuids(em, tabel, "zaak_id", "", zaken.stream().map(z -> z.id).toList())) {
            result.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(urls.resource(collection, (UUID) row[1]));
        }
        return result;
    }

    /** {@code rollen} of the zaak. */
    @ApplicationScoped
    public static class Rollen implements ZaakRelatieBron {
        private final EntityManager em;
        private final PublicUrls urls;

        public Rollen(EntityManager em, PublicUrls urls) {
            this.em = em;
            this.urls = urls;
        }

        @Override
        public String veld() {
            return "rollen";
        }

        @Override
        public Map<Long, List<String>> urls(Collection<Zaak> zaken) {
            return DelenVanZaak.urls(em, urls, "rol", "rollen", zaken);
        }
    }

    /** {@code zaakobjecten} of the zaak. */
    @ApplicationScoped
    public static class Zaakobjecten implements ZaakRelatieBron {
        private final EntityManager em;
        private final PublicUrls urls;

        public Zaakobjecten(EntityManager em, PublicUrls urls) {
            this.em = em;
            this.urls = urls;
        }

        @Override
        public String veld() {
            return "zaakobjecten";
        }

        @Override
        public Map<Long, List<String>> urls(Collection<Zaak> zaken) {
            return DelenVanZaak.urls(em, urls, "zaakobject", "zaakobjecten", zaken);
        }
    }
}
