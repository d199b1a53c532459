package com.verticallight.content.bot;

import com.verticallight.business.BusinessRepository;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Prepares a business's week when its job comes due, then places the next week's job. */
@ApplicationScoped
public class WeekJob implements JobHandler {

    @Inject
    WeekGenerator generator;

    @Inject
    WeekSchedule schedule;

    @Inject
    BotSettingRepository settings;

    @Inject
    BusinessRepository businesses;

    @Override
    public String kind() {
        return WeekSchedule.KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        WeekSchedule.Payload payload = JsonText.read(job.payload(), WeekSchedule.Payload.class);
        return Panache.withSession(() -> settings.of(payload.businessId())).chain(setting -> {
            if (!setting.weeklyContent) {
                return Uni.createFrom().voidItem(); // switched off since: no week, no next job
            }
            java.time.LocalDate monday = WeekSlots.monday(payload.isoWeek());
            return generator.generate(payload.businessId(), monday)
                    .chain(() -> Panache.withTransaction(() -> businesses.findById(payload.businessId())
                            .chain(business -> business == null ? Uni.createFrom().voidItem()
                                    : schedule.schedule(business, monday.plusWeeks(1)))));
        });
    }
}
