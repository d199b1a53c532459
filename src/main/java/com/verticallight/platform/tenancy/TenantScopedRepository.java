package com.verticallight.platform.tenancy;

import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The one way feature code reaches tenant-owned rows. Every query it builds is restricted to the current
 * tenant, and every row it stores is stamped with it, so no query has to remember the tenant itself. It
 * deliberately offers no unscoped finder. Callers open the session ({@code @WithSession}/{@code @WithTransaction}).
 */
public abstract class TenantScopedRepository<E extends TenantOwned> {

    private final Class<E> type;

    @Inject
    protected CurrentTenant tenant;

    protected TenantScopedRepository(Class<E> type) {
        this.type = type;
    }

    public Uni<E> findById(UUID id) {
        return first("id = :id", Map.of("id", id));
    }

    /** The row, or a 404 problem naming what was looked for; another tenant's row is "not found" too. */
    public Uni<E> getById(UUID id, String what) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound(what));
    }

    public Uni<E> first(String where, Map<String, Object> parameters) {
        return session().chain(s -> scoped(s, where, parameters, null).setMaxResults(1).getSingleResultOrNull());
    }

    public Uni<List<E>> list(String where, Map<String, Object> parameters, String orderBy) {
        return session().chain(s -> scoped(s, where, parameters, orderBy).getResultList());
    }

    /** One page of the rows that match, in the given order. */
    public Uni<List<E>> page(String where, Map<String, Object> parameters, String orderBy, int offset, int limit) {
        return session().chain(s -> scoped(s, where, parameters, orderBy)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    public Uni<List<E>> listAll(String orderBy) {
        return list(null, Map.of(), orderBy);
    }

    public Uni<Long> count(String where, Map<String, Object> parameters) {
        String hql = "select count(*) from " + type.getSimpleName() + " where " + restriction(where);
        return session().chain(s -> {
            Mutiny.SelectionQuery<Long> query = s.createSelectionQuery(hql, Long.class);
            withTenant(parameters).forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    /** A bulk update of the current tenant's rows, e.g. cancelling every pending job of one lead. */
    public Uni<Integer> update(String assignments, String where, Map<String, Object> parameters) {
        String hql = "update " + type.getSimpleName() + " set " + assignments + " where " + restriction(where);
        return session().chain(s -> {
            Mutiny.MutationQuery query = s.createMutationQuery(hql);
            withTenant(parameters).forEach(query::setParameter);
            return query.executeUpdate();
        });
    }

    public Uni<E> add(E entity) {
        entity.tenantId = tenant.id();
        if (entity.id == null) {
            entity.id = UUID.randomUUID();
        }
        return session().chain(s -> s.persist(entity).chain(s::flush)).replaceWith(entity);
    }

    /** Writes pending changes now, so constraint failures surface inside the calling pipeline. */
    public Uni<E> flush(E entity) {
        return session().chain(Mutiny.Session::flush).replaceWith(entity);
    }

    public Uni<Void> remove(E entity) {
        if (!tenant.id().equals(entity.tenantId)) {
            return Uni.createFrom().failure(ProblemException.notFound(type.getSimpleName()));
        }
        return session().chain(s -> s.remove(entity).chain(s::flush));
    }

    private Mutiny.SelectionQuery<E> scoped(Mutiny.Session session, String where, Map<String, Object> parameters,
            String orderBy) {
        String hql = "from " + type.getSimpleName() + " where " + restriction(where)
                + (orderBy == null ? "" : " order by " + orderBy);
        Mutiny.SelectionQuery<E> query = session.createSelectionQuery(hql, type);
        withTenant(parameters).forEach(query::setParameter);
        return query;
    }

    private static String restriction(String where) {
        return where == null || where.isBlank() ? "tenantId = :tenantId" : "tenantId = :tenantId and (" + where + ")";
    }

    private Map<String, Object> withTenant(Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("tenantId", tenant.id());
        return all;
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
