import type { ReportName } from './report-parameters';

export type ReportCell = string | number | boolean | null;

export interface ReportColumn {
  /** The CSV header and the JSON key. */
  key: string;
  /** The heading a person reads in the PDF. */
  label: string;
  /** Relative width in the PDF (default 1). */
  width?: number;
  numeric?: boolean;
}

export interface ReportTable {
  title: string;
  columns: ReportColumn[];
  rows: Array<Record<string, ReportCell>>;
}

/** A chart the PDF draws with pdfkit primitives (and the console as inline SVG). */
export interface ReportChart {
  title: string;
  kind: 'bar' | 'line';
  /** Shown after values on the axis, e.g. "%". */
  unit?: string;
  /** The axis's top; computed from the values when absent. */
  max?: number;
  categories: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

/**
 * One report, ready for every format: the JSON body (validated by its schema), the table the
 * CSV holds, and what the PDF shows (facts about the report, notes on how figures were counted,
 * charts and tables).
 */
export interface ReportDocument {
  name: ReportName;
  title: string;
  /** Label and value lines under the title: period, scope, when generated. */
  facts: Array<[string, string]>;
  /** How the figures were counted, in sentences, citing the rule. */
  notes: string[];
  charts: ReportChart[];
  tables: ReportTable[];
  csv: ReportTable;
  json: unknown;
  /** The file name without extension, e.g. "ccpa-metrics-2026-california". */
  fileName: string;
  /** The zone the document's times are in (its "Dates in" line), for the PDF's footer. */
  timeZone?: string;
}
