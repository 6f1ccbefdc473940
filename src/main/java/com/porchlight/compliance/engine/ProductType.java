package com.porchlight.compliance.engine;

public enum ProductType { CLOSED_END, HELOC }
