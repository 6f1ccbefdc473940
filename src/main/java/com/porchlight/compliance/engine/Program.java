package com.porchlight.compliance.engine;

public enum Program { CONVENTIONAL, FHA, VA, USDA, JUMBO }
