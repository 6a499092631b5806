package io.communityedu.reporting.domain;

/** Where a plan's money goes; every funding section lists all six, in this order. */
public enum BudgetCategory {
    TEACHING, MATERIALS, VENUES, PUBLICITY, STAFF_DEVELOPMENT, OTHER
}
