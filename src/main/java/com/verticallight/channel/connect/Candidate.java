package com.verticallight.channel.connect;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connect.ConnectViews.Choice;
import java.util.Map;

/** A connection the platform offered, with what it would be stored with; kept encrypted until chosen. */
record Candidate(ChannelKind kind, String id, String name, String detail, Map<String, String> platformIds,
        Map<String, String> credentials) {

    Choice choice() {
        return new Choice(kind, id, name, detail);
    }

    @Override
    public String toString() {
        return "Candidate[" + kind + " " + id + ", credentials=***]";
    }
}
