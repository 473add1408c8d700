package org.camelcsta.protocol.model;

import java.util.ArrayList;
import java.util.List;

import org.camelcsta.protocol.CstaValidationException;

/** Collects the missing required fields of one request and reports them all at once. */
final class RequiredFields {

    private final String messageName;
    private final List<String> missing = new ArrayList<>();

    private RequiredFields(String messageName) {
        this.messageName = messageName;
    }

    static RequiredFields of(String messageName) {
        return new RequiredFields(messageName);
    }

    RequiredFields require(String path, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            missing.add(path);
        }
        return this;
    }

    void check() {
        if (!missing.isEmpty()) {
            throw new CstaValidationException(messageName, missing);
        }
    }
}
