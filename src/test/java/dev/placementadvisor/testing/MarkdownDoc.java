package dev.placementadvisor.testing;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A markdown document parsed as CommonMark with GFM tables, and the walks tests need: headings,
 * tables by their header row, and the block that follows a code block.
 */
public final class MarkdownDoc {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private final Node root;

  private MarkdownDoc(Node root) {
    this.root = root;
  }

  public static MarkdownDoc parse(String markdown) {
    return new MarkdownDoc(PARSER.parse(markdown));
  }

  /** A heading's level and plain text. */
  public record Title(int level, String text) {}

  /** A table's header cells and body rows, as plain text. */
  public record Table(List<String> header, List<List<String>> rows) {
    /** The cells of the named column, top to bottom. */
    public List<String> column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + name + " in " + header);
      }
      return rows.stream().map(r -> r.get(i)).toList();
    }
  }

  /** A mermaid code block and the table that follows it, or null when something else does. */
  public record Chart(String source, Table table) {}

  public List<Title> headings() {
    List<Title> out = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        out.add(new Title(h.getLevel(), text(h)));
      }
    }
    return out;
  }

  public List<Table> tables() {
    List<Table> out = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableBlock t) {
        out.add(table(t));
      }
    }
    return out;
  }

  /** The first table whose header row is exactly {@code header}, or null. */
  public Table tableWithHeader(List<String> header) {
    return tables().stream().filter(t -> t.header().equals(header)).findFirst().orElse(null);
  }

  /** Every fenced code block with the info string "mermaid", with the table after it. */
  public List<Chart> mermaidCharts() {
    List<Chart> out = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof FencedCodeBlock f && "mermaid".equals(f.getInfo())) {
        Node next = n.getNext();
        out.add(new Chart(f.getLiteral(), next instanceof TableBlock t ? table(t) : null));
      }
    }
    return out;
  }

  /** The destination of every link, in document order. */
  public List<String> links() {
    List<String> out = new ArrayList<>();
    walk(
        root,
        n -> {
          if (n instanceof Link l) {
            out.add(l.getDestination());
          }
        });
    return out;
  }

  /** True when any raw HTML made it into the document. */
  public boolean hasHtml() {
    return !htmlTags().isEmpty();
  }

  /**
   * The names of the HTML tags in the document's raw HTML, and "?" for raw HTML that is no tag (a
   * comment, a declaration): what a reviewer would see as markup.
   */
  public java.util.Set<String> htmlTags() {
    java.util.Set<String> tags = new java.util.TreeSet<>();
    java.util.regex.Pattern tag = java.util.regex.Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)");
    walk(
        root,
        n -> {
          String html =
              n instanceof HtmlInline i
                  ? i.getLiteral()
                  : n instanceof HtmlBlock b ? b.getLiteral() : null;
          if (html != null) {
            java.util.regex.Matcher m = tag.matcher(html);
            boolean any = false;
            while (m.find()) {
              tags.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
              any = true;
            }
            if (!any && !html.isBlank()) {
              tags.add("?");
            }
          }
        });
    return tags;
  }

  /**
   * Lines where GitHub could read money as math: outside code blocks, more than one unescaped
   * dollar sign in a paragraph line or in one table cell.
   */
  public static List<String> mathHazards(String markdown) {
    List<String> out = new ArrayList<>();
    boolean code = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        code = !code;
        continue;
      }
      if (code) {
        continue;
      }
      List<String> parts =
          line.startsWith("|") ? List.of(line.split("(?<!\\\\)\\|")) : List.of(line);
      for (String part : parts) {
        if (part.split("(?<!\\\\)\\$", -1).length - 1 > 1) {
          out.add(line);
          break;
        }
      }
    }
    return out;
  }

  private static void walk(Node node, java.util.function.Consumer<Node> visit) {
    visit.accept(node);
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      walk(n, visit);
    }
  }

  /** The plain text of a node: its text and code spans, joined. */
  public static String text(Node node) {
    StringBuilder b = new StringBuilder();
    collect(node, b);
    return b.toString();
  }

  private static void collect(Node node, StringBuilder b) {
    if (node instanceof Text t) {
      b.append(t.getLiteral());
    } else if (node instanceof Code c) {
      b.append(c.getLiteral());
    }
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      collect(n, b);
    }
  }

  private static Table table(TableBlock block) {
    List<String> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(text(cell));
        }
        if (part instanceof TableHead) {
          header.addAll(cells);
        } else if (part instanceof TableBody) {
          rows.add(cells);
        }
      }
    }
    return new Table(List.copyOf(header), List.copyOf(rows));
  }
}
