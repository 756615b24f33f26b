package de.kontaktcharta.input;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.ContentKind;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.SourceKind;
import de.kontaktcharta.source.SourceKinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files that come with an export beside the file that is read — a chat's photos, an archive's
 * media folders and viewer scripts — are counted in one line per export instead of one line each: a
 * real X or WhatsApp export holds hundreds of them, and none is a file the user should look at.
 */
final class Companions {

  /** Where a file of a content kind was recognised: an archive, or a folder on disk. */
  private record Home(String archive, Path folder, ContentKind kind) {}

  private final List<Home> homes = new ArrayList<>();

  Companions(SourceKinds kinds, List<Detection> detections) {
    for (Detection d : detections) {
      if (d.kind() == null) {
        continue;
      }
      SourceKind source = kinds.of(d.kind());
      if (source instanceof ContentKind content) {
        InputFile file = d.file();
        Optional<Path> folder = file.path().map(p -> rootOf(content, p.toAbsolutePath()));
        homes.add(new Home(archiveOf(file.name()), folder.orElse(null), content));
      }
    }
  }

  /**
   * The detections without the companions of a recognised export, and one note per export that says
   * how many were left unread.
   */
  record Folded(List<Detection> detections, List<Problem> notes) {}

  Folded fold(List<Detection> detections) {
    if (homes.isEmpty()) {
      return new Folded(detections, List.of());
    }
    List<Detection> kept = new ArrayList<>(detections.size());
    Map<String, Integer> counted = new LinkedHashMap<>();
    Map<String, InputKind> kindOf = new LinkedHashMap<>();
    for (Detection d : detections) {
      Optional<Home> home = d.kind() == null && !d.isSheet() ? homeOf(d.file()) : Optional.empty();
      if (home.isEmpty()) {
        kept.add(d);
        continue;
      }
      String where = home.get().archive != null ? home.get().archive : home.get().folder.toString();
      counted.merge(where, 1, Integer::sum);
      kindOf.putIfAbsent(where, home.get().kind.kind());
    }
    List<Problem> notes = new ArrayList<>();
    counted.forEach(
        (where, n) ->
            notes.add(
                Problem.note(
                    SourceRef.wholeFile(where),
                    Severity.INFO,
                    Message.of(
                        "problem.companions-not-read",
                        n,
                        Message.of("kind." + kindOf.get(where).code())))));
    return new Folded(kept, notes);
  }

  private Optional<Home> homeOf(InputFile file) {
    String archive = archiveOf(file.name());
    for (Home home : homes) {
      if (archive != null && archive.equals(home.archive)) {
        String entry = file.name().substring(archive.length() + 1);
        if (home.kind.companions().test(entry)) {
          return Optional.of(home);
        }
      } else if (archive == null && home.archive == null && home.folder != null) {
        Optional<Path> path = file.path().map(Path::toAbsolutePath);
        if (path.isPresent()
            && path.get().startsWith(home.folder)
            && home.kind
                .companions()
                .test(home.folder.relativize(path.get()).toString().replace('\\', '/'))) {
          return Optional.of(home);
        }
      }
    }
    return Optional.empty();
  }

  /** The export's folder around a file of the kind; its own folder when the kind finds none. */
  private static Path rootOf(ContentKind content, Path file) {
    Path root = content.root().apply(file);
    return root == null || !file.startsWith(root) ? file.getParent() : root;
  }

  /** The archive an entry's name lies in ({@code export.zip!media/a.jpg}), or null for a file. */
  private static String archiveOf(String name) {
    int bang = name.lastIndexOf('!');
    return bang > 0 ? name.substring(0, bang) : null;
  }
}
