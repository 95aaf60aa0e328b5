package org.credence.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.credence.platform.Message;
import org.junit.jupiter.api.Test;

class MalformedRequestServletTest {

    @Test
    void anAddressThatCannotBeReadSaysWhyInTheReadersLanguage() {
        assertTrue(MalformedRequestServlet.why("nul").in(Locale.ENGLISH).contains("%00"));
        assertTrue(MalformedRequestServlet.why("backslash").in(Locale.ENGLISH).contains("\\ or %5C"));
        assertTrue(MalformedRequestServlet.why("above-root").in(Locale.ENGLISH).contains("site's root"));
        assertEquals(
                "请求地址用“..”越出了站点的根目录。", MalformedRequestServlet.why("above-root").in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("无法读取请求地址", Message.of("http.address.title").in(Locale.SIMPLIFIED_CHINESE));
        for (String reason :
                new String[] {"nul", "backslash", "bad-escape", "not-utf8", "not-absolute", "above-root"}) {
            assertTrue(MalformedRequestServlet.why(reason).in(Locale.ENGLISH).startsWith("The address "), reason);
        }
    }

    @Test
    void anUnknownReasonIsNotRepeated() {
        assertEquals(
                "The address cannot be read.",
                MalformedRequestServlet.why("<script>").in(Locale.ENGLISH));
        assertEquals(
                "The address cannot be read.", MalformedRequestServlet.why(null).in(Locale.ENGLISH));
    }
}
