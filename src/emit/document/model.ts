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

/** The rendered charts a writer places in the appendices, by diagram name. */
export interface ChartImages {
  /** SVG text (HTML, and Word's vector image). */
  svg: string;
  /** A PNG at print resolution (Word's fallback), when one was rendered. */
  png: Uint8Array | null;
  /** CSS pixels of the SVG, for the image's size on the page. */
  width: number;
  height: number;
}
