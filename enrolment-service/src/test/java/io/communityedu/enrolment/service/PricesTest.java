package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The price rule on its own; equals on BigDecimal also checks the two decimals. */
class PricesTest {

    @Test
    void discountsRoundHalfUpToTheCent() {
        assertEquals(new BigDecimal("84.99"), Prices.discounted(new BigDecimal("99.99"), 15)); // 84.9915
        assertEquals(new BigDecimal("0.03"), Prices.discounted(new BigDecimal("0.05"), 50)); // 0.025
        assertEquals(new BigDecimal("0.01"), Prices.discounted(new BigDecimal("0.01"), 50)); // 0.005
        assertEquals(new BigDecimal("80.00"), Prices.discounted(new BigDecimal("100.00"), 20));
        assertEquals(new BigDecimal("989999999999.99"), Prices.discounted(new BigDecimal("999999999999.99"), 1));
        assertEquals(new BigDecimal("0.00"), Prices.discounted(new BigDecimal("120.00"), 100));
    }

    @Test
    void withoutADiscountThePriceIsTheFee() {
        assertEquals(new BigDecimal("99.99"), Prices.discounted(new BigDecimal("99.99"), null));
        assertEquals(new BigDecimal("99.99"), Prices.discounted(new BigDecimal("99.99"), 0));
        assertEquals(new BigDecimal("0.00"), Prices.discounted(new BigDecimal("0.00"), 30));
    }

    @Test
    void onlyResidentsOfTheProgrammesCommunityGetTheDiscount() {
        SessionReplica session = session("99.99", 15);
        assertEquals(new BigDecimal("84.99"), Prices.of(session, resident("qinghuai-road")));
        assertEquals(new BigDecimal("99.99"), Prices.of(session, resident("elsewhere")));
        assertEquals(new BigDecimal("99.99"), Prices.of(session("99.99", null), resident("qinghuai-road")));
    }

    private static SessionReplica session(String fee, Integer discountPercent) {
        SessionReplica session = new SessionReplica();
        session.communityCode = "qinghuai-road";
        session.fee = new BigDecimal(fee);
        session.residentDiscountPercent = discountPercent;
        return session;
    }

    private static Resident resident(String communityCode) {
        Resident resident = new Resident();
        resident.communityCode = communityCode;
        return resident;
    }
}
