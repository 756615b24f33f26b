package de.kontaktcharta.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that runs {@code charta} in a child JVM of the build's Java, as its main starts. */
public final class ChartaCommand {

  private ChartaCommand() {}

  /**
   * @param jvm options for the child JVM
   * @param args the program's arguments, e.g. {@code analyse --out …}
   */
  public static List<String> of(List<String> jvm, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "de.kontaktcharta.cli.Main"));
    command.addAll(args);
    return command;
  }
}
