// PDF document information: the annex's title, subject and date replace Chromium's, and the file stays valid.
import { describe, expect, it } from 'vitest';
import { setPdfInfo } from '../../src/render/pdf-info.js';

/** A small PDF laid out as Chromium writes one: Info first, a classic xref table, the trailer. */
function chromiumLike(): Uint8Array {
  const objects = [
    "<</Title (about:blank)\n/Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261203081535+00'00')\n/ModDate (D:20261203081535+00'00')>>",
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595.92 842.88]>>',
    '<</Type /Catalog /Pages 2 0 R>>',
  ];
  let text = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 4 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const utf16 = (hex: string) => Buffer.from(hex.slice(4), 'hex').swap16().toString('utf16le');

describe('setPdfInfo', () => {
  const out = latin1(setPdfInfo(chromiumLike(), { title: '2-қосымша — Анықтамалық', subject: 'Бала асырап алу', date: '2015-09-02' }));

  it('writes the title and subject as UTF-16 text strings, and the act’s date at midnight UTC', () => {
    expect(utf16(/\/Title <([0-9A-F]+)>/.exec(out)![1]!)).toBe('2-қосымша — Анықтамалық');
    expect(utf16(/\/Subject <([0-9A-F]+)>/.exec(out)![1]!)).toBe('Бала асырап алу');
    expect(out).toContain("/CreationDate (D:20150902000000+00'00')");
    expect(out).toContain("/ModDate (D:20150902000000+00'00')");
    expect(out).not.toContain('about:blank');
    expect(out).not.toContain('HeadlessChrome');
    expect(out).toContain('/Producer (Skia/PDF m156)');
  });

  it('moves every cross-reference entry and startxref to where the objects now are', () => {
    const table = /xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(out)!;
    const entries = [...table[2]!.matchAll(/(\d{10}) \d{5} n/g)].map((m) => Number(m[1]));
    entries.forEach((offset, i) => expect(out.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    const startxref = Number(/startxref\n(\d+)/.exec(out)![1]);
    expect(out.slice(startxref, startxref + 4)).toBe('xref');
  });

  it('uses the epoch for an act without a date, and leaves a file it cannot read as it is', () => {
    expect(latin1(setPdfInfo(chromiumLike(), { title: 't', subject: 's', date: null }))).toContain("/CreationDate (D:19700101000000+00'00')");
    const odd = new Uint8Array(Buffer.from('%PDF-1.7\nno trailer here\n', 'latin1'));
    expect(setPdfInfo(odd, { title: 't', subject: 's', date: null })).toBe(odd);
  });
});
