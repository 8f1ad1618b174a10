package dev.macai.testkit.simulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code WireMockServer} field of a test that the {@link SimulatorResource} fills in, to
 * check what the service sent to the provider or to change what the provider answers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectSimulator {}
