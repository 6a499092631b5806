package io.communityedu.support.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import org.hibernate.LockMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Row locks with plain {@code SELECT ... FOR UPDATE}: Hibernate's MySQL 8 dialect writes
 * {@code FOR UPDATE OF alias}, which MariaDB (the local stack) does not understand.
 * <p>
 * Locked rows are marked as such in the persistence context, so locking a row again in the same
 * transaction costs no query: nobody else can have changed it since, and the entity holds this
 * transaction's own changes. A consumer folding a batch of events in one transaction locks each
 * programme or session once, not once per event.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /**
     * Runs a native {@code SELECT * ... FOR UPDATE} and returns the locked rows as entities,
     * refreshed: one already in the persistence context would otherwise keep its older state.
     */
    public static <T> List<T> lock(EntityManager em, Class<T> type, String selectForUpdate, Object... parameters) {
        List<T> rows = select(em, type, selectForUpdate, parameters);
        rows.forEach(row -> {
            em.refresh(row);
            markLocked(em, row);
        });
        return rows;
    }

    /** The row with this id, locked: from the persistence context when this transaction already locked it. */
    public static <T> Optional<T> lockById(EntityManager em, Class<T> type, Object id, String selectForUpdate,
                                           Object... parameters) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        PersistenceContext context = session.getPersistenceContextInternal();
        Object held = context.getEntity(session.generateEntityKey(id,
                session.getFactory().getMappingMetamodel().getEntityDescriptor(type)));
        if (held != null && isLocked(context.getEntry(held))) {
            return Optional.of(type.cast(held));
        }
        Query query = query(em, type, selectForUpdate, parameters);
        if (held == null) {
            // No change of this row is pending in the session, so it need not be flushed first; the
            // batch's writes then go out together at commit.
            query.setFlushMode(FlushModeType.COMMIT);
        }
        @SuppressWarnings("unchecked")
        Optional<T> row = ((List<T>) query.getResultList()).stream().findFirst();
        row.ifPresent(entity -> {
            if (entity == held) {
                em.refresh(entity); // read before without a lock: the row may have changed since
            }
            markLocked(em, entity);
        });
        return row;
    }

    /**
     * The rows with these ids, locked by one {@code SELECT ... WHERE id IN (?1) ... FOR UPDATE} (which should order
     * by id, so that two transactions locking overlapping sets take the locks in one order). Only rows this
     * transaction had read before are read again.
     */
    public static <T> List<T> lockByIds(EntityManager em, Class<T> type, Collection<?> ids, String selectForUpdate) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        PersistenceContext context = session.getPersistenceContextInternal();
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        Set<Object> held = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object id : ids) {
            Object entity = context.getEntity(session.generateEntityKey(id, persister));
            if (entity != null) {
                held.add(entity);
            }
        }
        Query query = query(em, type, selectForUpdate, ids);
        if (held.isEmpty()) {
            query.setFlushMode(FlushModeType.COMMIT);
        }
        @SuppressWarnings("unchecked")
        List<T> rows = query.getResultList();
        for (T row : rows) {
            if (held.contains(row) && !isLocked(context.getEntry(row))) {
                em.refresh(row);
            }
            markLocked(em, row);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> select(EntityManager em, Class<T> type, String selectForUpdate, Object... parameters) {
        return query(em, type, selectForUpdate, parameters).getResultList();
    }

    private static Query query(EntityManager em, Class<?> type, String selectForUpdate, Object... parameters) {
        Query query = em.createNativeQuery(selectForUpdate, type);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static void markLocked(EntityManager em, Object entity) {
        EntityEntry entry = em.unwrap(SessionImplementor.class).getPersistenceContextInternal().getEntry(entity);
        if (entry != null && !isLocked(entry)) {
            entry.setLockMode(LockMode.PESSIMISTIC_WRITE);
        }
    }

    /** Locked by this transaction: by a lock, or because it inserted the row (lock mode WRITE). */
    private static boolean isLocked(EntityEntry entry) {
        return entry != null && (entry.getLockMode() == LockMode.PESSIMISTIC_WRITE || entry.getLockMode() == LockMode.WRITE);
    }
}
