package dev.placementadvisor.scoring;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable set of constants of one enum (of at most 64), held as bits: it iterates in
 * declaration order like an EnumSet, and facts can pass it on without copying it, since it cannot
 * change. Equal to any set with the same elements, with the same hash code.
 */
final class EnumBits<E extends Enum<E>> extends AbstractSet<E> {
  private final Class<E> type;
  private final E[] constants;
  private final long bits;
  private final int size;
  private final int hash;

  /** Each enum's constants, once (getEnumConstants copies them on every call). */
  private static final ClassValue<Object[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          return type.getEnumConstants();
        }
      };

  @SuppressWarnings("unchecked")
  private EnumBits(Class<E> type, long bits) {
    this.type = type;
    this.constants = (E[]) CONSTANTS.get(type);
    this.bits = bits;
    this.size = Long.bitCount(bits);
    int h = 0;
    for (int i = 0; i < constants.length; i++) {
      if ((bits & 1L << i) != 0) {
        h += constants[i].hashCode();
      }
    }
    this.hash = h;
  }

  /** {@code values} as an EnumBits: itself when it already is one of {@code type}. */
  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> EnumBits<E> of(Set<E> values, Class<E> type) {
    if (values instanceof EnumBits<?> b && b.type == type) {
      return (EnumBits<E>) b;
    }
    long bits = 0;
    for (E e : values) {
      bits |= 1L << type.cast(e).ordinal();
    }
    return of(type, bits);
  }

  /** The set of {@code type}'s constants whose ordinals are the set bits of {@code bits}. */
  static <E extends Enum<E>> EnumBits<E> of(Class<E> type, long bits) {
    return new EnumBits<>(type, bits);
  }

  /** The union of two sets of the same enum. */
  EnumBits<E> with(EnumBits<E> other) {
    return (bits | other.bits) == bits ? this : new EnumBits<>(type, bits | other.bits);
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<E>() {
      private long left = bits;

      @Override
      public boolean hasNext() {
        return left != 0;
      }

      @Override
      public E next() {
        if (left == 0) {
          throw new NoSuchElementException();
        }
        int i = Long.numberOfTrailingZeros(left);
        left &= left - 1;
        return constants[i];
      }
    };
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return bits == 0;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof Enum<?> e
        && e.getDeclaringClass() == type
        && (bits & 1L << e.ordinal()) != 0;
  }

  @Override
  public boolean containsAll(Collection<?> c) {
    if (c instanceof EnumBits<?> b && b.type == type) {
      return (b.bits & ~bits) == 0;
    }
    return super.containsAll(c);
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof EnumBits<?> b && b.type == type) {
      return b.bits == bits;
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
