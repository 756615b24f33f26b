package de.kontaktcharta.source.x;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Questions about an X archive as a whole, which no single file answers: which files to read, and
 * afterwards whether direct messages, parts or the owner are missing.
 */
public final class XArchiveCheck {

  private static final Set<XFileKind> READ =
      EnumSet.of(
          XFileKind.ACCOUNT,
          XFileKind.DIRECT_MESSAGES,
          XFileKind.GROUP_DIRECT_MESSAGES,
          XFileKind.DIRECT_MESSAGE_HEADERS,
          XFileKind.GROUP_DIRECT_MESSAGE_HEADERS,
          XFileKind.TWEETS,
          XFileKind.FOLLOWERS,
          XFileKind.FOLLOWING);

  private XArchiveCheck() {}

  /**
   * Whether a file of {@code kind} should be read, given the kinds of all files of the archive. The
   * {@code -headers} files repeat the messages of the full files without their text; they are read
   * only when the full file is missing, so that no message counts twice.
   */
  public static boolean worthReading(XFileKind kind, Collection<XFileKind> archive) {
    if (kind == XFileKind.DIRECT_MESSAGE_HEADERS) {
      return !archive.contains(XFileKind.DIRECT_MESSAGES);
    }
    if (kind == XFileKind.GROUP_DIRECT_MESSAGE_HEADERS) {
      return !archive.contains(XFileKind.GROUP_DIRECT_MESSAGES);
    }
    return kind != XFileKind.NOT_USED;
  }

  /**
   * Problems of the archive as a whole, after its files were read.
   *
   * @param archive the archive's display name, e.g. {@code twitter-2023.zip}
   * @param manifest the archive's manifest; null when it had none
   * @param owner the owner from {@code account.js}; null when that file was missing or unusable
   * @param files what reading each file gave
   */
  public static List<Problem> check(
      String archive, XManifest manifest, XAccount owner, List<XFileSummary> files) {
    List<Problem> problems = new ArrayList<>();
    SourceRef whole = SourceRef.wholeFile(archive);
    if (files.stream().noneMatch(f -> f.kind().directMessages())) {
      problems.add(Problem.note(whole, Severity.INFO, Message.of("problem.x-no-direct-messages")));
    }
    if (owner == null && (manifest == null || manifest.owner() == null)) {
      problems.add(Problem.note(whole, Severity.WARNING, Message.of("problem.x-no-owner")));
    }
    if (manifest != null) {
      compare(manifest, files, problems);
    }
    return problems;
  }

  /** Parts the manifest lists but nobody read, and entry counts that differ. */
  private static void compare(XManifest manifest, List<XFileSummary> files, List<Problem> out) {
    for (XManifestFile listed : manifest.files()) {
      XFileSummary read = find(files, listed.fileName());
      if (read == null) {
        if (wanted(listed) && listed.count() != 0) {
          out.add(
              Problem.note(
                  manifest.source(),
                  Severity.WARNING,
                  Message.of("problem.x-missing-part", listed.fileName(), listed.globalName())));
        }
      } else if (READ.contains(read.kind())
          && read.complete()
          && listed.count() >= 0
          && listed.count() != read.entries()) {
        out.add(
            Problem.note(
                SourceRef.wholeFile(read.file()),
                Severity.WARNING,
                Message.of(
                    "problem.x-count-differs", listed.count(), listed.fileName(), read.entries())));
      }
    }
  }

  /** True for the parts whose loss loses evidence: {@code YTD.<name>.part<N>} of a kind read. */
  private static boolean wanted(XManifestFile listed) {
    String[] parts = listed.globalName().split("\\.");
    return parts.length == 3 && READ.contains(XDetector.kindOf(parts[1]));
  }

  private static XFileSummary find(List<XFileSummary> files, String listed) {
    String path = listed.replace('\\', '/');
    String base = path.substring(path.lastIndexOf('/') + 1);
    for (XFileSummary f : files) {
      String name = f.file().replace('\\', '/');
      if (name.endsWith("/" + path) || name.endsWith("!" + path) || name.equals(path)) {
        return f;
      }
    }
    for (XFileSummary f : files) {
      String name = f.file().replace('\\', '/');
      if (name.endsWith("/" + base) || name.endsWith("!" + base) || name.equals(base)) {
        return f;
      }
    }
    return null;
  }
}
