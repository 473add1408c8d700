package org.camelcsta.protocol.codec;

import java.util.Random;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.model.MakeCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The query codec's contract on hostile input: a message or a {@link CstaDecodeException} with a bounded message. */
@Timeout(30) // a hang guard, not a speed test
class QueryHostileInputTest {

    private static final int MESSAGE_BOUND = 1_000;
    private static final String LONG = "n".repeat(30_000);

    private final QueryCodec codec = new QueryCodec();

    /** PHP reads these as a list where the server expects the command's named fields. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MakeCall[0]=a",
        "MakeCall[]=a",
        "MakeCall[]=a&MakeCall[]=b",
        "MakeCall[0]=a&MakeCall[1]=b",
        "MakeCall[0][callingDevice]=1",
        "test=ok&MakeCall[]=a"
    })
    void aCommandWhoseFieldsAreNumberedIsRefused(String query) {
        CstaDecodeException e = refused(query);
        assertEquals(Reason.WRONG_ROOT, e.getReason(), e.getMessage());
        assertTrue(e.getMessage().contains("numbered"), e.getMessage());
    }

    @Test
    void numberedFieldsBelowTheCommandAreLists() {
        assertEquals("[\"a\",\"b\"]", codec.decodeGeneric("X[list][0]=a&X[list][1]=b").fields().get("list").toString());
        assertEquals("{\"0\":\"a\",\"x\":\"b\"}", codec.decodeGeneric("X[]=a&X[x]=b").fields().toString());
    }

    @Test
    void aParameterWithoutCommandNameIsRefused() {
        assertEquals(Reason.MALFORMED, refused("[callingDevice]=1").getReason());
    }

    @Test
    void messagesQuotingInputAreBounded() {
        refused(LONG + "[a]=1&" + LONG + "b[a]=1");
        refused("MakeCall[" + LONG + "=1");
        refused("MakeCall[a]=%" + LONG);
        refused("MakeCall[a]=1&MakeCall[a][" + LONG + "]=2");
        refused(LONG + "[0]=1");
        refused("M[a]" + "[" + LONG + "]".repeat(100) + "=1");
        refused("ResetApplicationSessionTimer[requestedSessionDuration]=" + LONG);
        refused("MakeCall[callingDevice]=" + "x".repeat(MessageBinder.DEFAULT_MAX_TEXT_LENGTH + 1));
    }

    @Test
    void randomQueriesAreReadOrRefused() {
        String alphabet = "MakeCall[]=&%+0123456789abcdefABCDEF?#;/\u00e9\uD83D\uDE00\uD800 test";
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder query = new StringBuilder();
            for (int length = random.nextInt(40); length > 0; length--) {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            readOrRefused(query.toString());
        }
        String seed = codec.encode(new MakeCall("123", "Søren"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder query = new StringBuilder(seed);
            for (int damage = 1 + random.nextInt(3); damage > 0; damage--) {
                query.setCharAt(random.nextInt(query.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            readOrRefused(query.toString());
        }
    }

    private void readOrRefused(String query) {
        try {
            codec.decode(query);
        } catch (CstaDecodeException e) {
            assertBounded(e);
        } catch (RuntimeException e) {
            fail("not a CstaDecodeException for " + query, e);
        }
    }

    private CstaDecodeException refused(String query) {
        CstaDecodeException e = assertThrows(CstaDecodeException.class, () -> codec.decode(query));
        assertBounded(e);
        return e;
    }

    private static void assertBounded(CstaDecodeException e) {
        assertEquals(CstaDecodeException.class, e.getClass());
        assertTrue(e.getReason() != null, e.getMessage());
        assertTrue(e.getMessage().length() < MESSAGE_BOUND, () -> e.getMessage().length() + " characters: "
                + e.getMessage().substring(0, 300));
    }
}
