package dev.macai.catalog.rules.rest;

import dev.macai.catalog.rules.domain.PatternSafety;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * The pattern must compile and not look catastrophic, and the replacement must fit the pattern's
 * groups ({@link PatternSafety}). A constraint rather than a service check, so these problems are
 * listed together with the other invalid fields of the same request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidRule.Validator.class)
public @interface ValidRule {

  String message() default "is not a usable rule";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ValidRule, RuleRequest> {

    @Override
    public boolean isValid(RuleRequest rule, ConstraintValidatorContext context) {
      if (rule == null || rule.pattern() == null || rule.pattern().isBlank()) {
        return true; // @NotBlank reports a missing pattern
      }
      Optional<String> pattern = PatternSafety.patternViolation(rule.pattern());
      if (pattern.isPresent()) {
        return refuse(context, "pattern", pattern.get());
      }
      if (rule.replacement() == null) {
        return true;
      }
      return PatternSafety.replacementViolation(rule.pattern(), rule.replacement())
          .map(reason -> refuse(context, "replacement", reason))
          .orElse(true);
    }

    private static boolean refuse(ConstraintValidatorContext context, String field, String why) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(literal(why))
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }

    /** The reasons quote regex text; braces and dollars would otherwise be read as a template. */
    private static String literal(String message) {
      return message
          .replace("\\", "\\\\")
          .replace("{", "\\{")
          .replace("}", "\\}")
          .replace("$", "\\$");
    }
  }
}
