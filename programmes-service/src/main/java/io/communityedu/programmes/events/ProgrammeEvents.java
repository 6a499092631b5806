package io.communityedu.programmes.events;

import io.communityedu.programmes.config.ProgrammesConfig;
import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.programmes.domain.Community;
import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.programmes.domain.Provider;
import io.communityedu.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Everything programmes-service tells other services goes through here, into the outbox. */
@ApplicationScoped
public class ProgrammeEvents {

    private final Outbox outbox;
    private final ProgrammesConfig config;
    private final EntityManager em;

    public ProgrammeEvents(Outbox outbox, ProgrammesConfig config, EntityManager em) {
        this.outbox = outbox;
        this.config = config;
        this.em = em;
    }

    public void communityRegistered(Community community) {
        outbox.publish(config.topic(), community.code, CommunityRegistered.TYPE, CommunityRegistered.of(community));
    }

    public void planSet(AnnualPlan plan) {
        em.flush(); // the event carries the version this change gets on flush
        outbox.publish(config.topic(), plan.communityCode, PlanSet.TYPE, PlanSet.of(plan));
    }

    public void providerRegistered(Provider provider) {
        outbox.publish(config.topic(), provider.id, ProviderRegistered.TYPE, ProviderRegistered.of(provider));
    }

    public void programmeCreated(Programme programme) {
        outbox.publish(config.topic(), programme.id, ProgrammeSnapshot.CREATED,
                ProgrammeSnapshot.of(programme, residentDiscountPercent(programme)));
    }

    public void programmeChanged(Programme programme) {
        em.flush();
        outbox.publish(config.topic(), programme.id, ProgrammeSnapshot.CHANGED,
                ProgrammeSnapshot.of(programme, residentDiscountPercent(programme)));
    }

    public void sessionScheduled(ProgrammeSession session, Programme programme) {
        outbox.publish(config.topic(), programme.id, SessionSnapshot.SCHEDULED,
                SessionSnapshot.of(session, programme, residentDiscountPercent(programme)));
    }

    public void sessionChanged(ProgrammeSession session, Programme programme) {
        em.flush();
        outbox.publish(config.topic(), programme.id, SessionSnapshot.CHANGED,
                SessionSnapshot.of(session, programme, residentDiscountPercent(programme)));
    }

    /** The programme's provider's discount, null without one (providers are immutable: looked up, not copied). */
    private Integer residentDiscountPercent(Programme programme) {
        return programme.providerId == null ? null
                : em.find(Provider.class, programme.providerId).residentDiscountPercent;
    }
}
