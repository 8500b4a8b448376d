package nl.zgw.common.request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads a date-time as the reference implementations do (Django with {@code USE_TZ} and {@code TIME_ZONE =
 * "Europe/Amsterdam"}): with an offset it is taken as given; without one (clients and the standard's own test
 * collections send {@code 2019-02-22T00:00:00}) it is Dutch local time.
 */
public final class DateTimes {

    /** The zone of a date-time that carries no offset. */
    public static final ZoneId LOCAL = ZoneId.of("Europe/Amsterdam");

    private DateTimes() {
    }

    /** The instant {@code text} stands for; {@link DateTimeParseException} when it is no ISO-8601 date-time. */
    public static OffsetDateTime parse(String text) {
        String v = text.trim();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException withOffset) {
            return LocalDateTime.parse(v).atZone(LOCAL).toOffsetDateTime();
        }
    }

    /** As {@link #parse}, and also a plain date (its start in Dutch local time), as query filters take them. */
    public static OffsetDateTime parseDateOrDateTime(String text) {
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text.trim()).atStartOfDay(LOCAL).toOffsetDateTime();
        }
    }
}
