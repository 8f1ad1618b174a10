package dev.macai.catalog.equipment.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A licence managed in some "other" way needs a description of that way. Reported on {@code
 * license_description}, together with every other invalid field of the request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LicenseDescribedWhenOther.Check.class)
public @interface LicenseDescribedWhenOther {

  String message() default "is required when license_management is other";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<LicenseDescribedWhenOther, EquipmentRequest> {

    @Override
    public boolean isValid(EquipmentRequest request, ConstraintValidatorContext context) {
      if (request == null
          || !"other".equals(request.licenseManagement())
          || (request.licenseDescription() != null && !request.licenseDescription().isBlank())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("licenseDescription")
          .addConstraintViolation();
      return false;
    }
  }
}
