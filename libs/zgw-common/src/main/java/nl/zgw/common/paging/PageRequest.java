package nl.zgw.common.paging;

import nl.zgw.common.problem.ZgwException;

/**
 * A requested page (1-based) of a given size. An unparsable or non-positive {@code page} is a 404, as in the
 * reference implementation ("Ongeldige pagina").
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 100;

    public static PageRequest of(String page) {
        return of(page, DEFAULT_SIZE);
    }

    public static PageRequest of(String page, int size) {
        if (page == null || page.isBlank()) {
            return new PageRequest(1, size);
        }
        try {
            int p = Integer.parseInt(page.trim());
            if (p < 1) {
                throw ZgwException.notFound();
            }
            return new PageRequest(p, size);
        } catch (NumberFormatException e) {
            throw ZgwException.notFound();
        }
    }

    /** The offset of the first row, for {@code LIMIT/OFFSET} or Panache's {@code page(index, size)}. */
    public int offset() {
        return (page - 1) * size;
    }

    /** Panache's zero-based page index. */
    public int index() {
        return page - 1;
    }
}
