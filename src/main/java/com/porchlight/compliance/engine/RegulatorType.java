package com.porchlight.compliance.engine;

/** Decides which Equal Housing rule applies to the advertiser. */
public enum RegulatorType { NONBANK, FDIC, FRB, OCC_SAVINGS, NCUA }
