package io.communityedu.support.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditedRouteTest {

    @Path("/api/v1/communities")
    static class Communities {
        @Path("{code}/plans/{year: [0-9]{4}}/budget-lines")
        public void budgetLines() {
        }

        public void create() {
        }
    }

    @Path("/admin/dead-letters/")
    static class DeadLetters {
        @Path("/{id: .+}/redrive")
        public void redrive() {
        }
    }

    @Path("/admin/projections")
    static class Projections {
        @Path("rebuild")
        public void rebuild() {
        }
    }

    @Path("/api/v1/communities/{code}/plans")
    static class Plans {
        @Path("{year}")
        public void put() {
        }
    }

    @Path("/api/v1/me")
    static class Me {
        public void me() {
        }
    }

    private static AuditedRoute route(String method, Class<?> type, String name, Map<String, String> parameters)
            throws NoSuchMethodException {
        MultivaluedHashMap<String, String> values = new MultivaluedHashMap<>();
        parameters.forEach(values::add);
        return AuditedRoute.of(method, type.getDeclaredMethod(name), values);
    }

    @Test
    void templatesDropRegularExpressionsAndStraySlashes() throws Exception {
        assertEquals("PUT /api/v1/communities/{code}/plans/{year}/budget-lines",
                route("PUT", Communities.class, "budgetLines", Map.of("code", "qinghuai-road", "year", "2010")).action());
        assertEquals("POST /admin/dead-letters/{id}/redrive",
                route("POST", DeadLetters.class, "redrive", Map.of("id", "x")).action());
        assertEquals("POST /api/v1/communities", route("POST", Communities.class, "create", Map.of()).action());
    }

    @Test
    void theResourceIsTheCollectionBeforeTheLastParameterIdentifiedByAllParameters() throws Exception {
        AuditedRoute.Resource plan = route("PUT", Communities.class, "budgetLines",
                Map.of("code", "qinghuai-road", "year", "2010")).resource(null);
        assertEquals(new AuditedRoute.Resource("plan", "qinghuai-road/2010"), plan);
        AuditedRoute.Resource letter = route("POST", DeadLetters.class, "redrive",
                Map.of("id", "programme-events.DLT/0/17")).resource(null);
        assertEquals(new AuditedRoute.Resource("dead-letter", "programme-events.DLT/0/17"), letter);
    }

    @Test
    void whatA201CreatedIsNamedByItsLocation() throws Exception {
        AuditedRoute.Resource created = route("POST", Communities.class, "create", Map.of())
                .resource(URI.create("http://localhost:8080/api/v1/communities/qinghuai-road"));
        assertEquals(new AuditedRoute.Resource("community", "qinghuai-road"), created);
    }

    @Test
    void aRouteEndingInAParameterNamesWhatItCreatedItself() throws Exception {
        AuditedRoute.Resource plan = route("PUT", Plans.class, "put", Map.of("code", "qinghuai-road", "year", "2010"))
                .resource(URI.create("http://localhost:8080/api/v1/communities/qinghuai-road/plans/2010"));
        assertEquals(new AuditedRoute.Resource("plan", "qinghuai-road/2010"), plan);
    }

    @Test
    void withoutParametersTheFirstCollectionAfterThePrefixNamesTheTypeOnly() throws Exception {
        AuditedRoute.Resource me = route("DELETE", Me.class, "me", Map.of()).resource(null);
        assertEquals("resident", me.type());
        assertNull(me.id());
        assertEquals(new AuditedRoute.Resource("projection", null),
                route("POST", Projections.class, "rebuild", Map.of()).resource(null));
    }

    @Test
    void onlyWritingMethodsChangeState() throws Exception {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertTrue(route(method, Me.class, "me", Map.of()).changesState(), method);
        }
        for (String method : List.of("GET", "HEAD", "OPTIONS")) {
            assertFalse(route(method, Me.class, "me", Map.of()).changesState(), method);
        }
    }

    @Test
    void pluralsBecomeSingular() {
        assertEquals("community", AuditedRoute.singular("communities"));
        assertEquals("staff-activity", AuditedRoute.singular("staff-activities"));
        assertEquals("session", AuditedRoute.singular("sessions"));
        assertEquals("attendance", AuditedRoute.singular("attendance"));
        assertEquals("address", AuditedRoute.singular("address"));
    }
}
