package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.Programme;
import io.communityedu.support.persistence.LikePatterns;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, String> {

    public PanacheQuery<Programme> search(ProgrammeFilter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.communityCode() != null) {
            where.add("communityCode = :community");
            params.and("community", filter.communityCode());
        }
        if (filter.year() != null) {
            where.add("year = :year");
            params.and("year", filter.year());
        }
        if (filter.strand() != null) {
            where.add("strand = :strand");
            params.and("strand", filter.strand());
        }
        if (filter.featured() != null) {
            where.add("featured = :featured");
            params.and("featured", filter.featured());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
            where.add("title like :q escape '\\'");
            params.and("q", LikePatterns.containing(filter.titleContains()));
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by year desc, createdAt, id";
        return find(query, params);
    }
}
