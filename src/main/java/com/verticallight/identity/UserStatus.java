package com.verticallight.identity;

public enum UserStatus {
    INVITED, ACTIVE
}
