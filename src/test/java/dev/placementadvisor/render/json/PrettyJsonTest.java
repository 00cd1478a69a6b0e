package dev.placementadvisor.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PrettyJson writes strings and structure exactly as Jackson's generator does. */
class PrettyJsonTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static String jackson(String s) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeString(s);
    }
    return out.toString();
  }

  private static String ours(String s) throws IOException {
    PrettyJson j = new PrettyJson(16, true);
    j.string(s);
    return new String(Arrays.copyOf(j.bytes(), j.length()), StandardCharsets.UTF_8);
  }

  @Test
  void everyCharOfTheBasicPlaneAloneAndAmongPlainText() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      for (String s : new String[] {String.valueOf((char) c), "plain " + (char) c + " text?"}) {
        if (!ours(s).equals(jackson(s))) {
          wrong.add(Integer.toHexString(c));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void pairsAndLoneSurrogatesInLenientMode() throws IOException {
    for (String s :
        new String[] {"😀", "a😀b?", "\uD83D", "x\uDE00y", "\uDE00\uD83D", "é😀\u0141"}) {
      PrettyJson j = new PrettyJson(4, false);
      j.string(s);
      char[] chars = new char[j.length()];
      int n = PrettyJson.decode(j.bytes(), j.length(), chars);
      assertThat(new String(chars, 0, n)).as(s).isEqualTo(jackson(s));
    }
  }

  @Test
  void structureAsJacksonsPrettyPrinterLaysItOut() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonRenderer.prettyPrinter());
      g.writeStartObject();
      g.writeArrayFieldStart("empty");
      g.writeEndArray();
      g.writeObjectFieldStart("none");
      g.writeEndObject();
      g.writeArrayFieldStart("list");
      g.writeString("a");
      g.writeNumber(-12);
      g.writeNull();
      g.writeStartObject();
      g.writeBooleanField("deep", true);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    PrettyJson j = new PrettyJson(1, true);
    j.startObject();
    j.field(new PrettyJson.Name("empty"));
    j.startArray();
    j.endArray();
    j.field(new PrettyJson.Name("none"));
    j.startObject();
    j.endObject();
    j.field(new PrettyJson.Name("list"));
    j.startArray();
    j.string("a");
    j.number(-12);
    j.nullValue();
    j.startObject();
    j.field(new PrettyJson.Name("deep"));
    j.bool(true);
    j.endObject();
    j.endArray();
    j.endObject();
    assertThat(new String(Arrays.copyOf(j.bytes(), j.length()), StandardCharsets.UTF_8))
        .isEqualTo(out.toString());
  }

  @Test
  void fieldsBeyondThePrecomputedLevelsAreLaidOutTheSame() throws IOException {
    StringWriter out = new StringWriter();
    PrettyJson j = new PrettyJson(1, true);
    PrettyJson.Name name = new PrettyJson.Name("k");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonRenderer.prettyPrinter());
      for (int d = 0; d < 12; d++) {
        g.writeStartObject();
        g.writeNumberField("n", d);
        g.writeFieldName("k");
        j.startObject();
        j.field(new PrettyJson.Name("n"));
        j.number(d);
        j.field(name);
      }
      g.writeNull();
      j.nullValue();
      for (int d = 0; d < 12; d++) {
        g.writeEndObject();
        j.endObject();
      }
    }
    assertThat(new String(Arrays.copyOf(j.bytes(), j.length()), StandardCharsets.UTF_8))
        .isEqualTo(out.toString());
  }
}
