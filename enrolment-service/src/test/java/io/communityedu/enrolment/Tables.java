package io.communityedu.enrolment;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain SQL on the service's database, for what a test must see in the tables themselves. */
final class Tables {

    private final DataSource dataSource;

    Tables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows of a query, each column by its label. */
    List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every text column of every table of this database holding {@code text} anywhere: "table.column" each. */
    List<String> holding(String text) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : rows("SELECT table_name AS t, column_name AS c FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext')")) {
            String table = (String) column.get("t");
            String name = (String) column.get("c");
            if (count("SELECT COUNT(*) FROM `" + table + "` WHERE `" + name + "` LIKE ?", "%" + text + "%") > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }
}
