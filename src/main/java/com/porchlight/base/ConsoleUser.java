package com.porchlight.base;

import java.util.List;

/**
 * What the console shell needs to know of the signed-in person. The security module's principal implements it, so the
 * shell can show a name and roles without depending on the security module.
 */
public interface ConsoleUser {

    String email();

    String displayName();

    /** Human-readable role names, e.g. "Compliance officer". */
    List<String> roleLabels();
}
