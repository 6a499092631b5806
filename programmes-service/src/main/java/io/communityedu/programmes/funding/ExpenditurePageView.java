package io.communityedu.programmes.funding;

import java.util.List;

/** A page of the ledger, with the totals of the whole ledger (not just of the page). */
public record ExpenditurePageView(List<ExpenditureView> items, int page, int size, long total, LedgerTotalsView totals) {
}
