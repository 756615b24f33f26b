package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
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

/** The bar chart of the Summary sheet, beside the rows it shows. */
final class SummaryChart {

  private SummaryChart() {}

  /** Adds a bar chart of the spec's rows to the sheet, to the right of its columns. */
  static void add(XSSFSheet sh, Sheet.Chart spec, int besideColumn) {
    XSSFDrawing drawing = sh.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, besideColumn + 1, 1, besideColumn + 8, 18);
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
    data.addSeries(labels, counts).setTitle(spec.title(), null);
    chart.plot(data);
  }
}
