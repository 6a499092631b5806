package io.communityedu.programmes.teachers;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class StaffActivityRepository implements PanacheRepositoryBase<StaffActivity, String> {

    /** The community's activities, of one year or (year null) all, by date then when recorded. */
    public PanacheQuery<StaffActivity> ofCommunity(String communityCode, Integer year) {
        if (year == null) {
            return find("communityCode = ?1 order by date, createdAt, id", communityCode);
        }
        return find("communityCode = ?1 and date >= ?2 and date < ?3 order by date, createdAt, id",
                communityCode, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public Optional<StaffActivity> ofCommunity(String communityCode, String id) {
        return find("id = ?1 and communityCode = ?2", id, communityCode).firstResultOptional();
    }
}
