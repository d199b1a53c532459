package com.verticallight.channel.connection;

/** SANDBOX records what would have been sent and sends nothing; LIVE calls the platform. */
public enum ConnectionMode {
    SANDBOX, LIVE
}
