package com.verticallight.tenant;

public enum PlanCode {
    TRIAL, BASIC, PREMIUM, ENTERPRISE
}
