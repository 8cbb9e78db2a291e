package com.jgdj.dashboard.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The five real reports (2023 mid-year) and the demo units that submit them in 2023年上半年, with their original
 * bytes. 000 and 001 are both 共青团 reports: 团市委 first sends 000, it is returned, and 001 is version 2.
 * 004 is the 市直机关工委's own report, so its 机关党支部 submits it.
 */
public final class DemoSeeds {

    public static final int YEAR = 2023;

    /**
     * @param resource    file name under {@code demo/seeds/}
     * @param title       the report's own title line, if it has one
     * @param returnedFor the reason it was returned, for a superseded version 1
     */
    public record Seed(String resource, String unitName, int versionNo, LocalDateTime submittedAt, String title,
                       String returnedFor) {

        public byte[] bytes() {
            try (InputStream in = DemoSeeds.class.getResourceAsStream("/demo/seeds/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("demo/seeds/" + resource + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static final List<Seed> ALL = List.of(
            new Seed("000_a5485f2fc4053fed.txt", DemoUnits.YOUTH_LEAGUE, 1, LocalDateTime.of(2023, 7, 3, 10, 12),
                    null, "请以机关党总支名义报送，并补充各支部工作情况后重新报送"),
            new Seed("001_54c52abd9ec97c98.txt", DemoUnits.YOUTH_LEAGUE, 2, LocalDateTime.of(2023, 7, 7, 15, 40),
                    null, null),
            new Seed("002_b63cea5c73303fb1.txt", DemoUnits.FINANCE, 1, LocalDateTime.of(2023, 7, 10, 16, 55),
                    null, null),
            // submitted four days late: the demo's one real report with a late flag
            new Seed("003_b657f9cf63a3437d.txt", DemoUnits.POLITICS_AND_LAW, 1, LocalDateTime.of(2023, 7, 14, 9, 20),
                    "2023年全面从严治党工作情况汇报", null),
            new Seed("004_969c881548c22722.txt", DemoUnits.WORKING_COMMITTEE, 1, LocalDateTime.of(2023, 7, 6, 11, 0),
                    null, null));

    private DemoSeeds() {
    }

    public static boolean receives(DemoPeriod period) {
        return period.year() == YEAR && !period.annual();
    }
}
