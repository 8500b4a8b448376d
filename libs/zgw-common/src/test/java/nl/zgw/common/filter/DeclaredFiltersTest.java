package nl.zgw.common.filter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static nl.zgw.common.support.Api.asAll;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A list resource that is only a filter declaration (FilterObjectenResource over 101 rows, aantal 1..101): every
 * lookup, every value type, their 400 codes, ordering, unknown parameters and the page envelope, over HTTP against
 * PostgreSQL.
 */
@QuarkusTest
class DeclaredFiltersTest {

    private static final String LIST = "/test/api/v1/filterobjecten";

    private static List<Integer> aantallen(String query) {
        return asAll().get(LIST + query).then().statusCode(200).extract().path("results.aantal");
    }

    private static String self() {
        return "http://localhost:" + RestAssured.port + LIST;
    }

    @Test
    void pageOneOf101HasHundredRowsCountAndTheExactNextUrl() {
        asAll().get(LIST + "?soort=eenvoudig&ordering=aantal")
                .then().statusCode(200)
                .body("count", equalTo(68))
                .body("results", hasSize(68))
                .body("next", nullValue());
        asAll().get(LIST)
                .then().statusCode(200)
                .body("count", equalTo(101))
                .body("results", hasSize(100))
                .body("previous", nullValue())
                .body("next", equalTo(self() + "?page=2"));
        asAll().get(LIST + "?naam__in=object-1,object-2&page=1")
                .then().statusCode(200).body("next", nullValue()).body("count", equalTo(2));
    }

    @Test
    void pageTwoHasTheLastRowThePreviousUrlKeepingTheFiltersAndNoNext() {
        asAll().get(LIST + "?aantal__gte=1&page=2")
                .then().statusCode(200)
                .body("count", equalTo(101))
                .body("results.aantal", equalTo(List.of(101)))
                .body("next", nullValue())
                .body("previous", equalTo(self() + "?aantal__gte=1&page=1"));
        asAll().get(LIST + "?page=3").then().statusCode(404);
    }

    @Test
    void exactAndInOnText() {
        assertEquals(List.of(7), aantallen("?naam=object-7"));
        assertEquals(List.of(3, 5), aantallen("?naam__in=object-5, object-3,"));
        assertEquals(List.of(), aantallen("?naam=object-999"));
    }

    @Test
    void theOlderSpellingFiltersTooAndTheOfficialOneWins() {
        assertEquals(List.of(8), aantallen("?object_naam=object-8"));
        assertEquals(List.of(9), aantallen("?naam=object-9&object_naam=object-8"));
    }

    @Test
    void comparisonsOnInteger() {
        assertEquals(List.of(100, 101), aantallen("?aantal__gt=99"));
        assertEquals(List.of(99, 100, 101), aantallen("?aantal__gte=99"));
        assertEquals(List.of(1), aantallen("?aantal__lt=2"));
        assertEquals(List.of(1, 2), aantallen("?aantal__lte=2"));
        assertEquals(List.of(4, 5), aantallen("?aantal__gte=4&aantal__lte=5"));
        assertEquals(List.of(50), aantallen("?aantal=50"));
    }

    @Test
    void dateAndDateTime() {
        // datum = 2026-01-01 + aantal days; tijdstip = 2026-01-01T00:00Z + aantal hours
        assertEquals(List.of(10), aantallen("?datum=2026-01-11"));
        assertEquals(List.of(1, 2), aantallen("?datum__lte=2026-01-03"));
        assertEquals(List.of(101), aantallen("?datum__gt=2026-04-11"));
        assertEquals(List.of(2, 3), aantallen("?tijdstip__gte=2026-01-01T02:00:00Z&tijdstip__lt=2026-01-01T04:00:00Z"));
        // with an offset as given; without one Dutch local time (winter: UTC+1), as the reference reads it
        List<Integer> withOffset = asAll().queryParam("tijdstip__gte", "2026-01-01T03:00:00+01:00")
                .queryParam("tijdstip__lt", "2026-01-01T05:00:00").get(LIST)
                .then().statusCode(200).extract().path("results.aantal");
        assertEquals(List.of(2, 3), withOffset);
    }

