package org.camelcsta.itests.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Frames a hostile or broken peer sends on a NUL-framed XML connection, in many kinds: attacks on the parser
 * (XXE, entity expansion, deep nesting), text XML 1.0 refuses (illegal character references, undeclared
 * entities, bad UTF-8), frames at and over the size limit, and well-formed messages that make no sense (replies
 * nobody asked for, events of unknown monitors, wrong roots). None may end the session, and none may be mistaken
 * for a valid message of the monitor under test: any event among them that a reader could accept carries a call
 * id starting with {@code H}, never one of the numbered valid ones.
 * <p>
 * The frames are written by hand, on purpose: most of them are no XML a writer would produce. A frame never
 * holds a NUL unless its kind is about NULs.
 */
public final class HostileFrames {

    /** One kind of hostile frame. */
    public record Kind(String name, BiFunction<Random, Integer, byte[]> frame) {
    }

    private final List<Kind> kinds = new ArrayList<>();
    private final String monitor;
    private final Random random;
    private int next;

    /**
     * @param monitor        the monitor under test, which some hostile events name
     * @param frameLimit     the reader's frame size limit: frames are made at it and, if {@code overLimit}, over it
     * @param overLimit      whether to send frames over the limit (a peer may close the connection for those)
     * @param seed           the seed of the random details
     */
    public HostileFrames(String monitor, int frameLimit, boolean overLimit, long seed) {
        this.monitor = monitor;
        this.random = new Random(seed);
        addParserAttacks();
        addIllegalText();
        addSizes(frameLimit, overLimit);
        addNonsense();
    }

    public List<String> kindNames() {
        return kinds.stream().map(Kind::name).toList();
    }

    /** The next hostile frame, the kinds taken in turn. */
    public byte[] next() {
        Kind kind = kinds.get(next % kinds.size());
        return kind.frame().apply(random, next++);
    }

    private void add(String name, BiFunction<Random, Integer, byte[]> frame) {
        kinds.add(new Kind(name, frame));
    }

    private void addText(String name, BiFunction<Random, Integer, String> text) {
        add(name, (r, n) -> text.apply(r, n).getBytes(StandardCharsets.UTF_8));
    }

    /** A delivered event of the monitor under test whose calling device holds {@code callingText} verbatim. */
    private String event(String callId, String callingText) {
        return event(monitor, callId, callingText);
    }

    private static String event(String monitor, String callId, String callingText) {
        return "<DeliveredEvent><monitorCrossRefID>" + monitor + "</monitorCrossRefID>"
               + "<connection><callID>" + callId + "</callID><deviceID>130</deviceID></connection>"
               + "<alertingDevice><deviceIdentifier>130</deviceIdentifier></alertingDevice>"
               + "<callingDevice><deviceIdentifier>" + callingText + "</deviceIdentifier></callingDevice>"
               + "<calledDevice><deviceIdentifier>130</deviceIdentifier></calledDevice>"
               + "<localConnectionInfo>alerting</localConnectionInfo><cause>newCall</cause></DeliveredEvent>";
    }

    private void addParserAttacks() {
        addText("XXE external entity", (r, n) -> "<?xml version=\"1.0\"?><!DOCTYPE DeliveredEvent "
                + "[<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + event("H" + n, "&xxe;"));
        addText("XXE parameter entity", (r, n) -> "<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>"
                + event("H" + n, "x"));
        addText("entity expansion (billion laughs)", (r, n) -> "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
                + event("H" + n, "&lol4;"));
        addText("DOCTYPE with an internal subset only", (r, n) -> "<!DOCTYPE DeliveredEvent [<!ELEMENT x ANY>]>"
                + event("H" + n, "55501234"));
        addText("deep nesting", (r, n) -> "<DeliveredEvent>" + "<a>".repeat(5000 + r.nextInt(5000)) + "</DeliveredEvent>");
        addText("deep nesting, closed", (r, n) -> "<DeliveredEvent><monitorCrossRefID>" + monitor
                + "</monitorCrossRefID>" + "<a>".repeat(3000) + "x" + "</a>".repeat(3000) + "</DeliveredEvent>");
    }

    private void addIllegalText() {
        for (String reference : List.of("&#0;", "&#x1;", "&#xD800;", "&#xFFFE;", "&#x110000;")) {
            addText("character reference " + reference, (r, n) -> event("H" + n, "555" + reference + "01"));
        }
        addText("undeclared entity", (r, n) -> event("H" + n, "&foo;"));
        addText("bare ampersand in text", (r, n) -> event("H" + n, "Smith & Sons"));
        addText("unterminated CDATA", (r, n) -> event("H" + n, "<![CDATA[5550"));
        add("invalid UTF-8", (r, n) -> concat(event("H" + n, "555").getBytes(StandardCharsets.UTF_8),
                new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE }));
        add("invalid UTF-8 in text", (r, n) -> {
            byte[] text = event("H" + n, "55\u00e9\u00e9").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < text.length; i++) {
                if (text[i] == (byte) 0xC3) {
                    text[i] = (byte) 0xC0; // an overlong encoding
                }
            }
            return text;
        });
        addText("UTF-16 declared", (r, n) -> "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + event("H" + n, "5"));
    }

