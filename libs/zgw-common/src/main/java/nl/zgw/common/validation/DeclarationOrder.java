package nl.zgw.common.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import nl.zgw.common.problem.InvalidParam;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order the reference reports field errors in: the order the request type declares its fields (a serializer's
 * field order), step by step along the path, so {@code verlenging.reden} comes before {@code verlenging.duur}.
 * Clients and the standard's test collections read the first error.
 */
final class DeclarationOrder {

    static final Comparator<List<Integer>> KEYS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private DeclarationOrder() {
    }

    /** The positions of the violation's path steps in their declaring types (unknown steps last). */
    static List<Integer> key(ConstraintViolation<?> v) {
        Type type = v.getRootBeanClass();
        List<Integer> key = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                type = parameterType(v, node);
                continue;
            }
            if (node.getIndex() != null) {
                key.add(node.getIndex());
                type = elementType(type);
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                Class<?> owner = raw(type);
                key.add(position(owner, node.getName()));
                type = memberType(owner, node.getName());
            }
        }
        return key;
    }

    /** As {@link #key(ConstraintViolation)}, for the dotted name ({@code kenmerken.1.naam}) of a field of {@code root}. */
    static List<Integer> key(Class<?> root, String dotted) {
        List<Integer> key = new ArrayList<>();
        if (InvalidParam.NON_FIELD_ERRORS.equals(dotted)) {
            key.add(Integer.MAX_VALUE);
            return key;
        }
        Type type = root;
        for (String step : dotted.split("\\.")) {
            if (!step.isEmpty() && step.length() < 10 && step.chars().allMatch(Character::isDigit)) {
                key.add(Integer.parseInt(step));
                type = elementType(type);
            } else {
                Class<?> owner = raw(type);
                key.add(position(owner, step));
                type = memberType(owner, step);
            }
        }
        return key;
    }

    private static Type parameterType(ConstraintViolation<?> v, Path.Node node) {
        Object[] values = v.getExecutableParameters();
        int index = node.as(Path.ParameterNode.class).getParameterIndex();
        return values != null && index < values.length && values[index] != null ? values[index].getClass()
                : Object.class;
    }

    private static int position(Class<?> owner, String name) {
        if (owner == null) {
            return Integer.MAX_VALUE;
        }
        if (owner.isRecord()) {
            RecordComponent[] components = owner.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    return i;
                }
            }
            return Integer.MAX_VALUE;
        }
        Field[] fields = owner.getDeclaredFields();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getName().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Type memberType(Class<?> owner, String name) {
        if (owner == null) {
            return null;
        }
        if (owner.isRecord()) {
            for (RecordComponent c : owner.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c.getGenericType();
                }
            }
            return null;
        }
        for (Field f : owner.getDeclaredFields()) {
            if (f.getName().equals(name)) {
                return f.getGenericType();
            }
        }
        return null;
    }

    /** The element type of a {@code List<E>} (or any collection); else the type itself. */
    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw(p))
                && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
