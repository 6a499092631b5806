package io.communityedu.support.problem;

import java.util.Locale;

/** The {@code type} URIs of problems: one per refusal code, else one per HTTP status. */
public final class ProblemTypes {

    private ProblemTypes() {
    }

    public static String forStatus(int status, String code) {
        if (code != null) {
            return "/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return switch (status) {
            case 400 -> "/problems/invalid-request";
            case 401 -> "/problems/unauthorized";
            case 404 -> "/problems/not-found";
            case 409 -> "/problems/conflict";
            case 503 -> "/problems/unavailable";
            default -> "about:blank";
        };
    }
}
