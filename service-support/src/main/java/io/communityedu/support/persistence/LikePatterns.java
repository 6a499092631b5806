package io.communityedu.support.persistence;

/** LIKE patterns from user text, so that a search for "100%" or "a_b" finds those characters literally. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching any value that contains the (stripped) text; escape character is the backslash. */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
