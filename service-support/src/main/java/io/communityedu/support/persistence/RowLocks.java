package io.communityedu.support.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/**
 * Row locks with plain {@code SELECT ... FOR UPDATE}: Hibernate's MySQL 8 dialect writes
 * {@code FOR UPDATE OF alias}, which MariaDB (the local stack) does not understand.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /**
     * Runs a native {@code SELECT * ... FOR UPDATE} and returns the locked rows as entities,
     * refreshed: one already in the persistence context would otherwise keep its older state.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> lock(EntityManager em, Class<T> type, String selectForUpdate, Object... parameters) {
        Query query = em.createNativeQuery(selectForUpdate, type);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<T> rows = query.getResultList();
        rows.forEach(em::refresh);
        return rows;
    }
}
