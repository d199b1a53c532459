package com.verticallight.execution;

import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** The guidance library: the same for every tenant. */
@ApplicationScoped
public class GuidanceService {

    @WithSession
    public Uni<List<GuidanceView>> list() {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery("from Guidance", Guidance.class).getResultList())
                .map(all -> all.stream().map(GuidanceView::of)
                        .sorted(Comparator.comparing(GuidanceView::category).thenComparing(GuidanceView::key))
                        .toList());
    }

    @WithSession
    public Uni<GuidanceView> get(String key) {
        return find(key).onItem().ifNull().failWith(() -> ProblemException.notFound("Guidance " + key))
                .map(GuidanceView::of);
    }

    /** The guidance with this key, or null; callers open the session. */
    Uni<Guidance> find(String key) {
        if (key == null || key.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession().chain(s -> s.find(Guidance.class, key));
    }
}
