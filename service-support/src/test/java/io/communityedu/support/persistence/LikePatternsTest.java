package io.communityedu.support.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterInTheTextAreMatchedLiterally() {
        assertEquals("%100\\%%", LikePatterns.containing("100%"));
        assertEquals("%a\\_b%", LikePatterns.containing("a_b"));
        assertEquals("%c:\\\\temp%", LikePatterns.containing("c:\\temp"));
    }

    @Test
    void chineseTextIsKeptAndSurroundingBlanksDropped() {
        assertEquals("%诗词读书会%", LikePatterns.containing("  诗词读书会 "));
    }

    @Test
    void aPrefixIsMatchedLiterallyWithItsBlanksKept() {
        assertEquals("sub\\_1 %", LikePatterns.startingWith("sub_1 "));
    }
}
