package dev.macai.platform.http;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers of the annotated resource class or method carry secrets or tokens (access tokens,
 * decrypted licence keys, signed media URLs): they get {@code Cache-Control: no-store}, so no
 * browser cache (a shared computer's back button) or proxy keeps one. Errors included.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NoStore {}
