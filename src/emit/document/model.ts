// The document output model: the act as blocks of text (approval, title, headings, paragraphs, appendices), never the AST.

/** One paragraph of the act's text. `anchor` links to it («p-6», «p-6-2»); `step` marks a step's own paragraph. */
export interface TextBlock {
  kind: 'approval' | 'title' | 'heading' | 'paragraph' | 'sub-item' | 'line';
  text: string;
  anchor: string | null;
  step: StepMark | null;
}

/** What a step's paragraph says, so a reader of the document can be checked against the compiled procedure. */
export interface StepMark {
  procedure: string;
  step: string;
}

export interface AppendixChart {
  /** The diagram's file name (emit/mermaid), under which the CLI hands its images in. */
  diagram: string;
  caption: string | null;
}

export interface AppendixPage {
  number: number | null;
  /** The right-aligned mark: «"…" мемлекеттік көрсетілетін қызмет регламентіне», «N қосымша». */
  mark: string[];
  caption: string;
  charts: AppendixChart[];
  /** The legend's heading («Шартты белгілер:») and its diagram, when the appendix prints one. */
  legend: { heading: string; diagram: string | null } | null;
  notPrinted: boolean;
}

export interface ActDocument {
  /** The document's title (its metadata): «"…" мемлекеттік көрсетілетін қызмет регламенті». */
  title: string;
  /** The approving act's date (ISO), the document's date; null when unknown. */
  date: string | null;
  blocks: TextBlock[];
  appendices: AppendixPage[];
}

/** One page's band of a chart: Word takes the SVG, with the PNG for processors that cannot draw SVG. */
export interface ChartBand {
  svg: string;
  /** At 300 dpi; null when no browser rendered it (the band is then left out of the DOCX). */
  png: Uint8Array | null;
  /** CSS pixels on the page. */
  width: number;
  height: number;
}

/** A rendered chart a writer places in an appendix, by diagram name: the whole SVG (HTML) and its page bands (DOCX). */
export interface ChartImages {
  svg: string;
  width: number;
  height: number;
  landscape: boolean;
  bands: ChartBand[];
}
