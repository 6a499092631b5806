package io.communityedu.programmes.teachers;

import io.communityedu.support.persistence.LikePatterns;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class TeacherRepository implements PanacheRepositoryBase<Teacher, String> {

    /** Filters are optional (null: any); {@code nameContains} searches the name. By name, then id. */
    public PanacheQuery<Teacher> search(String communityCode, TeacherKind kind, String nameContains) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (communityCode != null) {
            where.add("communityCode = :community");
            params.and("community", communityCode);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            where.add("name like :q escape '\\'");
            params.and("q", LikePatterns.containing(nameContains));
        }
        return find((where.isEmpty() ? "" : String.join(" and ", where)) + " order by name, id", params);
    }

    /** The teachers with these ids that exist, by id. */
    public Map<String, Teacher> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
    }
}
