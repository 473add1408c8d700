package org.camelcsta.examples;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The call log as a table of the database the active-active instances share: one row per line, its JSON as the call
 * log file has it. It is written in the transaction of the line's claim ({@link LineClaims}), so that the claim and
 * the line commit together. A line that cannot be written fails the transaction, which rolls back its claim too; the
 * route logs the line.
 */
final class CallLogTable implements CallLogSink {

    static final String CREATE = "CREATE TABLE IF NOT EXISTS call_log (device VARCHAR(64) NOT NULL, "
            + "call_id VARCHAR(128) NOT NULL, line VARCHAR(8000) NOT NULL, PRIMARY KEY (device, call_id))";
    private static final String INSERT = "INSERT INTO call_log (device, call_id, line) VALUES (?, ?, ?)";

    private final JdbcTemplate sql;
    private final ObjectMapper mapper = new ObjectMapper();

    CallLogTable(DataSource database) {
        this.sql = new JdbcTemplate(database);
    }

    @Override
    public String append(CallLogEntry entry) throws JsonProcessingException {
        String json = mapper.writeValueAsString(entry);
        sql.update(INSERT, entry.device(), entry.callId(), json);
        return json;
    }
}
