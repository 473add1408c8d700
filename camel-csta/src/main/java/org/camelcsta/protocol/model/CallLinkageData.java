package org.camelcsta.protocol.model;

/**
 * Ties together the call legs of one call (each party has its own {@code callID}).
 *
 * @param globalCallData the call-wide identifiers
 */
public record CallLinkageData(GlobalCallData globalCallData) {

    /** Linkage data for one global call id. */
    public static CallLinkageData of(String globalCallLinkageId) {
        return new CallLinkageData(new GlobalCallData(globalCallLinkageId));
    }

    /**
     * @param globalCallLinkageId the same for every leg of one call
     */
    public record GlobalCallData(String globalCallLinkageId) {
    }
}
