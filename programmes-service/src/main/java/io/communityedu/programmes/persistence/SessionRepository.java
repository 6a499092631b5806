package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.ProgrammeSession;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<ProgrammeSession, String> {

    public PanacheQuery<ProgrammeSession> ofProgramme(String programmeId) {
        return find("programmeId = ?1 order by startDate, createdAt, id", programmeId);
    }

    public long countOfProgramme(String programmeId) {
        return count("programmeId", programmeId);
    }
}
