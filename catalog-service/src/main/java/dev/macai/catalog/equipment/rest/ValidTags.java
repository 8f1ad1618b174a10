package dev.macai.catalog.equipment.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A list of at most {@value #MAX_TAGS} tags of at most {@value #MAX_LENGTH} characters each. One
 * constraint on the list rather than one per element, so the error names the list's field.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTags.Check.class)
public @interface ValidTags {

  int MAX_TAGS = 50;
  int MAX_LENGTH = 100;

  String message() default "at most 50 tags of at most 100 characters each";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<ValidTags, List<String>> {

    @Override
    public boolean isValid(List<String> tags, ConstraintValidatorContext context) {
      return tags == null
          || (tags.size() <= MAX_TAGS
              && tags.stream().allMatch(tag -> tag == null || tag.strip().length() <= MAX_LENGTH));
    }
  }
}
