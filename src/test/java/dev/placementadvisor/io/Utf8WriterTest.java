package dev.placementadvisor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8Writer writes what a strict UTF-8 writer (Files.newBufferedWriter) writes, or fails too. */
class Utf8WriterTest {
  private static final String[] PIECES = {
    "a", "plain ascii text ", "é", "—", "😀", "\uD83D", "\uDE00", "\n", "\u0000", "€", "ü"
  };

  /** Writes the text in pieces through a writer; null when the writer refuses it. */
  private static byte[] write(Writer w, ByteArrayOutputStream bytes, String text, Random split)
      throws IOException {
    try (w) {
      int i = 0;
      while (i < text.length()) {
        int n = Math.min(text.length() - i, 1 + split.nextInt(40));
        switch (split.nextInt(4)) {
          case 0 -> w.write(text, i, n);
          case 1 -> w.write(text.substring(i, i + n).toCharArray());
          case 2 -> w.append(text, i, i + n);
          default -> {
            for (int k = i; k < i + n; k++) {
              w.write(text.charAt(k));
            }
          }
        }
        i += n;
      }
    } catch (MalformedInputException e) {
      return null;
    }
    return bytes.toByteArray();
  }

  @Test
  void encodesAsAStrictUtf8WriterDoes() throws IOException {
    Random r = new Random(1);
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = r.nextInt(60);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      long seed = r.nextLong();
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      byte[] want =
          write(
              new OutputStreamWriter(expected, StandardCharsets.UTF_8.newEncoder()),
              expected,
              text,
              new Random(seed));
      ByteArrayOutputStream actual = new ByteArrayOutputStream();
      byte[] got = write(new Utf8Writer(actual), actual, text, new Random(seed));
      assertThat(got).as("%s", text).isEqualTo(want);
    }
  }

  @Test
  void textLargerThanTheBufferComesOutWhole() throws IOException {
    String text = "x—😀é".repeat(Utf8Writer.BUFFER);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8Writer w = new Utf8Writer(bytes)) {
      w.write(text);
      w.writeUtf8(new byte[Utf8Writer.BUFFER + 3], 1, Utf8Writer.BUFFER + 1);
      w.write(text.toCharArray());
    }
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = bytes.toByteArray();
    assertThat(out).hasSize(2 * encoded.length + Utf8Writer.BUFFER + 1);
    assertThat(java.util.Arrays.copyOfRange(out, 0, encoded.length)).isEqualTo(encoded);
    assertThat(java.util.Arrays.copyOfRange(out, out.length - encoded.length, out.length))
        .isEqualTo(encoded);
  }

  @Test
  void bytesAfterHalfAPairAreRefused() throws IOException {
    Utf8Writer w = new Utf8Writer(new ByteArrayOutputStream());
    w.write("\uD83D");
    assertThatThrownBy(() -> w.writeUtf8(new byte[] {'a'}, 0, 1))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void aClosedWriterRefusesMore() throws IOException {
    Utf8Writer w = new Utf8Writer(new ByteArrayOutputStream());
    w.close();
    w.close();
    assertThatThrownBy(() -> w.write("a")).isInstanceOf(IOException.class);
  }
}
