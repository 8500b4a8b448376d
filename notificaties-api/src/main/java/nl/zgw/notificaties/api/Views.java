package nl.zgw.notificaties.api;

import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.notificaties.domain.Abonnement;
import nl.zgw.notificaties.domain.Kanaal;

import java.util.LinkedHashMap;
import java.util.List;

/** Entity to body mapping, with public URLs. */
@RequestScoped
public class Views {

    private final PublicUrls urls;

    public Views(PublicUrls urls) {
        this.urls = urls;
    }

    public KanaalView kanaal(Kanaal k) {
        return new KanaalView(urls.resource("kanaal", k.uuid), k.naam, k.documentatieLink, List.copyOf(k.filters));
    }

    public AbonnementView abonnement(Abonnement a) {
        return new AbonnementView(urls.resource("abonnement", a.uuid), a.callbackUrl,
                a.kanalen.stream().map(k -> new AbonnementView.FilterGroup(new LinkedHashMap<>(k.filters),
                        k.kanaal.naam)).toList());
    }
}
