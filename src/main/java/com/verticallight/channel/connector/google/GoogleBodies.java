package com.verticallight.channel.connector.google;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Actions;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** JSON bodies of Google Business Profile writes: local post, review reply, regular hours. */
final class GoogleBodies {

    static final int MAX_SUMMARY = 1_500;
    private static final Set<String> CALLS_TO_ACTION = Set.of("BOOK", "ORDER", "SHOP", "LEARN_MORE", "SIGN_UP",
            "CALL");

    private GoogleBodies() {
    }

    static ObjectNode localPost(OutboundAction action) {
        String language = Actions.require(action.language(), "language");
        String summary = Actions.require(action.text(), "text");
        int length = summary.codePointCount(0, summary.length());
        if (length > MAX_SUMMARY) {
            throw PlatformFailure.rejected("Google post summary has " + length + " characters; the limit is "
                    + MAX_SUMMARY);
        }
        ObjectNode post = Json.object().put("languageCode", language).put("summary", summary)
                .put("topicType", "STANDARD");
        if (action.callToAction() != null) {
            post.set("callToAction", callToAction(action));
        }
        if (action.mediaUrl() != null) {
            post.putArray("media").addObject().put("mediaFormat", "PHOTO").put("sourceUrl", action.mediaUrl());
        }
        return post;
    }

    private static ObjectNode callToAction(OutboundAction action) {
        String type = action.callToAction().toUpperCase(Locale.ROOT);
        if (!CALLS_TO_ACTION.contains(type)) {
            throw PlatformFailure.rejected("\"callToAction\" must be one of " + CALLS_TO_ACTION + ", not " + type);
        }
        ObjectNode cta = Json.object().put("actionType", type);
        if (!type.equals("CALL")) {
            cta.put("url", Actions.require(action.link(), "link"));
        }
        return cta;
    }

    static ObjectNode reviewReply(OutboundAction action) {
        return Json.object().put("comment", Actions.require(action.text(), "text"));
    }

    /** {"regularHours":{"periods":[…]}} with days Monday first, each day's ranges in the order given. */
    static ObjectNode regularHours(Map<String, List<String>> hours) {
        if (hours == null || hours.isEmpty()) {
            throw PlatformFailure.rejected("The action needs \"hours\"");
        }
        Map<DayOfWeek, List<String>> byDay = new TreeMap<>();
        hours.forEach((day, ranges) -> byDay.put(day(day), ranges == null ? List.of() : ranges));
        ObjectNode body = Json.object();
        ArrayNode periods = body.putObject("regularHours").putArray("periods");
        byDay.forEach((day, ranges) -> ranges.forEach(range -> periods.add(OpeningPeriod.parse(day, range).toJson())));
        return body;
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformFailure.rejected("\"hours\" has an unknown weekday: " + name);
        }
    }
}
