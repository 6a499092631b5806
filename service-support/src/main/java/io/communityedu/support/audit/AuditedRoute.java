package io.communityedu.support.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The route a request matched: method, route template (the annotations' paths with regular
 * expressions dropped, e.g. {@code /admin/dead-letters/{id}/redrive}) and its path parameters' values;
 * from them, what resource the request addressed.
 */
record AuditedRoute(String method, String template, List<String> parameterValues) {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** A resource method's template, worked out once. */
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();
    /** Leading segments that name no resource. */
    private static final Pattern PREFIXES = Pattern.compile("api|admin|v[0-9]+");

    static AuditedRoute of(String method, Method resourceMethod, MultivaluedMap<String, String> pathParameters) {
        String template = TEMPLATES.computeIfAbsent(resourceMethod, m -> template(
                m.getDeclaringClass().getAnnotation(Path.class), m.getAnnotation(Path.class)));
        List<String> values = new ArrayList<>();
        for (String name : parameterNames(template)) {
            String value = pathParameters == null ? null : pathParameters.getFirst(name);
            if (value != null) {
                values.add(value);
            }
        }
        return new AuditedRoute(method, template, List.copyOf(values));
    }

    boolean changesState() {
        return changesState(method);
    }

    static boolean changesState(String method) {
        return STATE_CHANGING.contains(method);
    }

    /** {@code POST /api/v1/enrolments/{id}/cancel}. */
    String action() {
        return method + " " + template;
    }

    /**
     * What the request addressed. A route ending in a parameter names its resource itself (a
     * {@code PUT} that created it too): the collection before that parameter, identified by all
     * parameters' values. Otherwise what a {@code 201} created ({@code Location}), else the resource
     * before the template's last parameter, else the first collection after the prefix
     * ({@code /admin/projections/rebuild} is about projections).
     */
    Resource resource(URI location) {
        List<String> segments = segments(template);
        int lastParameter = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith("{")) {
                lastParameter = i;
            }
        }
        boolean endsInParameter = lastParameter >= 0 && lastParameter == segments.size() - 1;
        if (location != null && !endsInParameter) {
            List<String> created = segments(location.getPath());
            if (created.size() >= 2) {
                return new Resource(singular(created.get(created.size() - 2)), created.get(created.size() - 1));
            }
        }
        if (lastParameter > 0) {
            return new Resource(singular(segments.get(lastParameter - 1)), String.join("/", parameterValues));
        }
        return segments.stream().filter(segment -> !PREFIXES.matcher(segment).matches()).findFirst()
                .map(segment -> new Resource(singular(segment), null))
                .orElse(new Resource(null, null));
    }

    record Resource(String type, String id) {
    }

    static String template(Path classPath, Path methodPath) {
        String joined = "/" + (classPath == null ? "" : classPath.value()) + "/" + (methodPath == null ? "" : methodPath.value());
        String normalised = String.join("/", segments(withoutExpressions(joined)));
        return "/" + normalised;
    }

    /** {@code communities} → {@code community}; {@code me} is the caller's resident record. */
    static String singular(String segment) {
        if (segment.equals("me")) {
            return "resident";
        }
        if (segment.endsWith("ies")) {
            return segment.substring(0, segment.length() - 3) + "y";
        }
        if (segment.endsWith("s") && !segment.endsWith("ss")) {
            return segment.substring(0, segment.length() - 1);
        }
        return segment;
    }

    /** {@code {id: [0-9]{4}}} → {@code {id}}: braces inside the expression are counted. */
    private static String withoutExpressions(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int depth = 0;
        boolean skipping = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                    skipping = false;
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    out.append(c);
                    skipping = false;
                    continue;
                }
            } else if (c == ':' && depth == 1) {
                skipping = true;
            }
            if (!skipping) {
                out.append(depth >= 1 && Character.isWhitespace(c) ? "" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static List<String> parameterNames(String template) {
        List<String> names = new ArrayList<>();
        for (String segment : segments(template)) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
