package io.communityedu.support.persistence;

/** LIKE patterns from user text, so that a search for "100%" or "a_b" finds those characters literally. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching any value that contains the (stripped) text; escape character is the backslash. */
    public static String containing(String text) {
        return "%" + escaped(text.strip()) + "%";
    }

    /** A pattern matching any value that starts with the text exactly as given. */
    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
