package com.verticallight.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void onlyOwnersManagePeopleKeysAndTheAccount() {
        for (Role role : Role.values()) {
            boolean owner = role == Role.OWNER;
            assertThat(role.permissions().contains(Permission.USERS_MANAGE)).isEqualTo(owner);
            assertThat(role.permissions().contains(Permission.API_KEYS_MANAGE)).isEqualTo(owner);
            assertThat(role.permissions().contains(Permission.TENANT_WRITE)).isEqualTo(owner);
        }
    }

    @Test
    void eachRoleGrantsAtLeastWhatTheOneBelowGrants() {
        assertThat(Role.OWNER.permissions()).containsAll(Role.ADMIN.permissions());
        assertThat(Role.ADMIN.permissions()).containsAll(Role.STAFF.permissions());
        assertThat(Role.STAFF.permissions()).containsAll(Role.VIEWER.permissions());
        assertThat(Role.VIEWER.permissions()).doesNotContain(Permission.BUSINESS_WRITE, Permission.AUTOMATION_RUN);
    }
}
