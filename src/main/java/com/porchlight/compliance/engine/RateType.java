package com.porchlight.compliance.engine;

public enum RateType { FIXED, ARM, STEP, BUYDOWN, INTEREST_ONLY }
