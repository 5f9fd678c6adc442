package org.reviewactions.action.reminder;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Period;

/** A period longer than nothing (P3M, P7D): a zero or negative cadence would ask for updates without end. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PositivePeriod.Check.class)
@interface PositivePeriod {

  String message() default "must be a positive period such as P3M or P7D";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PositivePeriod, Period> {
    @Override
    public boolean isValid(Period period, ConstraintValidatorContext context) {
      return period == null || (!period.isZero() && !period.isNegative());
    }
  }
}
