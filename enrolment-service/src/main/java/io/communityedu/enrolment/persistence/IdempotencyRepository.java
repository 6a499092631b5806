package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.IdempotencyRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, String> {
}
