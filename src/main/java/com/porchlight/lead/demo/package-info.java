/**
 * Demo and benchmark data: a deterministic generator of realistic leads (plain Java, seeded), the streaming bulk
 * loader that puts them into MariaDB, the demo profile's first-start leads and the benchmark dataset command.
 */
@NullMarked
package com.porchlight.lead.demo;

import org.jspecify.annotations.NullMarked;
