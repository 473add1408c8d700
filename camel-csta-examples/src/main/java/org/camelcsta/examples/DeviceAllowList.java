package org.camelcsta.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The devices an HTTP caller may act for, e.g. {@code 150-159,170}: a request naming any other device is refused, so
 * that whoever reaches an endpoint cannot make an arbitrary extension call.
 */
final class DeviceAllowList {

    private static final Pattern ENTRY = Pattern.compile("(\\d{1,18})(?:-(\\d{1,18}))?");

    private record Range(long first, long last, int digits) {
        boolean contains(String device) {
            if (device.length() != digits || !device.chars().allMatch(Character::isDigit)) {
                return false;
            }
            long number = Long.parseLong(device);
            return number >= first && number <= last;
        }
    }

    private final List<Range> ranges;
    private final String text;

    private DeviceAllowList(List<Range> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /**
     * @param property the property that holds the list, for the error message
     * @param entries  numbers and ranges of numbers of the same length, e.g. {@code 150-159}, {@code 170}
     * @throws IllegalArgumentException for an empty list or an entry that is neither
     */
    static DeviceAllowList parse(String property, List<String> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(property + " is empty: name the devices that may place calls, "
                    + "e.g. " + property + "=150-159");
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            Matcher matcher = ENTRY.matcher(entry);
            if (!matcher.matches() || (matcher.group(2) != null
                    && (matcher.group(2).length() != matcher.group(1).length()
                    || Long.parseLong(matcher.group(2)) < Long.parseLong(matcher.group(1))))) {
                throw new IllegalArgumentException(property + ": '" + entry + "' is neither a device number nor a "
                        + "range of numbers of one length, such as 150-159");
            }
            String last = matcher.group(2) == null ? matcher.group(1) : matcher.group(2);
            ranges.add(new Range(Long.parseLong(matcher.group(1)), Long.parseLong(last), last.length()));
        }
        return new DeviceAllowList(List.copyOf(ranges), String.join(",", entries));
    }

    boolean allows(String device) {
        return device != null && ranges.stream().anyMatch(range -> range.contains(device));
    }

    @Override
    public String toString() {
        return text;
    }
}
