package org.frontmatter4j.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a class declares its methods, read from its class file. Reflection's
 * {@code getDeclaredMethods()} promises no order at all (HotSpot's varies with the method
 * table's layout), while javac writes the method table in source order, and the order of a
 * type's properties is the order of its keys in canonical output and in schemas. Records need no
 * such help: the order of their components is specified.
 */
final class ClassFileOrder {
  private ClassFileOrder() {}

  /**
   * The position of each method name in {@code type}'s class file (its first declaration, for
   * overloads), or null when the class file cannot be read, as for classes defined at run time.
   */
  static Map<String, Integer> methods(Class<?> type) {
    String name = type.getName();
    String file = name.substring(name.lastIndexOf('.') + 1) + ".class";
    // A resource ending in .class is never encapsulated, even in a named module.
    try (InputStream in = type.getResourceAsStream(file)) {
      return in == null ? null : methods(new DataInputStream(in));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Map<String, Integer> methods(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      return null;
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++; // longs and doubles take two entries
        }
        default -> {
          return null;
        }
      }
    }
    in.skipNBytes(6); // access flags, this class, super class
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    members(in, null); // fields
    List<Integer> methods = new ArrayList<>();
    members(in, methods);
    Map<String, Integer> order = new HashMap<>();
    for (int index : methods) {
      order.putIfAbsent(utf8[index], order.size());
    }
    return order;
  }

  /** Skips a field or method table, collecting each member's name index when asked. */
  private static void members(DataInputStream in, List<Integer> names) throws IOException {
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      in.skipNBytes(2); // access flags
      int name = in.readUnsignedShort();
      in.skipNBytes(2); // descriptor
      if (names != null) {
        names.add(name);
      }
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.skipNBytes(2);
        in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
      }
    }
  }
}
