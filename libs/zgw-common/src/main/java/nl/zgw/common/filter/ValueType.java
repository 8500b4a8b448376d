package nl.zgw.common.filter;

import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.request.DateTimes;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The type of a filter's value: how the query-string text becomes the value bound in SQL, and the 400 a bad value
 * gets ({@code invalid} with the reference implementation's Dutch reason; {@code invalid_choice} for an enum).
 */
public final class ValueType<T> {

    /** A value that does not convert: the code and reason of its invalid param. */
    public static final class Invalid extends RuntimeException {
        private final String code;

        Invalid(String code, String reason) {
            super(reason, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static final ValueType<String> TEXT = new ValueType<>("text", s -> s);

    public static final ValueType<Integer> INTEGER = new ValueType<>("integer", s -> {
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new Invalid("invalid", "Voer een geheel getal in.");
        }
    });

    public static final ValueType<LocalDate> DATE = new ValueType<>("date", s -> {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new Invalid("invalid", "Voer een geldige datum in (JJJJ-MM-DD).");
        }
    });

    /** ISO-8601 with offset; without one, or a plain date, it is Dutch local time ({@link DateTimes}). */
    public static final ValueType<OffsetDateTime> DATE_TIME = new ValueType<>("date-time", s -> {
        try {
            return DateTimes.parseDateOrDateTime(s.trim().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new Invalid("invalid", "Voer een geldige datum/tijd in.");
        }
    });

    /** {@code true/false} (also {@code True/False/1/0}, as Django's boolean filter reads them). */
    public static final ValueType<Boolean> BOOLEAN = new ValueType<>("boolean", s -> switch (s.trim()) {
        case "true", "True", "1" -> true;
        case "false", "False", "0" -> false;
        default -> throw new Invalid("invalid", "Kies true of false.");
    });

    public static final ValueType<UUID> UUID_VALUE = new ValueType<>("uuid", s -> {
        String v = s.trim();
        try {
            if (v.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw new Invalid("invalid", "Voer een geldige UUID in.");
        }
    });

    /** The URL of a resource, compared as text: an absolute http(s) URL or 400 {@code invalid}. */
    public static final ValueType<String> URL = new ValueType<>("url", s -> absoluteUrl(s).toString());

    /** One of {@code choices}, or 400 {@code invalid_choice}. */
    public static ValueType<String> choice(List<String> choices) {
        List<String> allowed = List.copyOf(choices);
        return new ValueType<>("enum", s -> {
            if (!allowed.contains(s)) {
                throw new Invalid("invalid_choice", "Selecteer een geldige keuze. " + s
                        + " is geen beschikbare keuze.");
            }
            return s;
        }, allowed);
    }

    public static ValueType<String> choice(String... choices) {
        return choice(List.of(choices));
    }

    /**
     * The URL of a resource of this API, filtered by its uuid: the path must end in
     * {@code {apiRoot}/{collection}/{uuid}}, whatever the host (public or internal, as Open Zaak resolves the path
     * only). Not an absolute http(s) URL is 400 {@code invalid}; a URL of something else matches nothing (the nil
     * uuid, which no resource has).
     */
    public static ValueType<UUID> resourceUrl(String apiRoot, String collection) {
        return new ValueType<>("url", s -> {
            absoluteUrl(s);
            return ResourceUrl.uuidOf(s.trim(), apiRoot, collection).orElse(new UUID(0, 0));
        });
    }

    private static URI absoluteUrl(String s) {
        try {
            URI u = new URI(s.trim());
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || u.getHost() == null || u.getHost().isEmpty()) {
                throw new Invalid("invalid", "Voer een geldige URL in.");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new Invalid("invalid", "Voer een geldige URL in.");
        }
    }

    private final String name;
    private final Function<String, T> parser;
    private final List<String> choices;

    private ValueType(String name, Function<String, T> parser) {
        this(name, parser, List.of());
    }

    private ValueType(String name, Function<String, T> parser, List<String> choices) {
        this.name = name;
        this.parser = parser;
        this.choices = choices;
    }

    /** The value of a non-blank text, or {@link Invalid}. */
    public T parse(String text) {
        return parser.apply(text);
    }

    /** {@code text}, {@code integer}, {@code date}, {@code date-time}, {@code boolean}, {@code uuid}, ... */
    public String name() {
        return name;
    }

    /** The choices of an enum, empty for other types. */
    public List<String> choices() {
        return choices;
    }

    /** The same type with each value mapped (e.g. a choice to the column's stored value). */
    public <U> ValueType<U> map(Function<T, U> f) {
        return new ValueType<>(name, parser.andThen(f), choices);
    }
}
