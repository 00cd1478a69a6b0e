package dev.placementadvisor.input;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small text helpers for user-facing messages. */
public final class Text {
  private static final int SHORTEN_AT = 60;

  private Text() {}

  /** Cuts a user value to a printable, single-line excerpt. */
  public static String shorten(String s) {
    if (s.length() <= SHORTEN_AT && isPrintable(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .limit(SHORTEN_AT + 1L)
        .forEach(
            cp -> {
              if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format(Locale.ROOT, "\\u%04x", cp));
              } else {
                b.appendCodePoint(cp);
              }
            });
    if (s.codePointCount(0, s.length()) > SHORTEN_AT) {
      b.setLength(Math.min(b.length(), SHORTEN_AT));
      if (Character.isHighSurrogate(b.charAt(b.length() - 1))) {
        b.setLength(b.length() - 1); // never half a character
      }
      b.append("...");
    }
    return b.toString();
  }

  /** No control characters: nothing to show as an escape. */
  private static boolean isPrintable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Lists values as "a, b or c". */
  public static String oneOf(Collection<String> values) {
    if (values.size() <= 1) {
      return String.join("", values);
    }
    var list = values.stream().collect(Collectors.toList());
    return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
  }

  /** The closest candidate to a misspelled word, or null when none is close. */
  public static String didYouMean(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    int allowed = Math.max(2, word.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  private static int distance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
