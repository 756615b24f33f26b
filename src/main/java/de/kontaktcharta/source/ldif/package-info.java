/**
 * LDIF address books (RFC 2849): Thunderbird's LDIF export and the output of LDAP tools such as
 * {@code ldapsearch}, an input kind of its own ({@link de.kontaktcharta.source.ldif.LdifKind}). The
 * format layer is self-contained: it depends on the JDK and on {@code model.SourceRef} and {@code
 * model.PersonRef} only; the kind and its file reader connect it to the rest of the tool.
 *
 * <p>{@link de.kontaktcharta.source.ldif.LdifDetector} recognises the format from the first bytes,
 * {@link de.kontaktcharta.source.ldif.LdifReader} streams its records, and {@link
 * de.kontaktcharta.source.ldif.LdifEntries} turns each record into a person, a group (a mailing
 * list) or a skipped entry, every problem with its line.
 */
package de.kontaktcharta.source.ldif;
