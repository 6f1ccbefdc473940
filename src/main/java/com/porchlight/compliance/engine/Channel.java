package com.porchlight.compliance.engine;

/** Where a creative runs; rules apply per channel. */
public enum Channel { EMAIL, SMS, DISPLAY_AD, SEARCH_AD, SOCIAL_AD, PRINT, CO_MARKETING, LANDING_PAGE }
