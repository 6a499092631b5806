package io.communityedu.reporting.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The district summary as CSV (RFC 4180: header row, CRLF line ends, quoted where needed). */
final class YearStatisticsCsv {

    static final String EXAMPLE = """
            communityCode,residentPopulation,participants,participationRate,participationTargetMet,featuredProgrammes,budget,budgetIncreased,spent,regularMeetingsHeld\r
            qinghuai-road,12000,6100,0.5083,true,3,150000.00,true,29200.78,10\r
            """;

    private static final List<String> HEADER = List.of("communityCode", "residentPopulation", "participants",
            "participationRate", "participationTargetMet", "featuredProgrammes", "budget", "budgetIncreased", "spent",
            "regularMeetingsHeld");

    private YearStatisticsCsv() {
    }

    static String write(YearStatistics statistics) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (CommunitySummary row : statistics.communities()) {
            line(csv, List.of(row.communityCode(), String.valueOf(row.residentPopulation()),
                    String.valueOf(row.participants()), plain(row.participationRate()),
                    String.valueOf(row.participationTargetMet()), String.valueOf(row.featuredProgrammes()),
                    plain(row.budget()), row.budgetIncreased() == null ? "" : row.budgetIncreased().toString(),
                    plain(row.spent()), String.valueOf(row.regularMeetingsHeld())));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(YearStatisticsCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
