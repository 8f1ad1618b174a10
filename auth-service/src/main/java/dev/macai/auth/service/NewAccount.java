package dev.macai.auth.service;

/** The fields a person fills in to sign up. */
public record NewAccount(
    String email, String password, String firstName, String lastName, String artistName) {}
