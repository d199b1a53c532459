package com.verticallight.execution.plan;

import com.verticallight.business.Business;
import com.verticallight.channel.connection.ResolvedConnection;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A business's day as loaded at the start of a run. */
record DayRun(Business business, DaySetting setting, List<ResolvedConnection> connections) {

    ZoneId zone() {
        return ZoneId.of(business.timeZone);
    }

    LocalTime runTime() {
        return DaySlots.runTime(setting == null ? null : setting.runTime, business.categoryConfig);
    }

    boolean paused() {
        return setting != null && setting.paused;
    }
}
