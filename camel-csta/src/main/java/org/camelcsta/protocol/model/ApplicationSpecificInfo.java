package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The provider's credentials, under their {@code vendorData:} names.
 *
 * @param userId    {@code vendorData:userID}, e.g. {@code test@mydomain}
 * @param password  {@code vendorData:password}; never shown by {@link #toString()}
 * @param pbxDomain {@code vendorData:pbxDomain}, e.g. {@code 12345678.pbx.one-connect.dk}
 */
public record ApplicationSpecificInfo(
        @JsonProperty("vendorData:userID") String userId,
        @JsonProperty("vendorData:password") String password,
        @JsonProperty("vendorData:pbxDomain") String pbxDomain) {

    @Override
    public String toString() {
        return "ApplicationSpecificInfo[userId=" + userId + ", password=******, pbxDomain=" + pbxDomain + "]";
    }
}
