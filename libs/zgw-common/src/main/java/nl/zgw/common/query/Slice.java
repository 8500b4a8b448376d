package nl.zgw.common.query;

import java.util.List;

/** One page of rows and the total count of the list. */
public record Slice<E>(long count, List<E> rows) {
}
