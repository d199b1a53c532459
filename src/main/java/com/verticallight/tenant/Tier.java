package com.verticallight.tenant;

public enum Tier {
    LOCAL, ENTERPRISE
}
