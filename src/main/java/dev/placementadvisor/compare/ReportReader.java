package dev.placementadvisor.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.inventory.Placement;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a saved JSON report (a baseline) as a {@link Snapshot}, validating it as strictly as an
 * inventory: a baseline may come from anyone who can open a pull request.
 *
 * <p>The file is streamed through Jackson's parser, never held whole: of each service only its
 * name, placement, recommended monthly cost and inventory location are kept, and everything else is
 * skipped, so memory stays small whatever the report's size. What is kept must be exactly what the
 * tool writes: a service name by the inventory's rule ({@link InventoryLoader#NAME}), a placement
 * id, amounts as JSON numbers in whole cents, finite and not negative, locations as whole numbers;
 * each service name once; at most {@link InventoryLoader#MAX_SERVICES} services; {@code
 * schemaVersion} 1. Fields added within schema version 1 are skipped.
 *
 * <p>Any problem is one {@link InputException} (exit 2) naming file, line and column, in words of
 * this reader's own: a message never quotes the file (no value, no key it does not expect, no
 * service name, and none of the parser's own messages, which quote the input).
 */
public final class ReportReader {
  /** The JSON report version this release compares. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Largest report read, in bytes: 4 GiB, above the largest report the tool can write. Its services
   * take at most 2 GB: {@link InventoryLoader#MAX_SERVICES} services at under 10 KB each (a service
   * at every maximum the inventory allows, with the longest amounts a price catalog can give, takes
   * about 6 KB; a typical one 3 KB). The rest is text from the inventory and the price catalog (the
   * organization's name, the Kubernetes tax lines), under 1.5 GB even for two files at the 128 MiB
   * input limit written out with every character escaped.
   */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;

  /** Deepest nesting of objects and arrays (a report nests 5 deep). */
  public static final int MAX_DEPTH = 64;

  /**
   * Longest string kept, in characters (the inventory's longest value): the inventory's name, a
   * service name, a placement. Strings skipped are not held at all.
   */
  public static final int MAX_STRING_CHARS = 1024 * 1024;

  /**
   * Longest number, in characters: the longest the tool writes is 312, the largest finite amount in
   * dollars and cents.
   */
  public static final int MAX_NUMBER_CHARS = 400;

  /** Longest key, in characters (the tool's own keys have at most 25). */
  public static final int MAX_KEY_CHARS = 256;

  /**
   * Most keys in one object (the tool writes at most 20), so that checking keys for duplicates
   * holds little memory.
   */
  public static final int MAX_KEYS_PER_OBJECT = 1024;

  /**
   * Longest inventory name: the longest path a file system opens (Windows' long paths; Linux and
   * macOS refuse paths over 4,096 bytes).
   */
  public static final int MAX_INVENTORY_CHARS = 32_767;

  /** The largest amount read: the largest finite double, as the tool writes amounts. */
  private static final BigDecimal MAX_AMOUNT = new BigDecimal(Double.MAX_VALUE);

  /** The keys this reader looks for, which its messages may name. */
  private static final Set<String> KNOWN_KEYS =
      Set.of(
          "schemaVersion",
          "inventory",
          "services",
          "name",
          "placement",
          "monthlyCost",
          "recommended",
          "location",
          "line",
          "column",
          "totals");

