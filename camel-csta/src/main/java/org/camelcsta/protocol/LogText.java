package org.camelcsta.protocol;

/**
 * Text from outside (the server, a frame, a user) made safe for one log line: at most {@link #MAX_CHARS}
 * characters, control characters (line breaks included) and unpaired surrogates shown as {@code ?}, so that a
 * peer can neither flood the log nor forge lines in it, and the line can be written in any encoding (and in
 * any error reply).
 */
public final class LogText {

    /** The most characters of outside text that one log value shows. */
    public static final int MAX_CHARS = 200;

    private LogText() {
    }

    /** The text, capped and on one line; {@code "null"} for {@code null}. */
    public static String cap(Object value) {
        String text = String.valueOf(value);
        int shown = Math.min(text.length(), MAX_CHARS);
        StringBuilder line = new StringBuilder(shown + 24);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            line.append(Character.isISOControl(c) || Character.isSurrogate(c) && !isPaired(text, i, shown) ? '?' : c);
        }
        if (text.length() > shown) {
            line.append("...(").append(text.length()).append(" chars)");
        }
        return line.toString();
    }

    private static boolean isPaired(String text, int i, int shown) {
        return Character.isHighSurrogate(text.charAt(i))
                ? i + 1 < shown && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
