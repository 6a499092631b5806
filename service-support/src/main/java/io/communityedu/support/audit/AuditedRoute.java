package io.communityedu.support.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The route a request matched: method, route template (the annotations' paths with regular
 * expressions dropped, e.g. {@code /admin/dead-letters/{id}/redrive}) and its path parameters' values;
 * from them, what resource the request addressed.
 */
record AuditedRoute(String method, String template, List<String> parameterValues) {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    static AuditedRoute of(String method, Method resourceMethod, MultivaluedMap<String, String> pathParameters) {
        String template = template(resourceMethod.getDeclaringClass().getAnnotation(Path.class),
                resourceMethod.getAnnotation(Path.class));
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
        return STATE_CHANGING.contains(method);
    }

    /** {@code POST /api/v1/enrolments/{id}/cancel}. */
    String action() {
        return method + " " + template;
    }

    /**
     * What the request addressed: what a {@code 201} created (its {@code Location}), else the
     * collection before the template's last parameter, identified by all parameters' values.
     */
    Resource resource(URI location) {
        if (location != null) {
            List<String> segments = segments(location.getPath());
            if (segments.size() >= 2) {
                return new Resource(singular(segments.get(segments.size() - 2)), segments.get(segments.size() - 1));
            }
        }
        List<String> segments = segments(template);
        int lastParameter = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith("{")) {
                lastParameter = i;
            }
        }
        if (lastParameter > 0) {
            return new Resource(singular(segments.get(lastParameter - 1)), String.join("/", parameterValues));
        }
        return segments.isEmpty() ? new Resource(null, null) : new Resource(singular(segments.get(segments.size() - 1)), null);
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
