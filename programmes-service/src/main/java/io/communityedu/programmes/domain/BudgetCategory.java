package io.communityedu.programmes.domain;

/** What a plan's money is for: budget lines split the budget by these, expenditures are booked to one. */
public enum BudgetCategory {
    TEACHING, MATERIALS, VENUES, PUBLICITY, STAFF_DEVELOPMENT, OTHER
}
