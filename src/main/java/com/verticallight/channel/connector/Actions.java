package com.verticallight.channel.connector;

import com.verticallight.channel.ChannelKind;
import java.util.List;

/** Checks on an {@link OutboundAction} that every connector needs, failing as REJECTED. */
public final class Actions {

    private Actions() {
    }

    public static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw PlatformFailure.rejected("The action needs \"" + field + "\"");
        }
        return value;
    }

    public static <T> List<T> requireNotEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw PlatformFailure.rejected("The action needs \"" + field + "\"");
        }
        return values;
    }

    public static PlatformFailure unsupported(OutboundAction.ActionType type, ChannelKind kind) {
        return PlatformFailure.rejected(type + " is not supported on " + kind);
    }

    /** The E.164 number ("+919812345678") checked, or rejected naming the field. */
    public static String e164(String value, String field) {
        require(value, field);
        if (!value.matches("\\+[1-9][0-9]{6,14}")) {
            throw PlatformFailure.rejected("\"" + field + "\" must be an E.164 phone number like +919812345678");
        }
        return value;
    }
}
