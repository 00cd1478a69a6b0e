package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import java.nio.file.Path;
import java.util.List;

/**
 * A kind of deployment file {@code advisor import} reads: Kubernetes manifests, a SAM or
 * CloudFormation template, a Serverless Framework file, a Terraform plan, a wrangler file, a
 * Compose file. Each is one class, listed in {@link ImportFormats#DEPLOYMENT}.
 */
public interface DeploymentFormat {
  /** Stable id, lower case ({@code kubernetes}, {@code sam}, ...), shown in messages. */
  String id();

  /**
   * Whether the file is of this format, from its name and its text (already read as UTF-8 and
   * within the size limit). Cheap: no full parse.
   */
  boolean accepts(Path file, String text);

  /**
   * The services the file defines, in file order; empty when it defines none.
   *
   * @param file the file as named on the command line (or found under a named directory)
   * @param text its content
   * @throws InputException for a file that cannot be read as this format, naming file, line and
   *     column, never quoting more of the file than the offending token
   */
  List<Draft> read(Path file, String text);

  /**
   * The services the file defines, with what it holds that no service is made of (Kubernetes kinds
   * this format does not map), for the summary {@code advisor import} prints. By default, {@link
   * #read} with nothing left aside.
   */
  default Reading reading(Path file, String text) {
    return new Reading(read(file, text), java.util.Map.of());
  }

  /**
   * The services of several files of this format, read together, in file order: for a format whose
   * objects point at each other across files (a Kubernetes HorizontalPodAutoscaler in a file of its
   * own). By default, {@link #reading} of each file.
   *
   * @param files the files, as named or found
   * @param texts their contents, in the same order
   */
  default Reading readingAll(List<Path> files, List<String> texts) {
    List<Draft> drafts = new java.util.ArrayList<>();
    java.util.Map<String, Integer> ignored = new java.util.LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Reading r = reading(files.get(i), texts.get(i));
      drafts.addAll(r.drafts());
      r.ignored().forEach((k, n) -> ignored.merge(k, n, Integer::sum));
    }
    return new Reading(drafts, ignored);
  }

  /**
   * What a file gave: its services, and how many of each kind of thing it holds were left aside
   * (kind → count, in file order).
   */
  record Reading(List<Draft> drafts, java.util.Map<String, Integer> ignored) {
    public Reading {
      drafts = List.copyOf(drafts);
      ignored = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ignored));
    }
  }
}
