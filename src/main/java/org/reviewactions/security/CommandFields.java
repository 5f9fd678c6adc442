package org.reviewactions.security;

import java.lang.reflect.Field;

/**
 * Reads what a Camunda command was asked to do. The engine's commands keep their arguments in
 * protected fields without getters; the attack tests fail if a Camunda upgrade renames one.
 */
final class CommandFields {

  private CommandFields() {}

  static Object read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }
}
