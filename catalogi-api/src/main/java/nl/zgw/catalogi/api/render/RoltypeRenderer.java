package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Roltype;

import java.time.LocalDate;
import java.util.List;

import static nl.zgw.catalogi.domain.Collecties.ROLTYPEN;

/** ROLTYPE: its stored attributes with its zaaktype. */
@Singleton
public class RoltypeRenderer extends AbstractRenderer<Roltype> {

    public RoltypeRenderer(Links links) {
        super(Roltype.class, ROLTYPEN, links);
    }

    @Override
    public List<ObjectNode> render(List<Roltype> rows, LocalDate on) {
        return rows.stream().map(r -> links.onderdeel(ROLTYPEN, r.uuid, r.data, r.zaaktype)).toList();
    }
}
