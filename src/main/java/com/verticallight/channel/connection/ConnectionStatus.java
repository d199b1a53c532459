package com.verticallight.channel.connection;

public enum ConnectionStatus {
    OK, NEEDS_REAUTH, FAILING
}
