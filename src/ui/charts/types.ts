/** Shapes shared by the charts and their frame: the data table every chart offers. */

export interface ChartTableColumn {
  key: string;
  label: string;
}

export interface ChartTableRow {
  key: string;
  /** The row's header cell (`<th scope="row">`). */
  header: string;
  /** Formatted cells, one per column. */
  cells: string[];
}

/** The chart's data as a table a reader can open ("Visa data"). */
export interface ChartTable {
  caption: string;
  /** Header of the first column (the row headers). */
  rowHeader: string;
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
}

/** Props every chart takes besides its data. */
export interface ChartCommonProps {
  /** Overrides the default title. */
  title?: string;
  /** E.g. the scenario's title; shown under the heading and kept in saved files. */
  subtitle?: string;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Draw at this width in px (e.g. for print); by default the chart fits its container. */
  width?: number;
}
