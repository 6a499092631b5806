package io.communityedu.reporting.domain;

import java.math.BigDecimal;

/** Amounts in CNY keep two decimals everywhere, nothing included: 0.00, never 0. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }
}
