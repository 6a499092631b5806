package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a resident pays for a place (API.md "Prices"): the programme's fee, less the provider's
 * resident discount for a resident of the programme's community, rounded half up to 0.01 CNY.
 */
public final class Prices {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Prices() {
    }

    public static BigDecimal of(SessionReplica session, Resident resident) {
        return session.isLocal(resident)
                ? discounted(session.fee, session.residentDiscountPercent)
                : session.fee;
    }

    static BigDecimal discounted(BigDecimal fee, Integer discountPercent) {
        if (discountPercent == null || discountPercent <= 0) {
            return fee;
        }
        return fee.multiply(BigDecimal.valueOf(100L - discountPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
