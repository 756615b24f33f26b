package de.kontaktcharta.report.xlsx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The hyperlinks of a workbook. Streamed cells get theirs from {@link ReportWorkbook}, each sheet
 * in a list of its own, the free-layout sheets POI's own. Each address is checked once per
 * workbook, in a map the sheet writers share: a profile link stands on three sheets or more.
 */
final class Links {

  private static final Set<String> WEB = Set.of("http", "https");
  private static final Pattern HAS_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

  private final ReportWorkbook workbook;
  private final Map<String, String> checked = new ConcurrentHashMap<>();

  Links(ReportWorkbook workbook) {
    this.workbook = workbook;
  }

  /** Links the cell; false when the address is no URL a spreadsheet accepts. */
  boolean add(org.apache.poi.ss.usermodel.Cell target, String address) {
    String url = checked.computeIfAbsent(address, Links::url);
    if (url.isEmpty()) {
      return false;
    }
    if (target instanceof SXSSFCell) {
      workbook.link(
          (SXSSFSheet) target.getSheet(), target.getRowIndex(), target.getColumnIndex(), url);
    } else {
      Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
      link.setAddress(url);
      target.setHyperlink(link);
    }
    return true;
  }

  /** The address as an absolute URL in ASCII, or "" when it is no URL a spreadsheet accepts. */
  static String url(String address) {
    String url = address.trim();
    if (!HAS_SCHEME.matcher(url).matches()) {
      url = "https://" + url;
    }
    try {
      URI uri = new URI(url);
      // profile links come from the inputs: file:, smb: or javascript: would open or run things
      boolean web = uri.getHost() != null && WEB.contains(uri.getScheme().toLowerCase(Locale.ROOT));
      return web ? uri.toASCIIString() : "";
    } catch (URISyntaxException | IllegalArgumentException e) {
      return "";
    }
  }
}
