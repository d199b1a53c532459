package com.verticallight.execution.plan;

import com.verticallight.channel.ChannelKind;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * Platforms on which another feature (the weekly content bot) posts for the business on a local date, so the daily
 * plan does not post there too. Called inside the plan's session.
 */
public interface ScheduledPostLookup {

    Uni<Set<ChannelKind>> platformsTakenOn(UUID businessId, LocalDate date, ZoneId zone);
}
