// Positions and ranges in a source text: the lowest layer, shared by every stage and by diagnostics.

/** A point in a source file: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open source range [start, end). */
export interface Range {
  start: Position;
  end: Position;
}
