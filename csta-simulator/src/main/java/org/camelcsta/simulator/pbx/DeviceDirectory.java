package org.camelcsta.simulator.pbx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PBX's internal numbers (devices), given as ranges such as {@code 100-199} or single numbers such as
 * {@code 321}. Every other number is external. Device objects are read in the forms the provider uses:
 * {@code 123}, {@code 123@12345678.pbx.one-connect.dk} and {@code u-12345678-123}.
 */
public final class DeviceDirectory {

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");
    private static final Pattern USER_OBJECT = Pattern.compile("u-[^-]+-(.+)");

    private final List<long[]> ranges;

    private DeviceDirectory(List<long[]> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Parses device specifications.
     *
     * @param specifications each {@code 100-199} or {@code 321}; several may be separated by commas
     * @throws IllegalArgumentException naming a specification that is not a number or range
     */
    public static DeviceDirectory of(List<String> specifications) {
        List<long[]> ranges = new ArrayList<>();
        for (String specification : specifications) {
            for (String part : specification.split(",")) {
                Matcher matcher = RANGE.matcher(part.trim());
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("not a device number or range (like 100-199): '" + part + "'");
                }
                long low = Long.parseLong(matcher.group(1));
                long high = matcher.group(2) == null ? low : Long.parseLong(matcher.group(2));
                if (high < low) {
                    throw new IllegalArgumentException("device range runs backwards: '" + part + "'");
                }
                ranges.add(new long[] { low, high });
            }
        }
        return new DeviceDirectory(ranges);
    }

    /** Whether a number is an internal device (compared as a plain number, so "0123" is not "123"). */
    public boolean isDevice(String number) {
        if (number == null || number.isEmpty() || number.length() > 18 || number.startsWith("0") && number.length() > 1
                || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        long value = Long.parseLong(number);
        for (long[] range : ranges) {
            if (value >= range[0] && value <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** The device numbers in the order they were given, at most {@code limit} of them (ranges can be huge). */
    public List<String> numbers(int limit) {
        Set<String> numbers = new LinkedHashSet<>();
        for (long[] range : ranges) {
            for (long number = range[0]; number <= range[1] && numbers.size() < limit; number++) {
                numbers.add(Long.toString(number));
            }
        }
        return List.copyOf(numbers);
    }

    /**
     * The device number of a device object ({@code 123}, {@code 123@domain}, {@code u-trunk-123}).
     *
     * @throws PbxException {@code operation: invalidDeviceID} where it is no device of this PBX
     */
    public String require(String deviceObject) {
        if (deviceObject == null || deviceObject.isBlank()) {
            throw new PbxException("operation", "invalidDeviceID", "the device is missing");
        }
        String number = numberOf(deviceObject);
        if (!isDevice(number)) {
            throw PbxException.invalidDeviceId(deviceObject);
        }
        return number;
    }

    /**
     * The device number of a device object ({@code 123}, {@code 123@domain}, {@code u-trunk-123}), or the text
     * itself trimmed when it has none of these forms.
     */
    public static String numberOf(String deviceObject) {
        String text = deviceObject.trim();
        int at = text.indexOf('@');
        if (at > 0) {
            text = text.substring(0, at);
        }
        Matcher user = USER_OBJECT.matcher(text);
        return user.matches() ? user.group(1) : text;
    }
}
