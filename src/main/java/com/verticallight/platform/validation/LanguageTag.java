package com.verticallight.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Null is valid (combine with {@code @NotNull} when required). */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageTag.Validator.class)
public @interface LanguageTag {

    String message() default "must be a BCP 47 language tag such as en-IN or hi";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isLanguageTag(value);
        }

        private static boolean isLanguageTag(String value) {
            try {
                java.util.Locale locale = new java.util.Locale.Builder().setLanguageTag(value).build();
                return !locale.getLanguage().isEmpty();
            } catch (java.util.IllformedLocaleException e) {
                return false;
            }
        }
    }
}
