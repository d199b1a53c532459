package com.verticallight.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A phone number in E.164 form: "+" then country code and number, 8 to 15 digits. Null is valid. */
@Pattern(regexp = "^\\+[1-9][0-9]{7,14}$")
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@jakarta.validation.ReportAsSingleViolation
public @interface E164 {

    String message() default "must be a phone number in E.164 form such as +919812345678";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
