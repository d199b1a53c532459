package com.verticallight.tenant;

public enum PlanCode {
    TRIAL, FREE, BASIC, PREMIUM, ENTERPRISE
}
