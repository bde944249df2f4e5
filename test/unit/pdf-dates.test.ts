// PDF dates: the print time replaced by the act's date, byte length and everything else unchanged.
import { describe, expect, it } from 'vitest';
import { stampPdfDates } from '../../src/render/pdf-dates.js';

const pdf = (info: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<${info}>>\nendobj\nstream\n\x00\xff\x80binary\nendstream\n`, 'latin1'));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('stampPdfDates', () => {
  it('puts the act’s date at midnight UTC in place of the print time, in any time zone, keeping every byte offset', () => {
    const before = pdf("/CreationDate (D:20261123010647+06'00')\n/ModDate (D:20261123010647+06'00')");
    const after = stampPdfDates(before, '2015-09-02');
    expect(after.length).toBe(before.length);
    expect(text(after)).toBe(text(before).replace(/D:20261123010647\+06'00'/g, "D:20150902000000+00'00'"));
  });

  it('uses the epoch when the act has no date, and keeps a date written in UTC as «Z»', () => {
    expect(text(stampPdfDates(pdf('/CreationDate (D:20261123010647Z)'), null))).toContain('/CreationDate (D:19700101000000Z)');
  });

  it('leaves a PDF without such dates as it is', () => {
    const plain = pdf('/Producer (Skia/PDF m156)');
    expect(stampPdfDates(plain, '2015-09-02')).toBe(plain);
  });
});
