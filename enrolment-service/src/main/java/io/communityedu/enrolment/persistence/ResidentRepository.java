package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.Resident;
import io.communityedu.support.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Erased residents (tombstones) are found by id only where a caller asks for them: lists and lookups skip them. */
@ApplicationScoped
public class ResidentRepository implements PanacheRepositoryBase<Resident, String> {

    /** The resident unless unknown or erased. */
    public Optional<Resident> findLive(String id) {
        return findByIdOptional(id).filter(r -> !r.isErased());
    }

    /**
     * Locks the resident's row, then answers it unless erased. Erasure and enrolling take this lock before any
     * session's, so an enrolment cannot slip in beside an erasure.
     */
    public Optional<Resident> lockLive(String id) {
        return RowLocks.lockById(getEntityManager(), Resident.class, id,
                "SELECT * FROM resident WHERE id = ?1 FOR UPDATE", id).filter(r -> !r.isErased());
    }

    /** {@link #lockLive} for several residents at once, locked in id order; the erased and unknown are left out. */
    public Map<String, Resident> lockLive(Collection<String> ids) {
        return RowLocks.lockByIds(getEntityManager(), Resident.class, ids,
                        "SELECT * FROM resident WHERE id IN (?1) ORDER BY id FOR UPDATE").stream()
                .filter(r -> !r.isErased()).collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    public PanacheQuery<Resident> ofCommunity(String communityCode) {
        return communityCode == null
                ? find("erasedAt is null order by communityCode, name, id")
                : find("communityCode = ?1 and erasedAt is null order by name, id", communityCode);
    }

    public PanacheQuery<Resident> ofCommunities(Collection<String> communityCodes) {
        return communityCodes.isEmpty() ? find("1 = 0")
                : find("communityCode in ?1 and erasedAt is null order by communityCode, name, id", communityCodes);
    }

    /** An erased resident has no account link any more, so this finds live residents only. */
    public Optional<Resident> ofAccount(String subject) {
        return find("accountSubject", subject).firstResultOptional();
    }

    public List<Resident> wardsOf(String guardianId) {
        return list("guardianId = ?1 and erasedAt is null order by name, id", guardianId);
    }

    public List<Resident> byIds(Collection<String> ids) {
        return list("id in ?1", ids);
    }

    /**
     * Live residents without live wards and with no activity since {@code before}: neither their record nor any
     * enrolment of theirs changed since then, but for {@code except}. Read without locks; each is checked again
     * under its lock.
     */
    public List<String> inactiveSince(Instant before, Collection<String> except, int limit) {
        TypedQuery<String> query = getEntityManager().createQuery("select r.id from Resident r where r.erasedAt is null "
                        + "and r.lastActivityAt < :before and not exists (select 1 from Enrolment e "
                        + "where e.residentId = r.id and e.updatedAt >= :before) and not exists (select 1 from "
                        + "Resident w where w.guardianId = r.id and w.erasedAt is null)"
                        + (except.isEmpty() ? "" : " and r.id not in :except") + " order by r.lastActivityAt, r.id",
                        String.class)
                .setParameter("before", before);
        if (!except.isEmpty()) {
            query.setParameter("except", except);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
