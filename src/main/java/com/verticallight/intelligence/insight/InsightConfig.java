package com.verticallight.intelligence.insight;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When the insight rules speak up: configuration, not code. */
@ConfigMapping(prefix = "vlos.intelligence.insights")
public interface InsightConfig {

    /** Reviews are compared over two windows of this length: the latest and the one before it. */
    @WithDefault("P30D")
    Duration ratingWindow();

    /** Each window needs at least this many reviews before a trend is claimed. */
    @WithDefault("3")
    int ratingMinReviews();

    /** A fall of the average by at least this many stars is a falling trend. */
    @WithDefault("0.3")
    double ratingDrop();

    /** A review still unanswered this long after the customer wrote it is reported. */
    @WithDefault("PT24H")
    Duration unansweredAfter();

    /** Posting is judged over this many days. */
    @WithDefault("14")
    int postingDays();

    /** Posting on fewer than this share of the days is inconsistent. */
    @WithDefault("0.5")
    double postingMinShare();

    /** Competitor alerts this recent become insights. */
    @WithDefault("P7D")
    Duration competitorAlertAge();

    /** Last month's spend more than this share below or above the monthly budget is reported (0.2 = 20%). */
    @WithDefault("0.2")
    double budgetUseTolerance();
}
