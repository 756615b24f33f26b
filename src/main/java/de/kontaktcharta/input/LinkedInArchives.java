package de.kontaktcharta.input;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.source.Detection;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which ZIP archives and folders are LinkedIn data exports, by the files they hold. An export holds
 * many of LinkedIn's own files (connections, invitations, messages, the profile, positions, skills
 * …); a folder where a user keeps one {@code Connections.csv} among other lists is none.
 */
final class LinkedInArchives {

  /** The least number of LinkedIn's kinds of file that make a folder or archive an export. */
  static final int KINDS_OF_AN_EXPORT = 3;

  /** The name LinkedIn gives its downloads, {@code Basic_LinkedInDataExport_11-20-2026.zip}. */
  private static final String EXPORT_NAME = "linkedindataexport";

  private LinkedInArchives() {}

  /**
   * The containers (an archive's name, or a folder's absolute path) that are LinkedIn exports: with
   * files of at least {@value #KINDS_OF_AN_EXPORT} of LinkedIn's kinds, or named as LinkedIn names
   * its downloads and holding one of the files that only LinkedIn writes.
   */
  static Set<String> exports(List<Detection> detections) {
    Map<String, Set<InputKind>> kindsIn = new HashMap<>();
    Set<String> marked = new HashSet<>();
    for (Detection d : detections) {
      InputKind kind = d.kind();
      if (kind == null
          || !(kind.has(InputKind.Trait.MARKS_ARCHIVE)
              || kind.has(InputKind.Trait.ARCHIVE_MEMBER))) {
        continue;
      }
      String container = container(d.file());
      kindsIn.computeIfAbsent(container, c -> new HashSet<>()).add(kind);
      if (kind.has(InputKind.Trait.MARKS_ARCHIVE)) {
        marked.add(container);
      }
    }
    Set<String> exports = new HashSet<>();
    kindsIn.forEach(
        (container, kinds) -> {
          boolean named = lastPart(container).toLowerCase(Locale.ROOT).contains(EXPORT_NAME);
          if (kinds.size() >= KINDS_OF_AN_EXPORT || (named && marked.contains(container))) {
            exports.add(container);
          }
        });
    return exports;
  }

  /** True when the file lies in one of the exports, or in a folder below one. */
  static boolean inside(InputFile file, Set<String> exports) {
    if (exports.contains(container(file))) {
      return true;
    }
    // an archive's entry belongs to its own archive only
    Optional<Path> folder = file.path().map(Path::toAbsolutePath).map(Path::getParent);
    for (Path p = folder.orElse(null); p != null; p = p.getParent()) {
      if (exports.contains(p.toString())) {
        return true;
      }
    }
    return false;
  }

  /** The archive an entry is in (its name), or the folder a file is in (its absolute path). */
  static String container(InputFile file) {
    if (file.path().isPresent()) {
      Path parent = file.path().get().toAbsolutePath().getParent();
      return parent == null ? "" : parent.toString();
    }
    return file.archive();
  }

  private static String lastPart(String container) {
    int slash = Math.max(container.lastIndexOf('/'), container.lastIndexOf('\\'));
    return container.substring(slash + 1);
  }
}
