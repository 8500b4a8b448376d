package nl.zgw.catalogi.api.render;

import nl.zgw.catalogi.domain.CatalogiEntity;

/**
 * What every {@link Renderer} declares the same way: the entity it renders, its collection and the {@link Links}
 * its URLs are made with; a subclass adds only its {@code render}.
 */
abstract class AbstractRenderer<T extends CatalogiEntity> implements Renderer<T> {

    protected final Links links;
    private final Class<T> type;
    private final String collection;

    protected AbstractRenderer(Class<T> type, String collection, Links links) {
        this.type = type;
        this.collection = collection;
        this.links = links;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    @Override
    public final String collection() {
        return collection;
    }
}
