package nl.zgw.documenten.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The configured {@link ContentStore}: the one bean whose {@code @LookupIfProperty} matches
 * {@code zgw.documenten.storage.type} ({@code filesystem}, the default, or {@code s3}).
 */
@ApplicationScoped
public class ContentStores {

    private final Instance<ContentStore> stores;

    public ContentStores(Instance<ContentStore> stores) {
        this.stores = stores;
    }

    public ContentStore current() {
        return stores.get();
    }
}
