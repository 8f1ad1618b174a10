package dev.macai.auth.service;

import java.util.List;

public record UserPage(List<Account> items, long total, int limit, int offset) {}
