package io.communityedu.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.BitSet;

/** One community's statistics for the year, counted directly from the generated events. */
public final class CommunityExpectation {

    static final String[] STRANDS = {"YOUTH_DEVELOPMENT", "JOB_CAPABILITY", "RESIDENT_TRAINING", "SELF_EDUCATION"};

    final String code;
    int residentPopulation;
    int participationTargetPercent;
    int featuredProgrammeTarget;
    BigDecimal budget;
    BigDecimal previousYearBudget;
    int featuredProgrammes;
    /** Residents of this community holding a place this year (any community's programme). */
    final BitSet participants = new BitSet();
    /** By status: CONFIRMED, WAITLISTED, CANCELLED, COMPLETED, over this community's sessions. */
    final long[] enrolments = new long[4];
    final int[] strandProgrammes = new int[4];
    final int[] strandSessions = new int[4];
    final BitSet[] strandParticipants = {new BitSet(), new BitSet(), new BitSet(), new BitSet()};
    final long[] strandEnrolments = new long[4];
    final long[] strandCompletions = new long[4];
    final long[] strandLearnerHours = new long[4];

    CommunityExpectation(String code) {
        this.code = code;
    }

    int participantCount() {
        return participants.cardinality();
    }

    BigDecimal participationRate() {
        return BigDecimal.valueOf(participantCount()).divide(BigDecimal.valueOf(residentPopulation), 4, RoundingMode.HALF_UP);
    }

    boolean participationTargetMet() {
        return (long) participantCount() * 100 >= (long) participationTargetPercent * residentPopulation;
    }

    Boolean budgetIncreased() {
        return previousYearBudget == null ? null : budget.compareTo(previousYearBudget) > 0;
    }

    static int statusIndex(String status) {
        return switch (status) {
            case "CONFIRMED" -> 0;
            case "WAITLISTED" -> 1;
            case "CANCELLED" -> 2;
            case "COMPLETED" -> 3;
            default -> throw new IllegalArgumentException(status);
        };
    }
}
