package de.kontaktcharta.charter;

import de.kontaktcharta.model.SourceRef;
import java.util.List;
import java.util.stream.Collectors;

/** The charter file could not be used; carries one diagnostic per error, with line numbers. */
public final class CharterException extends Exception {

  private static final long serialVersionUID = 1L;

  /** One error in a charter file. */
  public record Diagnostic(SourceRef where, String message) {
    @Override
    public String toString() {
      return where + ": error: " + message;
    }
  }

  private final transient List<Diagnostic> diagnostics;

  public CharterException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
