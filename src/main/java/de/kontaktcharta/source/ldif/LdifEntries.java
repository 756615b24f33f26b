package de.kontaktcharta.source.ldif;

import de.kontaktcharta.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells people from groups and other records and picks the person attributes. The attribute names
 * are those of Thunderbird's default LDAP map ({@code ldap_2.servers.default.attrmap}) and of the
 * standard {@code inetOrgPerson} schema; case does not matter.
 */
public final class LdifEntries {

  private static final Set<String> PERSON_CLASSES =
      Set.of(
          "person",
          "organizationalperson",
          "inetorgperson",
          "residentialperson",
          "mozillaabpersonalpha",
          "mozillaabpersonobsolete",
          "mozillaorgperson");

  private static final Set<String> GROUP_CLASSES =
      Set.of("groupofnames", "groupofuniquenames", "posixgroup", "mozillaablist");

  /** The lines {@code ldapsearch} writes after the entries: "search: 2", "result: 0 Success". */
  private static final Set<String> SEARCH_SUMMARY =
      Set.of("search", "result", "matcheddn", "text", "ref");

  /** What the record is. */
  public LdifEntry classify(LdifRecord r) {
    if (r.dn().isEmpty()
        && !r.attributes().isEmpty()
        && SEARCH_SUMMARY.containsAll(r.attributes().keySet())) {
      return new LdifSkipped(r.line(), "", Message.of("problem.ldif-skipped.search-summary"));
    }
    if (!r.changeType().isEmpty() && !r.changeType().equals("add")) {
      return new LdifSkipped(
          r.line(), r.dn(), Message.of("problem.ldif-skipped.change-record", r.changeType()));
    }
    List<String> classes = r.objectClasses();
    if (classes.stream().anyMatch(GROUP_CLASSES::contains)) {
      return group(r);
    }
    boolean person = classes.stream().anyMatch(PERSON_CLASSES::contains);
    if (!person && !classes.isEmpty()) {
      return new LdifSkipped(
          r.line(),
          r.dn(),
          Message.of("problem.ldif-skipped.not-a-person", String.join(", ", classes)));
    }
    LdifPerson p = person(r);
    if (p.displayName().isEmpty()
        && p.givenName().isEmpty()
        && p.surname().isEmpty()
        && p.emails().isEmpty()) {
      return new LdifSkipped(r.line(), r.dn(), Message.of("problem.ldif-skipped.nameless"));
    }
    return p;
  }

  private static LdifGroup group(LdifRecord r) {
    List<String> members = new ArrayList<>();
    for (String attribute : List.of("member", "uniquemember", "memberuid")) {
      members.addAll(r.all(attribute));
    }
    String name = r.first("cn");
    return new LdifGroup(r.line(), r.dn(), name.isEmpty() ? rdn(r.dn(), "cn") : name, members);
  }

  private static LdifPerson person(LdifRecord r) {
    String cn = r.first("cn", "commonname", "displayname");
    return new LdifPerson(
        r.line(),
        r.dn(),
        cn.isEmpty() ? rdn(r.dn(), "cn") : cn,
        r.first("givenname", "gn"),
        r.first("sn", "surname"),
        values(r, "mail", "mozillasecondemail", "xmozillasecondemail"),
        r.first("o", "company"),
        r.first("title"),
        webPages(r),
        values(r, "telephonenumber", "mobile", "homephone", "cellphone"));
  }

  private static List<String> webPages(LdifRecord r) {
    List<String> pages = new ArrayList<>();
    for (String value : values(r, "mozillaworkurl", "mozillahomeurl", "workurl", "homeurl")) {
      pages.add(value);
    }
    for (String value : r.all("labeleduri")) {
      // labeledURI is "URI label", the label after the first space
      String uri = value.strip().split("\\s+", 2)[0];
      if (!uri.isEmpty() && !pages.contains(uri)) {
        pages.add(uri);
      }
    }
    return pages;
  }

  private static List<String> values(LdifRecord r, String... attributes) {
    List<String> out = new ArrayList<>();
    for (String attribute : attributes) {
      for (String value : r.all(attribute)) {
        String v = value.strip();
        if (!v.isEmpty() && out.stream().noneMatch(v::equalsIgnoreCase)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** The value of the first RDN part of that attribute, e.g. the cn in {@code cn=A B,mail=a@b}. */
  static String rdn(String dn, String attribute) {
    String prefix = attribute.toLowerCase(Locale.ROOT) + "=";
    for (String part : splitDn(dn)) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return p.substring(prefix.length()).strip();
      }
    }
    return "";
  }

  /** Splits a DN at commas that are not escaped with a backslash; escapes are removed. */
  private static List<String> splitDn(String dn) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < dn.length(); i++) {
      char c = dn.charAt(i);
      if (c == '\\' && i + 1 < dn.length()) {
        current.append(dn.charAt(++i));
      } else if (c == ',') {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
