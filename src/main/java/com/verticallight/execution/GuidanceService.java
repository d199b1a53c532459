package com.verticallight.execution;

import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** The guidance library: the same for every tenant, read in the reader's language. */
@ApplicationScoped
public class GuidanceService {

    @Inject
    ReaderLanguage reader;

    @WithSession
    public Uni<List<GuidanceView>> list() {
        return reader.current().chain(locale -> Panache.getSession()
                .chain(s -> s.createSelectionQuery("from Guidance", Guidance.class).getResultList())
                .map(all -> all.stream().map(entry -> GuidanceView.of(entry, locale))
                        .sorted(Comparator.comparing(GuidanceView::category).thenComparing(GuidanceView::key))
                        .toList()));
    }

    @WithSession
    public Uni<GuidanceView> get(String key) {
        return reader.current().chain(locale -> find(key)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Guidance"))
                .map(entry -> GuidanceView.of(entry, locale)));
    }

    /** The guidance with this key, or null; callers open the session. */
    Uni<Guidance> find(String key) {
        if (key == null || key.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession().chain(s -> s.find(Guidance.class, key));
    }
}
