package com.jgdj.dashboard.base.ui.chart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeflatedTest {

    @Test
    void a_chart_config_comes_back_as_it_went_in_at_a_fraction_of_its_size() {
        String json = "{\"labels\":[" + "\"市财政局机关党委\",".repeat(200) + "\"团市委机关党总支\"]}";
        byte[] deflated = Deflated.of(json);
        assertEquals(json, Deflated.text(deflated));
        assertEquals(true, deflated.length * 10 < json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertEquals("", Deflated.text(Deflated.of("")));
    }

    @Test
    void a_truncated_config_is_refused() {
        byte[] deflated = Deflated.of("{\"a\":\"" + "党".repeat(5000) + "\"}");
        byte[] truncated = java.util.Arrays.copyOf(deflated, deflated.length / 2);
        assertEquals("truncated chart config",
                assertThrows(IllegalStateException.class, () -> Deflated.text(truncated)).getMessage());
    }
}
