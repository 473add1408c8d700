package org.camelcsta.component;

import org.apache.camel.Converter;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.model.CstaMessage;

/** {@code convertBodyTo(String.class)} of any CSTA message gives its JSON form, {@code {"MakeCallResponse":{...}}}. */
@Converter(generateLoader = true)
public final class CstaMessageConverter {

    private static final JsonCodec JSON = new JsonCodec();

    private CstaMessageConverter() {
    }

    @Converter
    public static String toJson(CstaMessage message) {
        return JSON.encode(message);
    }
}
