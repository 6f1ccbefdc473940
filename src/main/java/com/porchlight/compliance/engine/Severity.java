package com.porchlight.compliance.engine;

/** Declared most severe first, so ordinal order is sort order. */
public enum Severity { BLOCK, REVIEW, WARN }
