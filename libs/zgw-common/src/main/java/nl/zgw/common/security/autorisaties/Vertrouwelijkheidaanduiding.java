package nl.zgw.common.security.autorisaties;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The standard's confidentiality levels, in their order (standard §2): a max allows itself and all below. */
public enum Vertrouwelijkheidaanduiding {
    OPENBAAR, BEPERKT_OPENBAAR, INTERN, ZAAKVERTROUWELIJK, VERTROUWELIJK, CONFIDENTIEEL, GEHEIM, ZEER_GEHEIM;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Vertrouwelijkheidaanduiding of(String value) {
        return find(value)
                .orElseThrow(() -> new IllegalArgumentException("Onbekende vertrouwelijkheidaanduiding: " + value));
    }

    /** The level with this stored value, if it is one (a remote object may carry anything). */
    public static Optional<Vertrouwelijkheidaanduiding> find(String value) {
        return Arrays.stream(values()).filter(v -> v.value().equals(value)).findFirst();
    }

    public boolean atMost(Vertrouwelijkheidaanduiding max) {
        return compareTo(max) <= 0;
    }

    /** This level and every lower one, as stored values, for an {@code IN (...)} list filter. */
    public List<String> andBelow() {
        return Arrays.stream(values()).filter(v -> v.atMost(this)).map(Vertrouwelijkheidaanduiding::value).toList();
    }
}
