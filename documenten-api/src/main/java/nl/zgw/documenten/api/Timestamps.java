package nl.zgw.documenten.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Date-times as the file's format asks: UTC, always with seconds and microseconds ({@code 2024-01-01T00:00:00.000000Z}). */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private Timestamps() {
    }

    public static String format(OffsetDateTime t) {
        return t == null ? null : FORMAT.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