    private void addSizes(int frameLimit, boolean overLimit) {
        add("frame exactly at the size limit", (r, n) -> padded(event("M-unknown", "H" + n, "5"), frameLimit));
        if (overLimit) {
            add("frame one byte over the size limit", (r, n) -> padded(event("H" + n, "5"), frameLimit + 1));
            add("frame far over the size limit", (r, n) -> padded(event("H" + n, "5"), frameLimit * 3));
        }
        addText("huge text node", (r, n) -> event("H" + n, "9".repeat(frameLimit / 2)));
        addText("huge element name", (r, n) -> "<" + "E".repeat(30_000) + "/>");
        addText("many attributes", (r, n) -> {
            StringBuilder attributes = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                attributes.append(" a").append(i).append("=\"").append(i).append('"');
            }
            return "<DeliveredEvent" + attributes + "/>";
        });
    }

    private void addNonsense() {
        addText("reply with an unknown requestID", (r, n) -> "<MakeCallResponse><callingDevice><callID>H" + n
                + "</callID><deviceID>130</deviceID></callingDevice><privateData><requestID>nobody-" + n
                + "</requestID></privateData></MakeCallResponse>");
        addText("error with an unknown requestID", (r, n) -> "<CSTAErrorCode><operation>generic</operation>"
                + "<privateData><requestID>nobody-" + n + "</requestID></privateData></CSTAErrorCode>");
        addText("event of an unknown monitor", (r, n) -> event("M-unknown-" + n, "H" + n, "55501234"));
        addText("event without a monitor", (r, n) -> "<EstablishedEvent><connection><callID>H" + n
                + "</callID></connection></EstablishedEvent>");
        addText("event with missing fields", (r, n) -> "<DeliveredEvent><monitorCrossRefID>" + monitor
                + "</monitorCrossRefID></DeliveredEvent>");
        addText("event with odd fields", (r, n) -> "<DeliveredEvent><monitorCrossRefID>" + monitor
                + "</monitorCrossRefID><connection><callID><x>H" + n + "</x></callID><callID>H</callID></connection>"
                + "<cause/><cause>twice</cause><localConnectionInfo><a/></localConnectionInfo></DeliveredEvent>");
        addText("unknown event of the monitor", (r, n) -> "<FrobnicatedEvent><monitorCrossRefID>" + monitor
                + "</monitorCrossRefID><connection><callID>H" + n + "</callID></connection></FrobnicatedEvent>");
        add("binary garbage", (r, n) -> {
            byte[] garbage = new byte[1 + r.nextInt(4096)];
            r.nextBytes(garbage);
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = garbage[i] == 0 ? 1 : garbage[i];
            }
            return garbage;
        });
        add("NUL-only frames", (r, n) -> new byte[1 + r.nextInt(8)]);
        addText("whitespace only", (r, n) -> " \t\r\n ".repeat(1 + r.nextInt(100)));
        addText("two roots", (r, n) -> event("H" + n, "5") + event("H" + n, "6"));
        addText("unclosed tags", (r, n) -> "<DeliveredEvent><monitorCrossRefID>" + monitor + "<connection><callID>H" + n);
        addText("truncated document", (r, n) -> event("H" + n, "5").substring(0, 40 + r.nextInt(200)));
        addText("HTML", (r, n) -> "<html><body><h1>502 Bad Gateway</h1></body></html>");
        addText("a request sent to the client", (r, n) -> "<MakeCall><callingDevice>130</callingDevice>"
                + "<calledDirectoryNumber>5</calledDirectoryNumber></MakeCall>");
        addText("root holding text", (r, n) -> "<DeliveredEvent>just text</DeliveredEvent>");
        addText("comment and processing instruction only", (r, n) -> "<?xml version=\"1.0\"?><!-- nothing --><?pi x?>");
        addText("namespaced root of an unknown monitor", (r, n) -> "<x:DeliveredEvent xmlns:x=\"urn:bogus\">"
                + "<x:monitorCrossRefID>M-unknown</x:monitorCrossRefID></x:DeliveredEvent>");
        addText("JSON", (r, n) -> "{\"DeliveredEvent\":{\"monitorCrossRefID\":\"" + monitor + "\"}}");
    }

    /** The XML padded with a trailing comment to exactly {@code size} bytes. */
    private static byte[] padded(String xml, int size) {
        byte[] start = xml.getBytes(StandardCharsets.UTF_8);
        int padding = size - start.length - "<!---->".length();
        if (padding < 0) {
            throw new IllegalArgumentException("a frame of " + size + " bytes cannot hold " + xml);
        }
        return ("<!--" + " ".repeat(padding) + "-->" + xml).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
