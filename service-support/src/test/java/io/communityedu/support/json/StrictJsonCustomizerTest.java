package io.communityedu.support.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonCustomizerTest {

    record Dated(LocalDate day, Instant at, String text, List<String> texts) {
    }

    private final ObjectMapper mapper = strictMapper();

    @Test
    void datesAndInstantsComeOnlyFromNonEmptyStrings() throws Exception {
        assertEquals(LocalDate.of(2010, 7, 5), read("{\"day\": \"2010-07-05\"}").day());
        assertEquals(Instant.parse("2010-06-01T00:00:00Z"), read("{\"at\": \"2010-06-01T00:00:00Z\"}").at());
        for (String body : List.of("{\"day\": 20100705}", "{\"day\": \"\"}", "{\"day\": \"  \"}",
                "{\"at\": 1275350400}", "{\"at\": 1275350400.5}", "{\"at\": \"\"}")) {
            assertThrows(MismatchedInputException.class, () -> read(body), body);
        }
        assertEquals(null, read("{\"day\": null}").day());
    }

    @Test
    void stringsWithALoneSurrogateAreRefusedAndPairsKept() throws Exception {
        assertEquals("王😀", read("{\"text\": \"王\\ud83d\\ude00\"}").text());
        for (String body : List.of("{\"text\": \"王\\ud800\"}", "{\"text\": \"\\udc00x\"}", "{\"texts\": [\"ok\", \"\\ud83d\"]}")) {
            InvalidFormatException refused = assertThrows(InvalidFormatException.class, () -> read(body), body);
            assertEquals(String.class, refused.getTargetType());
        }
    }

    private Dated read(String json) throws Exception {
        return mapper.readValue(json, Dated.class);
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }
}
