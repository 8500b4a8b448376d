package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.domain.CatalogiEntity;

import java.time.LocalDate;
import java.util.List;

/**
 * Renders one resource of the catalogue as the OAS describes it, a whole page at once (the relations of all rows
 * in one query per relation, never one per row). Relations made by name (1.3 history model) are returned as the
 * URL of the published version valid on the date given (today or {@code datumGeldigheid}).
 */
public interface Renderer<T extends CatalogiEntity> {

    Class<T> type();

    /** The collection of the resource's URL ({@code zaaktypen}, ...). */
    String collection();

    List<ObjectNode> render(List<T> rows, LocalDate on);
}
