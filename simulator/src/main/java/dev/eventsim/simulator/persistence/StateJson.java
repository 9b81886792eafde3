package dev.eventsim.simulator.persistence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eventsim.simulator.state.TableKind;
import dev.eventsim.simulator.state.TableKinds;
import dev.eventsim.simulator.state.TableRows;
import java.io.IOException;
import java.util.Optional;

/** The JSON of the state file and of its change log's records, read strictly. */
final class StateJson {
    private StateJson() {
    }

    /**
     * Instants and durations as ISO-8601 text (full precision), every field required, nothing
     * unknown allowed. Feature tables are read by their kind's name, the key they are saved under.
     */
    static ObjectMapper mapper(TableKinds kinds) {
        SimpleModule tables = new SimpleModule("partner-tables");
        tables.addDeserializer(TableRows.class, new TableRowsReader(kinds));
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(tables)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Reads a table's rows as the type its kind names: the map key it is saved under. */
    private static final class TableRowsReader extends JsonDeserializer<TableRows> {
        private final TableKinds kinds;

        TableRowsReader(TableKinds kinds) {
            this.kinds = kinds;
        }

        @Override
        public TableRows deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String name = parser.currentName();
            Optional<TableKind<?>> kind = kinds.named(name);
            if (kind.isEmpty()) {
                return context.reportInputMismatch(TableRows.class, "unknown table kind '%s'", name);
            }
            return context.readValue(parser, kind.get().rowsType());
        }
    }
}
