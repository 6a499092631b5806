package io.communityedu.programmes.funding;

import io.communityedu.support.paging.PageResponse;

/** A page of the ledger, with the totals of the whole ledger (not just of the page). */
public record ExpenditurePageView(PageResponse<ExpenditureView> page, LedgerTotalsView totals) {
}
