package com.verticallight.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

/**
 * Dates, times and instants only as ISO-8601 text: the JSR-310 deserializers would read {@code -1} as 1969-12-31
 * and {@code 1e300} as an instant, and [2026,1,1] as a date. Other java.time values (Duration) are left alone.
 */
final class TextualTimes extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        boolean time = Temporal.class.isAssignableFrom(type) || TemporalAccessor.class.isAssignableFrom(type);
        return time && type.getPackageName().equals("java.time") ? new TextOnly(deserializer) : deserializer;
    }

    private static final class TextOnly extends DelegatingDeserializer {

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }
}
