package nl.zgw.common.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * A query parameter value that does not convert to its declared type (UUID, date, enum, number, ...) is a filter
 * value that fails validation (standard §1.3): 400 {@code invalid} naming the parameter. Jakarta REST would answer
 * 404, which a client cannot tell from "no such resource". Path parameters keep the 404.
 * <p>
 * Conversion follows the Jakarta REST rules for a type: static {@code fromString}/{@code valueOf(String)}, static
 * {@code parse(CharSequence)} (java.time), or a {@code String} constructor.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null || rawType == String.class || rawType == boolean.class || rawType == Boolean.class) {
            return null;
        }
        Class<?> type = BOXED.getOrDefault(rawType, rawType);
        Parser parser = parser(type);
        return parser == null ? null : (ParamConverter<T>) new Converter<>(name, parser);
    }

    private static String queryName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof RestQuery r && !r.value().isEmpty()) {
                return r.value();
            }
        }
        return null;
    }

    private interface Parser {
        Object parse(String value) throws ReflectiveOperationException;
    }

    private static Parser parser(Class<?> type) {
        for (String factory : new String[] {"fromString", "valueOf"}) {
            Method m = staticMethod(type, factory, String.class);
            if (m != null) {
                return value -> m.invoke(null, value);
            }
        }
        Method parse = staticMethod(type, "parse", CharSequence.class);
        if (parse != null) {
            return value -> parse.invoke(null, value);
        }
        try {
            Constructor<?> c = type.getConstructor(String.class);
            return c::newInstance;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method staticMethod(Class<?> type, String name, Class<?> parameter) {
        try {
            Method m = type.getMethod(name, parameter);
            return Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private record Converter<T>(String name, Parser parser) implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return (T) parser.parse(value);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
                throw ZgwException.invalid(name, "invalid", "Ongeldige waarde '" + abbreviate(value)
                        + "' voor deze query parameter.");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }

        private static String abbreviate(String value) {
            return value.length() > 50 ? value.substring(0, 50) + "..." : value;
        }
    }
}
