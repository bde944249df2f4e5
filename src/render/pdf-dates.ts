// Makes a PDF byte-for-byte reproducible: Chromium stamps the moment of printing as its creation and modification dates.

const DATE = /\/(CreationDate|ModDate) \(D:(\d{14})([+-]\d\d'\d\d'|Z)\)/g;

/**
 * Replaces the print time in the document information with `isoDate` (the act's approval date, else the
 * epoch) at midnight UTC, whatever the machine's time zone. The replacement has exactly the length of what
 * it replaces, so the byte offsets in the PDF's cross-reference table stay valid.
 */
export function stampPdfDates(pdf: Uint8Array, isoDate: string | null): Uint8Array {
  const day = isoDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? isoDate.replace(/-/g, '') : '19700101';
  // latin1 maps every byte to one character and back, so the binary streams pass through unchanged.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const stamped = text.replace(DATE, (_whole, key: string, _time: string, zone: string) => `/${key} (D:${day}000000${zone === 'Z' ? 'Z' : "+00'00'"})`);
  return stamped === text ? pdf : new Uint8Array(Buffer.from(stamped, 'latin1'));
}
