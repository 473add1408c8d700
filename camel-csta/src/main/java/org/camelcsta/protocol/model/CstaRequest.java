package org.camelcsta.protocol.model;

/**
 * A command sent to the server. Every request may carry the provider's TEST field ({@code ok} or
 * {@code error}) and a {@code privateData.requestID}.
 */
public interface CstaRequest extends CstaMessage {

    /** The TEST mode of this request ({@code ok}, {@code error}) or {@code null}. */
    String test();

    /**
     * Checks the fields that the provider requires.
     *
     * @throws org.camelcsta.protocol.CstaValidationException naming every missing field
     */
    void validate();
}