    @Test
    void booleanEnumUuidAndIsnull() {
        assertEquals(51, aantallen("?actief=false&ordering=-aantal").size());
        assertEquals(List.of(2, 4), aantallen("?actief=true&aantal__lte=4"));
        assertEquals(List.of(3, 6), aantallen("?soort=samengesteld&aantal__lte=6"));
        assertEquals(List.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100), aantallen("?einde__isnull=true"));
        assertEquals(91, (int) asAll().get(LIST + "?einde__isnull=false").then().extract().path("count"));
        String uuid = asAll().get(LIST + "?naam=object-12").then().extract().path("results[0].uuid");
        assertEquals(List.of(12), aantallen("?uuid=" + uuid));
        assertEquals(List.of(12), aantallen("?uuid__in=" + uuid + ",00000000-0000-0000-0000-000000000001"));
    }

    @Test
    void aConditionFilterWithItsDefault() {
        assertEquals(List.of(2, 4), aantallen("?even=ja&aantal__lte=5"));
        assertEquals(List.of(1, 3, 5), aantallen("?even=nee&aantal__lte=5"));
        assertEquals(List.of(1, 2, 3), aantallen("?aantal__lte=3"));
    }

    @Test
    void urlFiltersCompareTheUrlOrTheUuidOfAResourceOfThisApi() {
        assertEquals(List.of(5), aantallen("?ref=http://ref.example.nl/api/v1/objecten/5"));
        String uuid = asAll().get(LIST + "?naam=object-13").then().extract().path("results[0].uuid");
        // any host: the path names the resource (as Open Zaak resolves it)
        assertEquals(List.of(13), aantallen("?object=https://elders.example.nl/test/api/v1/filterobjecten/" + uuid));
        assertEquals(List.of(), aantallen("?object=https://elders.example.nl/test/api/v1/anders/" + uuid));
    }

    @Test
    void aUrlFilterWithANonUrlIsInvalidNotAnEmptyList() {
        for (String bad : List.of("not a url", "ftp://ref.example.nl/x", "/test/api/v1/objecten/5", "http://")) {
            asAll().queryParam("ref", bad).get(LIST).then().statusCode(400)
                    .body("code", equalTo("invalid"))
                    .body("invalidParams.findAll { it.name == 'ref' }.code", equalTo(List.of("invalid")))
                    .body("invalidParams.find { it.name == 'ref' }.reason", equalTo("Voer een geldige URL in."));
            asAll().queryParam("object", bad).get(LIST).then().statusCode(400)
                    .body("invalidParams.find { it.name == 'object' }.code", equalTo("invalid"));
        }
    }

    @Test
    void badValuesAreInvalidEachNamedAndAllReportedTogether() {
        asAll().get(LIST + "?aantal__gt=veel&datum=31-12-2026&tijdstip__lt=gisteren&actief=misschien"
                        + "&uuid=123&naam=ok&soort=ingewikkeld&even=soms&einde__isnull=nooit")
                .then().statusCode(400)
                .body("code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'aantal__gt' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'aantal__gt' }.reason", equalTo("Voer een geheel getal in."))
                .body("invalidParams.find { it.name == 'datum' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'datum' }.reason",
                        equalTo("Voer een geldige datum in (JJJJ-MM-DD)."))
                .body("invalidParams.find { it.name == 'tijdstip__lt' }.reason",
                        equalTo("Voer een geldige datum/tijd in."))
                .body("invalidParams.find { it.name == 'actief' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'uuid' }.reason", equalTo("Voer een geldige UUID in."))
                .body("invalidParams.find { it.name == 'soort' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'soort' }.reason",
                        equalTo("Selecteer een geldige keuze. ingewikkeld is geen beschikbare keuze."))
                .body("invalidParams.find { it.name == 'even' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'einde__isnull' }.code", equalTo("invalid"))
                .body("invalidParams.name", not(hasItem("naam")))
                .body("invalidParams", hasSize(8));
    }

    @Test
    void blankValuesAreNoFilter() {
        asAll().get(LIST + "?naam=&aantal__gt=&soort=").then().statusCode(200).body("count", equalTo(101));
    }

    @Test
    void orderingAscendingDescendingAndSeveral() {
        assertEquals(List.of(101, 100, 99), aantallen("?ordering=-aantal&aantal__gte=99"));
        assertEquals(List.of(1, 2, 3), aantallen("?ordering=aantal&aantal__lte=3"));
        // soort ascending, then aantal descending, then the declaration's order (id) as the tie-breaker
        assertEquals(List.of(4, 2, 1, 3), aantallen("?ordering=soort,-aantal&aantal__lte=4"));
    }

    @Test
    void anUnknownOrderingValueIsInvalidChoice() {
        asAll().get(LIST + "?ordering=-naam").then().statusCode(400)
                .body("invalidParams.find { it.name == 'ordering' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'ordering' }.reason",
                        equalTo("Selecteer een geldige keuze. -naam is geen beschikbare keuze."));
    }

    @Test
    void undeclaredParametersStayUnknown() {
        asAll().get(LIST + "?naam__gt=a&expand=x&einde=2027-01-01").then().statusCode(400)
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.code", equalTo("unknown-parameters"))
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.reason",
                        equalTo("Onbekende query parameters: einde, expand, naam__gt"));
    }

    @Test
    void theDeclarationNamesItsParametersAndColumns() {
        Filters f = FilterObjectenResource.Declaration.FILTERS;
        assertEquals(Set.of("naam", "naam__in", "object_naam", "object_naam__in", "aantal", "aantal__gt",
                "aantal__gte", "aantal__lt", "aantal__lte", "datum", "datum__gt", "datum__lte", "tijdstip__gte",
                "tijdstip__lt", "actief", "soort", "uuid", "uuid__in", "ref", "object", "einde__isnull", "even",
                "ordering"), f.parameterNames());
        assertEquals(Set.of("o.naam", "o.aantal", "o.datum", "o.tijdstip", "o.actief", "o.soort", "o.uuid", "o.ref",
                "o.einde"), f.columns());
        assertEquals(Set.of("aantal", "soort"), f.orderings());
    }
}
