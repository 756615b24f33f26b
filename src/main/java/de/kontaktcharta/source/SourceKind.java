package de.kontaktcharta.source;

import de.kontaktcharta.model.InputKind;

/**
 * What the tool knows of one input kind: its name and role, how a file of it is recognised, and how
 * it is read. Every kind's package declares one (or, for a family of files such as LinkedIn's data
 * archive, several), and {@link SourceKinds} lists them all.
 */
public sealed interface SourceKind permits TableKind, DocumentKind, ContentKind {

  InputKind kind();
}
