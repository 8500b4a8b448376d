package nl.zgw.common.paging;

import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Wraps one page of results in the envelope, with absolute {@code next}/{@code previous} URLs that keep every other
 * query parameter of the request. A page past the end is a 404 (page 1 of an empty list is not).
 */
@RequestScoped
public class Paginator {

    private final PublicUrls urls;

    public Paginator(PublicUrls urls) {
        this.urls = urls;
    }

    public <E, T> Page<T> page(PageRequest request, long count, List<E> rows, Function<E, T> mapper) {
        if (request.page() > 1 && (long) request.offset() >= count) {
            throw ZgwException.notFound();
        }
        String next = (long) request.page() * request.size() < count ? withPage(request.page() + 1) : null;
        String previous = request.page() > 1 ? withPage(request.page() - 1) : null;
        return new Page<>(count, next, previous, rows.stream().map(mapper).toList());
    }

    String withPage(int page) {
        String url = urls.requestUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        StringBuilder query = new StringBuilder();
        if (q >= 0) {
            for (String part : url.substring(q + 1).split("&")) {
                if (!part.isEmpty() && !part.startsWith("page=") && !part.equals("page")) {
                    query.append(query.length() == 0 ? "" : "&").append(part);
                }
            }
        }
        query.append(query.length() == 0 ? "" : "&").append("page=")
                .append(URLEncoder.encode(Integer.toString(page), StandardCharsets.UTF_8));
        return path + "?" + query;
    }
}
