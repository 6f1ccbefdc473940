package com.porchlight.creative;

/**
 * One field of a channel's editor.
 *
 * @param minItems how many non-blank items a submission needs (0 = optional)
 * @param maxItems how many items the field holds (search ads: 15 headlines, 4 descriptions)
 * @param maxChars the length limit of each item, in characters as the platform counts them
 * @param html whether the field holds HTML (sanitised before it is previewed or stored)
 */
public record FieldSpec(CreativeField field, int minItems, int maxItems, int maxChars, boolean html) {

    public String label() {
        return field.label();
    }

    public boolean repeated() {
        return maxItems > 1;
    }
}
