package nl.zgw.zaken.api;

import nl.zgw.zaken.domain.Zaak;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Hook for the sub-resources: a bean that fills one read-only field of the rendered zaak with the URLs of its
 * sub-resources, for a whole page of zaken in one query. Fields: {@code status}, {@code resultaat} (to-one: the
 * first URL, else null) and {@code rollen}, {@code eigenschappen}, {@code zaakinformatieobjecten},
 * {@code zaakobjecten} (to-many, in the given order). Without a bean the field is null / [].
 * <pre>
 * &#64;ApplicationScoped
 * public class StatusVanZaak implements ZaakRelatieBron {
 *     public String veld() { return "status"; }
 *     public Map&lt;Long, List&lt;String&gt;&gt; urls(Collection&lt;Zaak&gt; zaken) { ... one query by zaak id ... }
 * }
 * </pre>
 */
public interface ZaakRelatieBron {

    String veld();

    /** The URLs per zaak id (a zaak without any may be absent). */
    Map<Long, List<String>> urls(Collection<Zaak> zaken);
}
