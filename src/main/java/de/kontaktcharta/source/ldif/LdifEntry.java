package de.kontaktcharta.source.ldif;

/** What an LDIF record is: a person, a group of people, or something that is neither. */
public sealed interface LdifEntry permits LdifPerson, LdifGroup, LdifSkipped {

  /** The 1-based line where the record starts. */
  int line();

  /** The record's distinguished name, decoded. */
  String dn();
}
