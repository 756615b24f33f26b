package de.kontaktcharta.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Opens workbooks with LibreOffice headless, as a user's spreadsheet program would. */
public final class LibreOffice {

  private LibreOffice() {}

  public static boolean available() {
    try {
      Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Converts every sheet to a UTF-8 CSV file named {@code <base>-<sheet>.csv}. */
  public static List<Path> convertAllSheets(Path workbook, Path outDir)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    Path profile = Files.createTempDirectory("lo-profile");
    Process p =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1",
                "--outdir",
                outDir.toString(),
                workbook.toString())
            .redirectErrorStream(true)
            .start();
    String output =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("LibreOffice failed: " + output);
    }
    try (Stream<Path> files = Files.list(outDir)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
  }

  /**
   * Opens a file and saves it as LibreOffice's filter says, e.g. {@code ods}, {@code xlsx}, or
   * {@code csv:Text - txt - csv (StarCalc):59,34,1,1,,0,false,true,false,false,false,3} for the
   * third sheet as CSV with semicolons in Windows-1252.
   *
   * @return the files written to {@code outDir}
   */
  public static List<Path> convert(Path file, String filter, Path outDir, Path profile)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    List<Path> before;
    try (Stream<Path> files = Files.list(outDir)) {
      before = files.toList();
    }
    Process p =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                filter,
                "--outdir",
                outDir.toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("LibreOffice failed: " + output);
    }
    try (Stream<Path> files = Files.list(outDir)) {
      return files.filter(f -> !before.contains(f)).sorted().toList();
    }
  }
}
