package nl.zgw.common.events;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The message of {@code POST /notificaties} (Notificaties API 1.0): what happened to which resource, with the
 * kanaal's kenmerken so abonnementen can filter.
 */
public record Notificatie(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
                          OffsetDateTime aanmaakdatum, Map<String, String> kenmerken) {

    public Notificatie {
        kenmerken = kenmerken == null ? Map.of() : Map.copyOf(kenmerken);
    }
}
