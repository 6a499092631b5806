package io.communityedu.programmes.funding;

import java.time.LocalDate;

/** Why an expenditure is reversed, and when ({@code date} null: the expenditure's date). */
public record ReversalCommand(String reason, LocalDate date) {
}
