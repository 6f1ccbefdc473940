/**
 * API keys for machine clients: administrators create (shown once), list and revoke them; requests under
 * {@code /api/**} authenticate with the {@code X-Api-Key} header and get the key's scope as authority
 * {@code SCOPE_<scope>}. Its public surface is {@link com.porchlight.apikey.ApiKeyService} and its records.
 */
@NullMarked
package com.porchlight.apikey;

import org.jspecify.annotations.NullMarked;
