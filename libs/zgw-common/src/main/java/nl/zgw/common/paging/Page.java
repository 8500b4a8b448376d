package nl.zgw.common.paging;

import java.util.List;

/** The standard's list envelope: {@code count} is the total, {@code next}/{@code previous} absolute URLs or null. */
public record Page<T>(long count, String next, String previous, List<T> results) {
}
