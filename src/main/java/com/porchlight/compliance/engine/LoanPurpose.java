package com.porchlight.compliance.engine;

public enum LoanPurpose { PURCHASE, REFINANCE, CASH_OUT_REFINANCE, HOME_EQUITY, CONSTRUCTION }
