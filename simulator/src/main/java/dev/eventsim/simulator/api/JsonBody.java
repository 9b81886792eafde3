package dev.eventsim.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A request body (or a nested object of it) read field by field, so that every type error names
 * the field by its path ({@code session.startDate}, {@code filter.idIn[2]}).
 * As the real service's validation does, an explicit {@code null} counts as "not sent".
 * Every string it hands out can be written back as UTF-8: one holding a lone UTF-16 surrogate
 * ({@code "\u005cud800"}) is refused, named by its path, as any other bad value.
 * It only ever reads its node: the HTTP layer hands the same JsonBody to calls that send the same
 * bytes, so an operation may also keep what it read from it ({@link #readOnce}).
 */
public final class JsonBody {
    private final ObjectNode node;
    private final String path;
    private volatile Read read;

    /** What one reader made of this body. */
    private record Read(Object reader, Object value) {
    }

    public JsonBody(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * What {@code read} makes of this body, kept with the body under {@code reader} (an object the
     * reading code owns): a body sent again with the same bytes reads as it did. {@code read} must
     * depend on the body alone and on settings that never change; when it throws, nothing is kept.
     */
    public <T> T readOnce(Object reader, Class<T> type, Function<JsonBody, T> read) {
        Read kept = this.read;
        if (kept != null && kept.reader() == reader) {
            return type.cast(kept.value());
        }
        T value = read.apply(this);
        this.read = new Read(reader, value);
        return value;
    }

    /**
     * Meets each field this object does not take (a value of {@code null} counts as not sent) as
     * {@link UnknownFields} says: a refusal names it, {@code owner} (the operation, or the nested
     * object's path) and the fields it does take.
     */
    public JsonBody takingOnly(String owner, String... fields) {
        List<String> taken = List.of(fields);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isNull() && !taken.contains(field.getKey())) {
                String name = name(field.getKey());
                UnknownFields.met(name, () -> ApiErrors.notAField(name, owner, taken));
            }
        }
        return this;
    }

    /** The dotted path of this object ({@code filter}, {@code speakers[0]}; "" for the body itself). */
    public String path() {
        return path;
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public boolean isNumber(String field) {
        JsonNode value = value(field);
        return value != null && value.isNumber();
    }

    public boolean isArray(String field) {
        JsonNode value = value(field);
        return value != null && value.isArray();
    }

    public String requiredString(String field) {
        return required(field, this::optionalString);
    }

    public String optionalString(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiErrors.wrongType(name(field), "a string");
        }
        return text(value, name(field));
    }

    /** A string that must not be blank once trimmed. */
    public String requiredText(String field) {
        String text = requiredString(field);
        if (text.isBlank()) {
            throw ApiErrors.invalidArgument(name(field) + " must not be empty");
        }
        return text;
    }

    public long requiredLong(String field) {
        return required(field, this::optionalLong);
    }

    public Long optionalLong(String field) {
        JsonNode value = value(field);
        return value == null ? null : integer(value, name(field));
    }

    public Double optionalDouble(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw ApiErrors.wrongType(name(field), "a number");
        }
        return value.doubleValue();
    }

    public Boolean optionalBoolean(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw ApiErrors.wrongType(name(field), "a boolean");
        }
        return value.booleanValue();
    }

    public Instant requiredInstant(String field) {
        return required(field, this::optionalInstant);
    }

    public Instant optionalInstant(String field) {
        String text = optionalString(field);
        if (text == null) {
            return null;
        }
        Instant instant = Timestamps.parseOrNull(text);
        if (instant == null) {
            throw ApiErrors.invalidArgument(name(field)
                    + " must be an ISO-8601 date-time with an offset, such as 2025-05-01T14:00:00Z; got '" + text + "'");
        }
        if (!Timestamps.inRange(instant)) {
            throw ApiErrors.dateOutOfRange(name(field), text);
        }
        return instant;
    }

    public List<String> optionalStringList(String field) {
        return optionalList(field, (item, itemName) -> {
            if (!item.isTextual()) {
                throw ApiErrors.wrongType(itemName, "a string");
            }
            return text(item, itemName);
        });
    }

    public List<Long> optionalLongList(String field) {
        return optionalList(field, JsonBody::integer);
    }

    public List<JsonBody> optionalObjectList(String field) {
        return optionalList(field, (item, itemName) -> {
            if (!item.isObject()) {
                throw ApiErrors.wrongType(itemName, "an object");
            }
            return new JsonBody((ObjectNode) item, itemName);
        });
    }

    public JsonBody requiredObject(String field) {
        return required(field, this::optionalObject);
    }

    public JsonBody optionalObject(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw ApiErrors.wrongType(name(field), "an object");
        }
        return new JsonBody((ObjectNode) value, name(field));
    }

    /** The dotted path of a field of this object, as error messages name it. */
    public String name(String field) {
        return name(path, field);
    }

    /** The dotted path of {@code field} under {@code parent} ("" for the top level), as error messages name it. */
    public static String name(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** The names of the fields sent, in the order sent (the JSON reader refuses a name holding a lone surrogate). */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A string value's text, refused when it holds a lone surrogate: no answer could carry it. */
    private static String text(JsonNode value, String name) {
        String text = value.textValue();
        int at = UnicodeText.loneSurrogate(text);
        if (at >= 0) {
            throw ApiErrors.loneSurrogate(name, text, at);
        }
        return text;
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private <T> T required(String field, Function<String, T> reader) {
        T value = reader.apply(field);
        if (value == null) {
            throw ApiErrors.missingField(name(field));
        }
        return value;
    }

    private interface ItemReader<T> {
        T read(JsonNode item, String itemName);
    }

    private <T> List<T> optionalList(String field, ItemReader<T> reader) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiErrors.wrongType(name(field), "an array");
        }
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            String itemName = name(field) + "[" + i + "]";
            JsonNode item = value.get(i);
            if (item == null || item.isNull()) {
                throw ApiErrors.invalidArgument(itemName + " must not be null");
            }
            items.add(reader.read(item, itemName));
        }
        return List.copyOf(items);
    }

    private static long integer(JsonNode value, String name) {
        if (!value.isNumber()) {
            throw ApiErrors.wrongType(name, "a number");
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        double number = value.doubleValue();
        if (number != Math.rint(number) || Math.abs(number) > 9.007199254740991E15) {
            throw ApiErrors.wrongType(name, "a whole number");
        }
        return (long) number;
    }
}
