package io.communityedu.programmes.funding;

import io.communityedu.programmes.config.ProgrammesConfig;
import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** The ledger's events, into the outbox under the community's key so that a community's ledger stays in order. */
@ApplicationScoped
public class FundingEvents {

    private final Outbox outbox;
    private final ProgrammesConfig config;

    public FundingEvents(Outbox outbox, ProgrammesConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    public void expenditureBooked(Expenditure entry, AnnualPlan plan) {
        outbox.publish(config.topic(), plan.communityCode, LedgerEntry.BOOKED, LedgerEntry.of(entry, plan));
    }

    public void expenditureReversed(Expenditure reversal, AnnualPlan plan) {
        outbox.publish(config.topic(), plan.communityCode, LedgerEntry.REVERSED, LedgerEntry.of(reversal, plan));
    }
}
