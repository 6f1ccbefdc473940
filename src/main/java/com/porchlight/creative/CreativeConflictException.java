package com.porchlight.creative;

/** Someone else changed the creative since it was loaded; nothing was saved. */
public class CreativeConflictException extends CreativeException {
    public CreativeConflictException() {
        super("This creative was changed by someone else since you opened it. Reload to see their changes; your "
                + "edits are still in the editor.");
    }
}
