// A PDF's document information as an annex needs it: title, subject and a reproducible date instead of the print time.

export interface PdfInfo {
  /** The appendix caption. */
  title: string;
  /** The act's name. */
  subject: string;
  /** The approving act's date (ISO «YYYY-MM-DD»), else null: the epoch. Stamped at midnight UTC. */
  date: string | null;
}

/** A PDF text string: UTF-16BE with its byte-order mark, in hex, so any Kazakh text survives any reader. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

function pdfDate(isoDate: string | null): string {
  const day = isoDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? isoDate.replace(/-/g, '') : '19700101';
  return `(D:${day}000000+00'00')`;
}

/**
 * Replaces the document information dictionary that Chromium writes (its title from the page, its user
 * agent as creator, the moment of printing as dates) by the annex's own, and shifts the cross-reference
 * table to match, so the file stays one clean revision. Chromium's PDFs have a classic xref table and an
 * uncompressed Info object; a PDF that does not is returned unchanged (the caller's test says so).
 */
export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  // latin1 maps every byte to one character and back, so the binary streams pass through unchanged.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const trailer = /trailer\s*<<[\s\S]*?\/Info (\d+) 0 R[\s\S]*?>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(text);
  if (!trailer) return pdf;
  const infoId = trailer[1]!;
  const xrefAt = Number(trailer[2]);
  const object = new RegExp(`(^|[\\r\\n])${infoId} 0 obj\\s*<<[\\s\\S]*?>>\\s*endobj`).exec(text);
  const table = /^xref\s+0 (\d+)\s+/.exec(text.slice(xrefAt));
  if (!object || !table) return pdf;
  const start = object.index + object[1]!.length;
  const end = object.index + object[0].length;
  const producer = /\/Producer (\([^)]*\))/.exec(object[0])?.[1];
  const dict = [
    `/Title ${textString(info.title)}`,
    `/Subject ${textString(info.subject)}`,
    '/Creator (Tartip)',
    ...(producer ? [`/Producer ${producer}`] : []),
    `/CreationDate ${pdfDate(info.date)}`,
    `/ModDate ${pdfDate(info.date)}`,
  ].join('\n');
  const replaced = `${infoId} 0 obj\n<<${dict}>>\nendobj`;
  const delta = replaced.length - (end - start);
  // Each xref entry is «oooooooooo ggggg n» (20 bytes with its line end); offsets past the Info object move.
  const entries = Number(table[1]);
  const entriesAt = xrefAt + table[0].length;
  let xref = text.slice(entriesAt, entriesAt + entries * 20);
  xref = xref.replace(/(\d{10}) (\d{5}) n/g, (all, offset: string, generation: string) => {
    const at = Number(offset);
    return at > start ? `${String(at + delta).padStart(10, '0')} ${generation} n` : all;
  });
  const rebuilt =
    text.slice(0, start) + replaced + text.slice(end, entriesAt) + xref + text.slice(entriesAt + entries * 20, trailer.index) + trailer[0].replace(/startxref\s*\d+/, `startxref\n${xrefAt + delta}`);
  return new Uint8Array(Buffer.from(rebuilt, 'latin1'));
}
