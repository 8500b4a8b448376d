package nl.zgw.common.query;

import nl.zgw.common.persistence.AnyOf;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The bound values key the pages {@link PageKeys} remembers, so two requests alike must give equal keys. */
class WhereTest {

    private static Where autorisatie(String... types) {
        Where where = new Where();
        where.and(AnyOf.condition("e.zaaktype", where.bind(AnyOf.array(List.of(types)))));
        return where;
    }

    @Test
    void arraysBoundByAnyOfCompareByValue() {
        assertEquals(autorisatie("http://ztc/zt/1", "http://ztc/zt/2").parameters(),
                autorisatie("http://ztc/zt/1", "http://ztc/zt/2").parameters());
        assertNotEquals(autorisatie("http://ztc/zt/1").parameters(),
                autorisatie("http://ztc/zt/2").parameters());
    }

    @Test
    void theStatementIsTheSameWhateverTheNumberOfValues() {
        assertEquals(autorisatie("http://ztc/zt/1").jpql(), autorisatie("a", "b", "c").jpql());
    }
}