  private static final String PLACEMENTS = placementList();

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING_CHARS)
                  .maxNumberLength(MAX_NUMBER_CHARS)
                  .maxNameLength(MAX_KEY_CHARS)
                  .maxDocumentLength(MAX_FILE_BYTES)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // Locations carry no excerpt of the input, and keys are not interned for the JVM.
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .build();

  private ReportReader() {}

  /** Reads the report at {@code file}; messages name it as given. */
  public static Snapshot read(Path file) {
    return read(file, InventoryLoader.MAX_SERVICES);
  }

  /** Reads a report of at most {@code maxServices} services (a lower bound for tests). */
  static Snapshot read(Path file, int maxServices) {
    String name = dev.placementadvisor.input.Text.path(file);
    Location where = Location.ofFile(name);
    try (InputStream in = open(file, where);
        StrictUtf8Reader text = new StrictUtf8Reader(in, name, MAX_FILE_BYTES);
        JsonParser parser = FACTORY.createParser(text)) {
      try {
        return new Parse(parser, name, maxServices).report();
      } catch (StreamConstraintsException e) {
        // A limit carries no location of its own: the parser is where it stopped.
        throw new InputException(where(parser, name), limitProblem(e.getOriginalMessage()));
      } catch (JsonProcessingException e) {
        throw new InputException(
            location(e.getLocation(), name, where), syntaxProblem(e.getOriginalMessage()));
      }
    } catch (IOException e) {
      // The message of an I/O error is the system's, and may name the file: not quoted either.
      throw new InputException(where, "cannot read the file");
    }
  }

  /**
   * Opens the report for reading, under the rules every input file is read by (see {@link
   * YamlTreeReader#openStream}): at most {@link #MAX_FILE_BYTES} bytes for a regular file; a pipe
   * is read whole first, within the pipe limits.
   */
  private static InputStream open(Path path, Location where) {
    return YamlTreeReader.openStream(path, where.file(), MAX_FILE_BYTES);
  }

  /** One pass over the tokens of a report. */
  private static final class Parse {
    private final JsonParser parser;
    private final String file;
    private final int maxServices;

    Parse(JsonParser parser, String file, int maxServices) {
      this.parser = parser;
      this.file = file;
      this.maxServices = maxServices;
    }

    Snapshot report() throws IOException {
      JsonToken t = parser.nextToken();
      if (t == null) {
        throw new InputException(
            new Location(file, 1, 1), "the file is empty: expected a saved advisor JSON report");
      }
      if (t != JsonToken.START_OBJECT) {
        throw new InputException(
            here(), "not an advisor JSON report: expected a JSON object, got " + kind(t));
      }
      Location top = here();
      boolean versionSeen = false;
      String inventory = null;
      List<Snapshot.Entry> services = null;
      double total = Double.NaN;
      int keys = 0;
      while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
        countKey(++keys);
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (key) {
          case "schemaVersion" -> {
            schemaVersion(value);
            versionSeen = true;
          }
          case "inventory" -> inventory = inventory(value);
          case "services" -> services = services(value);
          case "totals" -> total = totals(value);
          default -> skip(value);
        }
      }
      end(t, JsonToken.END_OBJECT);
      if (!versionSeen) {
        throw missing(top, "schemaVersion", "the report");
      }
      if (inventory == null) {
        throw missing(top, "inventory", "the report");
      }
      if (services == null) {
        throw missing(top, "services", "the report");
      }
      if (Double.isNaN(total)) {
        throw missing(top, "totals", "the report");
      }
      if (parser.nextToken() != null) {
        throw new InputException(here(), "unexpected content after the JSON value");
      }
      return new Snapshot(file, inventory, services, total);
    }

    private void schemaVersion(JsonToken t) throws IOException {
      if (t != JsonToken.VALUE_NUMBER_INT) {
        throw new InputException(
            here(),
            "'schemaVersion' must be the whole JSON number " + SCHEMA_VERSION + ", got " + kind(t));
      }
      if (parser.getNumberType() != JsonParser.NumberType.INT
          || parser.getIntValue() != SCHEMA_VERSION) {
        throw new InputException(
            here(),
            "incompatible report: this release compares schemaVersion "
                + SCHEMA_VERSION
                + " only (save the baseline again with this release)");
      }
    }

    private String inventory(JsonToken t) throws IOException {
      if (t != JsonToken.VALUE_STRING) {
        throw new InputException(here(), "'inventory' must be a JSON string, got " + kind(t));
      }
      String s = parser.getText();
      if (s.length() > MAX_INVENTORY_CHARS) {
        throw new InputException(
            here(), "'inventory' is longer than " + MAX_INVENTORY_CHARS + " characters");
      }
      whole(s, "'inventory'");
      return s;
    }

    private List<Snapshot.Entry> services(JsonToken t) throws IOException {
      if (t != JsonToken.START_ARRAY) {
        throw new InputException(here(), "'services' must be a JSON array, got " + kind(t));
      }
      List<Snapshot.Entry> entries = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw endOfInput();
        }
        if (entries.size() >= maxServices) {
          throw new InputException(
              here(),
              "too many services: more than "
                  + maxServices
                  + " (a report holds at most "
                  + maxServices
                  + ")");
        }
        entries.add(service(t, seen));
      }
      return entries;
    }

    private Snapshot.Entry service(JsonToken t, Map<String, Integer> seen) throws IOException {
      if (t != JsonToken.START_OBJECT) {
        throw new InputException(
            here(), "each item of 'services' must be a JSON object, got " + kind(t));
      }
      Location at = here();
      String name = null;
      String placement = null;
      double cost = Double.NaN;
      int line = 0;
      int column = 0;
      int keys = 0;
      while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
        countKey(++keys);
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (key) {
          case "name" -> name = name(value, seen);
          case "placement" -> placement = placement(value);
          case "monthlyCost" -> cost = monthlyCost(value);
          case "location" -> {
            long where = serviceLocation(value);
            line = (int) (where >>> 32);
            column = (int) where;
          }
          default -> skip(value);
        }
      }
      end(t, JsonToken.END_OBJECT);
      if (name == null) {
        throw missing(at, "name", "a service");
      }
      if (placement == null) {
        throw missing(at, "placement", "a service");
      }
      if (Double.isNaN(cost)) {
        throw missing(at, "monthlyCost", "a service");
      }
      return new Snapshot.Entry(name, placement, cost, line, column);
    }

    private String name(JsonToken t, Map<String, Integer> seen) throws IOException {
      if (t != JsonToken.VALUE_STRING) {
        throw new InputException(
            here(), "a service's 'name' must be a JSON string, got " + kind(t));
      }
      String name = parser.getText();
      if (name.length() > InventoryLoader.MAX_NAME_CHARS) {
        throw new InputException(
            here(),
            "a service's 'name' is longer than " + InventoryLoader.MAX_NAME_CHARS + " characters");
      }
      if (!InventoryLoader.NAME.matcher(name).matches()) {
        throw new InputException(
            here(),
            "invalid service 'name': use letters, digits, '.', '_' and '-', starting with a letter"
                + " or digit");
      }
      Location at = here();
      Integer first = seen.putIfAbsent(name, at.line());
      if (first != null) {
        throw new InputException(at, "a service name appears twice (first at line " + first + ")");
      }
      return name;
    }

    private String placement(JsonToken t) throws IOException {
      if (t == JsonToken.VALUE_STRING) {
        String text = parser.getText();
        for (Placement p : Placement.values()) {
          if (p.id().equals(text)) {
            return p.id();
          }
        }
      }
      throw new InputException(
          here(),
          "a service's 'placement' must be one of "
              + PLACEMENTS
              + (t == JsonToken.VALUE_STRING ? "" : ", got " + kind(t)));
    }

    /** The 'recommended' amount of a service's 'monthlyCost' object. */
    private double monthlyCost(JsonToken t) throws IOException {
      return amountIn(t, "a service's 'monthlyCost'", "recommended", "'monthlyCost.recommended'");
    }

    /**
     * Line and column of a service's 'location', as line in the high and column in the low half.
     */
    private long serviceLocation(JsonToken t) throws IOException {
      if (t != JsonToken.START_OBJECT) {
        throw new InputException(
            here(), "a service's 'location' must be a JSON object, got " + kind(t));
      }
      long line = 0;
      long column = 0;
      int keys = 0;
      while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
        countKey(++keys);
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (key) {
          case "line" -> line = position(value, "'location.line'");
          case "column" -> column = position(value, "'location.column'");
          default -> skip(value);
        }
      }
      end(t, JsonToken.END_OBJECT);
      return line << 32 | column;
    }

    /** A line or column: a whole JSON number from 0 (unknown) to the largest int. */
    private long position(JsonToken t, String field) throws IOException {
      if (t != JsonToken.VALUE_NUMBER_INT
          || parser.getNumberType() != JsonParser.NumberType.INT
          || parser.getIntValue() < 0) {
        throw new InputException(
            here(),
            field
                + " must be a whole JSON number from 0 to "
                + Integer.MAX_VALUE
                + (t == JsonToken.VALUE_NUMBER_INT ? "" : ", got " + kind(t)));
      }
      return parser.getIntValue();
    }

    /** The 'monthlyCost' amount of the 'totals' object. */
    private double totals(JsonToken t) throws IOException {
      return amountIn(t, "'totals'", "monthlyCost", "'totals.monthlyCost'");
    }

    /**
     * The one amount an object must hold, under {@code key}; the object's other keys are skipped.
     * {@code object} and {@code field} name the object and the amount in messages.
     */
    private double amountIn(JsonToken t, String object, String key, String field)
        throws IOException {
      if (t != JsonToken.START_OBJECT) {
        throw new InputException(here(), object + " must be a JSON object, got " + kind(t));
      }
      Location at = here();
      double amount = Double.NaN;
      int keys = 0;
      while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
        countKey(++keys);
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals(key)) {
          amount = amount(value, field);
        } else {
          skip(value);
        }
      }
      end(t, JsonToken.END_OBJECT);
      if (Double.isNaN(amount)) {
        throw missing(at, key, object);
      }
      return amount;
    }

    /**
     * An amount of US dollars a month, as the tool writes it: a JSON number (not text, not true or
     * false, not null), not negative, in whole cents, and finite.
     */
    private double amount(JsonToken t, String field) throws IOException {
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new InputException(
            here(), field + " must be a JSON number (US dollars a month), got " + kind(t));
      }
      BigDecimal value = decimal(field);
      if (value.signum() < 0) {
        throw negative(field);
      }
      if (value.compareTo(MAX_AMOUNT) > 0) {
        throw outOfRange(field);
      }
      if (value.signum() > 0 && value.stripTrailingZeros().scale() > 2) {
        throw notInCents(field);
      }
      return value.doubleValue();
    }

    /**
     * The current number, exactly. An exponent of more than four digits ({@code 1e999999999}) is
     * judged by its sign alone, as no decimal type holds it: the number is zero, out of range, or a
     * fraction of a cent.
     */
    private BigDecimal decimal(String field) throws IOException {
      String text = parser.getText(); // at most MAX_NUMBER_CHARS
      int e = Math.max(text.indexOf('e'), text.indexOf('E'));
      if (e >= 0) {
        String exponent = text.substring(e + 1);
        if (exponent.replaceFirst("^[+-]?0*", "").length() > 4) {
          String mantissa = text.substring(0, e);
          if (mantissa.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            return BigDecimal.ZERO;
          }
          if (mantissa.startsWith("-")) {
            throw negative(field);
          }
          throw exponent.startsWith("-") ? notInCents(field) : outOfRange(field);
        }
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException | ArithmeticException ex) {
        throw new InputException(here(), "invalid JSON: malformed number");
      }
    }

    private InputException negative(String field) {
      return new InputException(here(), field + " must not be negative");
    }

    private InputException outOfRange(String field) {
      return new InputException(
          here(), field + " is out of range: the largest amount read is about 1.8e308 dollars");
    }

    private InputException notInCents(String field) {
      return new InputException(here(), field + " must be in whole cents (at most two decimals)");
    }

    /**
     * Skips the value whose first token is {@code t}. Unlike {@link JsonParser#skipChildren} it
     * counts the keys of each object, since the parser's check for duplicate keys holds every key
     * of an open object.
     */
    private void skip(JsonToken t) throws IOException {
      if (t == JsonToken.START_OBJECT) {
        int keys = 0;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
          countKey(++keys);
          skip(parser.nextToken());
        }
        end(t, JsonToken.END_OBJECT);
      } else if (t == JsonToken.START_ARRAY) {
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw endOfInput();
          }
          skip(t);
        }
      } else if (t == null) {
        throw endOfInput();
      }
    }

    private void countKey(int keys) {
      if (keys > MAX_KEYS_PER_OBJECT) {
        throw new InputException(
            here(), "an object with more than " + MAX_KEYS_PER_OBJECT + " keys");
      }
    }

    /** The parser always closes what it opened; only the end of the input can stop it short. */
    private void end(JsonToken t, JsonToken expected) {
      if (t != expected) {
        throw endOfInput();
      }
    }

    private InputException endOfInput() {
      return new InputException(where(parser, file), "invalid JSON: unexpected end of input");
    }

    /** Text with only whole characters: no half of a surrogate pair, which no UTF-8 can hold. */
    private void whole(String text, String field) {
      if (Text.loneSurrogate(text) >= 0) {
        throw new InputException(
            here(),
            field
                + " holds half a character (an escaped lone surrogate): escape whole characters"
                + " only");
      }
    }

    private static InputException missing(Location at, String key, String context) {
      return new InputException(
          at, "not an advisor JSON report: '" + key + "' is missing in " + context);
    }

    private Location here() {
      return location(parser.currentTokenLocation(), file, Location.ofFile(file));
    }
  }

  /** Where the parser is now, when the current token's start may not be known yet. */
  private static Location where(JsonParser parser, String file) {
    Location token = location(parser.currentTokenLocation(), file, null);
    return token != null ? token : location(parser.currentLocation(), file, Location.ofFile(file));
  }

  private static Location location(JsonLocation loc, String file, Location fallback) {
    if (loc == null || loc.getLineNr() <= 0) {
      return fallback;
    }
    return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  /** What a JSON value is, in words: never the value itself. */
  private static String kind(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or an exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  private static String placementList() {
    List<String> ids = new ArrayList<>();
    for (Placement p : Placement.values()) {
      ids.add(p.id());
    }
    return String.join(", ", ids);
  }

  /**
   * The parser's complaint in this reader's own words. The parser's messages quote up to a few
   * hundred characters of the input, so none is passed on: each known kind maps to a fixed phrase,
   * chosen by the start of the message, and anything else is plain "invalid JSON".
   */
  static String syntaxProblem(String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("Duplicate field '")) {
      int end = m.lastIndexOf('\'');
      String key = end > 17 ? m.substring(17, end) : "";
      return KNOWN_KEYS.contains(key)
          ? "duplicate key '" + key + "'"
          : "a key appears twice in one object";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "invalid JSON: unexpected end of input";
    }
    if (m.startsWith("Unexpected character")) {
      return unexpectedCharacter(m);
    }
    if (m.startsWith("Unrecognized token '")) {
      return "invalid JSON: unrecognized token (expected a string, number, object, array, true,"
          + " false or null)";
    }
    if (m.startsWith("Non-standard token '")) {
      return "invalid JSON: NaN and Infinity are not JSON numbers";
    }
    if (m.startsWith("Invalid numeric value")
        || m.startsWith("Malformed numeric value")
        || m.startsWith("Leading zeroes")
        || m.startsWith("Exponent indicator")
        || m.startsWith("No digit following")) {
      return "invalid JSON: malformed number";
    }
    if (m.startsWith("Illegal unquoted character")) {
      return "invalid JSON: a control character in a string (escape it)";
    }
    if (m.startsWith("Unrecognized character escape")) {
      return "invalid JSON: unknown escape in a string";
    }
    if (m.startsWith("Unexpected close marker")) {
      return "invalid JSON: mismatched closing bracket";
    }
    if (m.startsWith("Expected space separating root-level values")) {
      return "unexpected content after the JSON value";
    }
    if (m.startsWith("Illegal character")) {
      return "invalid JSON: unexpected character";
    }
    return "invalid JSON";
  }

  /**
   * An "Unexpected character" complaint in this reader's words: what the parser expected instead,
   * told by the rest of its message, where this reader can name it.
   */
  private static String unexpectedCharacter(String m) {
    if (m.contains("was expecting double-quote to start field name")
        || m.contains("was expecting either valid name character")) {
      return "invalid JSON: unexpected character, expected a key in double quotes";
    }
    if (m.contains("was expecting comma to separate")) {
      return "invalid JSON: unexpected character, expected ',' or a closing bracket";
    }
    if (m.contains("was expecting a colon to separate field name and value")) {
      return "invalid JSON: unexpected character, expected ':' after a key";
    }
    if (m.contains("maybe a (non-standard) comment?")) {
      return "invalid JSON: comments are not allowed";
    }
    if (m.contains("in numeric value") || m.contains("expected digit")) {
      return "invalid JSON: malformed number";
    }
    return "invalid JSON: unexpected character";
  }

  /** Which limit a {@link StreamConstraintsException} is about, in this reader's words. */
  static String limitProblem(String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("Document nesting depth")) {
      return "nested deeper than " + MAX_DEPTH + " levels";
    }
    if (m.startsWith("String value length")) {
      return "a value longer than the longest value read, " + MAX_STRING_CHARS + " characters";
    }
    if (m.startsWith("Number value length")) {
      return "a number longer than " + MAX_NUMBER_CHARS + " characters";
    }
    if (m.startsWith("Name length")) {
      return "a key longer than " + MAX_KEY_CHARS + " characters";
    }
    if (m.startsWith("Document length")) {
      return "more than " + MAX_FILE_BYTES + " bytes";
    }
    return "too large to read";
  }
}
