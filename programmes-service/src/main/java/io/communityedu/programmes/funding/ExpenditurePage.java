package io.communityedu.programmes.funding;

import io.communityedu.support.paging.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the ledger, with the totals of the whole ledger (not just of the page). */
@Schema(description = "One page of the plan-year's ledger, by date, and the totals of the whole ledger.")
public record ExpenditurePage(List<ExpenditureResponse> items, int page, int size, long total, LedgerTotals totals) {

    public static ExpenditurePage of(ExpenditurePageView page) {
        PageResponse<ExpenditureResponse> entries = page.page().map(ExpenditureResponse::of);
        return new ExpenditurePage(entries.items(), entries.page(), entries.size(), entries.total(),
                LedgerTotals.of(page.totals()));
    }
}
