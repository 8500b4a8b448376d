package nl.zgw.common.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Validates references to other APIs' resources, as vng-api-common's URL validators do: the URL is under an
 * allow-listed root and answers 200 ({@code bad-url}), its JSON is the expected resource ({@code invalid-resource}:
 * the URL is in the type's collection and the object has the type's fields), and every rule holds (its own code).
 * A failure is a field error on the request field; a list is checked with one (cached) fetch per distinct URL, the
 * fetches running concurrently, and every failing entry reported ({@code besluittypen.1}).
 */
@ApplicationScoped
public class ReferenceValidator {

    private final ReferenceClient client;
    private final ObjectMapper mapper;
    private final ExecutorService fetchers = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "zgw-refs-fetch");
        t.setDaemon(true);
        return t;
    });

    public ReferenceValidator(ReferenceClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    /** The resource {@code url} points at, or 400 with the failure on {@code field}. */
    @SafeVarargs
    public final <T> T require(String field, String url, ResourceType<T> type, ReferenceRule<? super T>... rules) {
        try {
            return check(url, type, List.of(rules));
        } catch (ReferenceException e) {
            throw e.forField(field);
        }
    }

    /**
     * The resources {@code urls} point at, keyed by URL in their order, or 400 with every failing entry on
     * {@code field.<index>}. Each distinct URL is fetched once, concurrently with the others.
     */
    @SafeVarargs
    public final <T> Map<String, T> requireAll(String field, List<String> urls, ResourceType<T> type,
                                              ReferenceRule<? super T>... rules) {
        List<ReferenceRule<? super T>> ruleList = List.of(rules);
        Map<String, CompletableFuture<T>> checks = new LinkedHashMap<>();
        for (String url : new LinkedHashSet<>(urls)) {
            checks.put(url, CompletableFuture.supplyAsync(() -> check(url, type, ruleList), fetchers));
        }
        Map<String, T> found = new LinkedHashMap<>();
        List<InvalidParam> errors = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            try {
                found.put(url, checks.get(url).join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof ReferenceException r) {
                    errors.add(r.asInvalidParam(field + "." + i));
                } else {
                    throw e;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        return found;
    }

    /** The resource {@code url} points at; a {@link ReferenceException} with its code otherwise. */
    public <T> T check(String url, ResourceType<T> type, List<ReferenceRule<? super T>> rules) {
        JsonNode node = client.get(url);
        String wrong = "De URL " + url + " verwijst niet naar een " + type.name() + ". Geef een geldige URL op.";
        boolean inCollection = type.collection() == null
                || ResourceUrl.collectionOf(url).map(type.collection()::equals).orElse(false);
        if (!node.isObject() || !inCollection
                || type.requiredFields().stream().anyMatch(f -> !node.has(f))) {
            throw new ReferenceException(ReferenceException.INVALID_RESOURCE, wrong);
        }
        T view;
        try {
            view = type.view() == JsonNode.class ? type.view().cast(node) : mapper.treeToValue(node, type.view());
        } catch (IOException | IllegalArgumentException e) {
            throw new ReferenceException(ReferenceException.INVALID_RESOURCE, wrong);
        }
        for (ReferenceRule<? super T> rule : rules) {
            if (!rule.test().test(view)) {
                throw new ReferenceException(rule.code(), rule.reason());
            }
        }
        return view;
    }

    void stop(@Observes ShutdownEvent event) {
        fetchers.shutdownNow();
    }
}
