package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Sheet;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The bar chart of the Summary sheet, beside the rows it shows. Every bar has its colour written
 * out (a status's green, yellow or red): a chart that leaves colours to the workbook's theme shows
 * no bars at all in LibreOffice.
 */
final class SummaryChart {

  /** The bars' colours, stronger than the cells' pale ones so that they stand out. */
  static final byte[] GREEN = {(byte) 0x3A, (byte) 0x9A, (byte) 0x4F};

  static final byte[] YELLOW = {(byte) 0xE6, (byte) 0xA7, (byte) 0x00};
  static final byte[] RED = {(byte) 0xD6, (byte) 0x45, (byte) 0x45};
  static final byte[] GREY = {(byte) 0x8C, (byte) 0x8C, (byte) 0x8C};

  private SummaryChart() {}

  /**
   * Adds a bar chart of the spec's rows to the sheet, from the given column on.
   *
   * @param tones the tone of each bar's row, which gives the bar its colour
   */
  static void add(XSSFSheet sh, Sheet.Chart spec, int fromColumn, List<Cell.Tone> tones) {
    XSSFDrawing drawing = sh.createDrawingPatriarch();
    int top = Math.max(0, spec.firstRow() - 2);
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, fromColumn, top, fromColumn + 3, top + 13);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(spec.title());
    chart.setTitleOverlay(false);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    XDDFDataSource<String> labels =
        XDDFDataSourcesFactory.fromStringCellRange(
            sh,
            new CellRangeAddress(
                spec.firstRow(), spec.lastRow(), spec.labelColumn(), spec.labelColumn()));
    XDDFNumericalDataSource<Double> counts =
        XDDFDataSourcesFactory.fromNumericCellRange(
            sh,
            new CellRangeAddress(
                spec.firstRow(), spec.lastRow(), spec.valueColumn(), spec.valueColumn()));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, counts);
    series.setTitle(spec.title(), null);
    chart.plot(data);
    series.setFillProperties(fill(GREY));
    for (int i = 0; i < tones.size(); i++) {
      series.getDataPoint(i).setFillProperties(fill(colour(tones.get(i))));
    }
  }

  static byte[] colour(Cell.Tone tone) {
    return switch (tone) {
      case GOOD -> GREEN;
      case WARN -> YELLOW;
      case BAD -> RED;
      default -> GREY;
    };
  }

  private static XDDFSolidFillProperties fill(byte[] rgb) {
    return new XDDFSolidFillProperties(XDDFColor.from(rgb));
  }
}
