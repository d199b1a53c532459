package com.verticallight.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleLocksTest {

    @Test
    void locksStartAtTheThresholdAndDoubleUpToTheMaximum() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.firstLock = Duration.ofSeconds(30);
        throttle.maxLock = Duration.ofMinutes(15);

        assertThat(throttle.lockFor(4, 5)).isZero();
        assertThat(throttle.lockFor(5, 5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockFor(6, 5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.lockFor(9, 5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(throttle.lockFor(10, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockFor(500, 5)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void passwordRulesNameWhatIsWrong() {
        assertThat(PasswordPolicy.problem(" ".repeat(12))).contains("must not be only spaces");
        assertThat(PasswordPolicy.problem("\u0000".repeat(12))).contains("must not contain control characters");
        assertThat(PasswordPolicy.problem("pass\u200bword-long")).contains("must not contain control characters");
        assertThat(PasswordPolicy.problem("ab".repeat(33))).contains("must be 10 to 64 characters long");
        assertThat(PasswordPolicy.problem("अ".repeat(25))).hasValueSatisfying(m -> assertThat(m).contains("72 bytes"));
        assertThat(PasswordPolicy.problem("Qwertyuiop")).hasValueSatisfying(m -> assertThat(m).contains("common"));
        assertThat(PasswordPolicy.problem("correct horse battery")).isEmpty();
        assertThat(PasswordPolicy.problem("नमस्ते दुनिया")).isEmpty();
    }
}
