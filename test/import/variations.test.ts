// Inputs nobody tuned the importer for: every act's text renumbered, re-wrapped, without its title block or its channels, as another copy's characters and durations print it, as DOCX and HTML; and inputs that hold no act at all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/commands/import.js';
import { compile } from '../../src/compile.js';
import { findHeaders } from '../../src/import/headers.js';
import { importAct } from '../../src/import/import-act.js';
import { sourceLines } from '../../src/import/normalise.js';
import { readInput } from '../../src/import/read-input.js';
import { agreement, printedText, TRAINING, UNSEEN } from './agreement.js';

const ACTS = { ...TRAINING, ...UNSEEN };
const PARAGRAPH = /^(\s*)(\d{1,3})\.(\s+)(?!Жалпы\s+ережелер)/u;

/** Every «N.» line numbered ten higher, as an amended act would print them (the section «1. Жалпы ережелер» kept). */
function renumbered(text: string): string {
  return text.split('\n').map((l) => l.replace(PARAGRAPH, (_, a: string, n: string, b: string) => `${a}${Number(n) + 10}.${b}`)).join('\n');
}

/** Each run of printed lines re-broken at another width: the line ends (and the print's word breaks) fall elsewhere. */
function rewrapped(text: string, width: number): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    let line = '';
    for (const word of run.join(' ').split(/\s+/u).filter(Boolean)) {
      // A numbered line keeps its number at the start, where the act prints it.
      if (line && (line.length + word.length > width || /^\d{1,3}[.)]$|^\d{1,3}-іс-қимыл$/u.test(word))) out.push(line), (line = '');
      line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    run = [];
  };
  for (const l of text.split('\n')) {
    if (l.trim() === '') flush(), out.push('');
    else run.push(l);
  }
  flush();
  return out.join('\n');
}

/** The text without its title block (approval mark and title). */
function untitled(text: string): string {
  const { titles } = findHeaders(sourceLines(text));
  const drop = new Set(titles.flatMap((t) => t.lines));
  return text.split('\n').map((l, i) => (drop.has(i + 1) ? '' : l)).join('\n');
}

/** The text without p.1's channels: its list or sentence after the provider's name, up to p.2. */
function withoutChannels(text: string): string {
  const lines = text.split('\n');
  const heading = lines.findIndex((l) => /^1\.\s+Жалпы\s+ережелер/u.test(l.trim()));
  const start = lines.findIndex((l, i) => i > heading && /^1\.\s/u.test(l.trim()));
  const end = lines.findIndex((l, i) => i > start && /^2\.\s/u.test(l.trim()));
  const close = lines.findIndex((l, i) => i >= start && /беруші\)/u.test(l));
  expect(close, 'p.1 names the provider').toBeGreaterThan(0);
  return lines.map((l, i) => (i > close && i < end ? '' : l)).join('\n');
}

function errorsAndInventions(text: string, name: string) {
  const imported = importAct(text, `${name}.txt`);
  const draft = compile(imported.draft, `${name}.draft.tartip`);
  const errors = draft.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.range.start.line}: ${d.message.en}`);
  // Invention is measured against the input alone: the draft's steps, performers and durations must all be printed there.
  const invented = draft.json ? agreement(draft.json, draft.json, text).invented : ['no JSON'];
  return { errors, invented, imported, steps: draft.json?.procedures.reduce((n, p) => n + p.steps.length, 0) ?? 0 };
}

const VARIATIONS: [string, (t: string) => string][] = [
  ['renumbered', renumbered],
  ['re-wrapped at 45 columns', (t) => rewrapped(t, 45)],
  ['re-wrapped at 90 columns', (t) => rewrapped(t, 90)],
  ['without its title block', untitled],
  // What a gazette prints after an act — a resolution numbering its own paragraphs, news — is no part of it.
  ['followed by a resolution and a news article', (t) => `${t}\n${printedText({ spans: [[1037, 1189]] })}\n${printedText({ spans: [[7791, 7999]] })}`],
];

describe.each(Object.entries(ACTS))('%s, varied', (name, source) => {
  const text = printedText(source);
  const original = errorsAndInventions(text, name);
  it.each(VARIATIONS)('%s: compiles with zero errors, invents nothing, keeps its steps', (_, vary) => {
    const r = errorsAndInventions(vary(text), name);
    expect(r.errors).toEqual([]);
    expect(r.invented).toEqual([]);
    expect(r.steps).toBe(original.steps);
  });
  it('without the channels of p.1: compiles, with TRT5009 marking the channel to write in', () => {
    const r = errorsAndInventions(withoutChannels(text), name);
    expect(r.errors).toEqual([]);
    expect(r.invented).toEqual([]);
    expect(r.imported.diagnostics.map((d) => d.code)).toContain('TRT5009');
  });
});

/** Latin letters drawn like Cyrillic ones, as a copy from a PDF puts them inside Kazakh words. */
const LOOK_ALIKE: Record<string, string> = { а: 'a', о: 'o', е: 'e', р: 'p', с: 'c', х: 'x', А: 'A', О: 'O', Е: 'E', Р: 'P', С: 'C', Х: 'X', К: 'K', М: 'M', Т: 'T', Н: 'H', В: 'B' };
/** Every n-th match replaced: a copy damages some places, not all. */
const everyNth = (text: string, re: RegExp, n: number, by: (m: string, ...g: string[]) => string) => {
  let k = 0;
  return text.replace(re, (m: string, ...g: string[]) => (++k % n === 0 ? by(m, ...g) : m));
};
const NUMERAL: Record<string, number> = { 'он бес': 15, 'қырық бес': 45, отыз: 30, жиырма: 20, он: 10, бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9 };
const DURATION_NUMERAL = /(?<![а-яәғқңөұүһі])(он бес|қырық бес|отыз|жиырма|он|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз)(\s+)(минут|сағат|жұмыс|күн)/giu;

/** The same text as another copy of the print carries it: the draft must read the same (line numbers aside). */
const COPIES: [string, (t: string) => string][] = [
  ['Latin look-alike letters inside Kazakh words', (t) => everyNth(t, /[аоерсхАОЕРСХКМТНВ]/gu, 5, (c) => LOOK_ALIKE[c]!)],
  ['soft hyphens inside words', (t) => everyNth(t, /([а-яәғқңөұүһі]{3})([а-яәғқңөұүһі]{3})/gu, 4, (_, a, b) => `${a}\u00AD${b}`)],
  ['zero-width spaces', (t) => everyNth(t, / /gu, 11, () => ' \u200B')],
  ['non-breaking spaces', (t) => everyNth(t, / /gu, 3, () => '\u00A0')],
  ['non-breaking hyphens in «іс-қимыл»', (t) => t.replace(/іс-қимыл/gu, 'іс\u2011қимыл')],
  ['«бұдан әрі -» with a hyphen', (t) => t.replace(/бұдан әрі –/gu, 'бұдан әрі -')],
  ['em dashes for en dashes', (t) => t.replace(/ – /gu, ' — ')],
  ['Windows line ends', (t) => t.replace(/\n/gu, '\r\n')],
  ['tabs for runs of spaces', (t) => t.replace(/ {2,}/gu, '\t')],
  // A page's number printed inside a paragraph, on a line of its own (inserted lines shift the line numbers only).
  ['page numbers inside paragraphs', (t) => t.split('\n').map((l, i) => (i % 53 === 52 && l.trim() ? `${l}\n${Math.floor(i / 53) + 2}` : l)).join('\n')],
];
/** Durations as another printing writes them: the steps must keep the same amounts. */
const DURATIONS: [string, (t: string) => string][] = [
  ['durations in digits («15 минуттан аспайды»)', (t) => t.replace(DURATION_NUMERAL, (_, w: string, sp: string, u: string) => `${NUMERAL[w.toLocaleLowerCase('kk')]}${sp}${u}`)],
  ['durations in digits and words («15 (он бес) минуттан»)', (t) => t.replace(DURATION_NUMERAL, (_, w: string, sp: string, u: string) => `${NUMERAL[w.toLocaleLowerCase('kk')]} (${w})${sp}${u}`)],
];

const comparable = (draft: string) => draft.replace(/\(\d+-жол\)/gu, '').replace(/ [–—-] /gu, ' – ');
function amounts(text: string): string[][] {
  const json = compile(importAct(text, 'act.txt').draft, 'act.tartip').json;
  // The amounts only: the printed words («он», «10») are what the variation changes.
  const keep = (k: string, v: unknown) => (typeof v === 'string' && !['kind', 'unit', 'bound'].includes(k) ? undefined : v);
  return json?.procedures.map((p) => p.steps.map((s) => JSON.stringify(s.duration ?? null, keep))) ?? [];
}

describe.each(Object.entries(ACTS))('%s, as another copy prints it', (name, source) => {
  const text = printedText(source);
  const draft = comparable(importAct(text, `${name}.txt`).draft);
  it.each(COPIES)('%s: reads to the same draft', (_, vary) => {
    expect(comparable(importAct(vary(text), `${name}.txt`).draft)).toBe(draft);
  });
  it.each(DURATIONS)('%s: the same amounts', (_, vary) => {
    expect(amounts(vary(text))).toEqual(amounts(text));
  });
});

describe('one act as DOCX and as HTML', () => {
  const text = printedText(TRAINING['2018-1114-05-guardians-allowance']!);
  const lines = text.split('\n').filter((l) => l.trim());
  const expected = errorsAndInventions(text, 'act05');
  it.each([
    ['act.docx', async () => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })))],
    ['act.html', async () => new TextEncoder().encode(`<html><head><title>Act</title><style>p{margin:0}</style></head><body>${lines.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</body></html>`)],
  ])('%s reads to a draft with the same steps, zero errors, nothing invented', async (file, bytes) => {
    const input = await readInput(file, await bytes());
    expect(input.ok).toBe(true);
    const r = errorsAndInventions(input.ok ? input.text : '', 'act05');
    expect(r.errors).toEqual([]);
    expect(r.invented).toEqual([]);
    expect(r.steps).toBe(expected.steps);
  });
});

describe('inputs that hold no act', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tartip-import-none-'));
  const news = printedText({ spans: [[1, 95]] });
  const cases: [string, string | Uint8Array, number, string][] = [
    ['an empty file', '', 1, 'TRT5090'],
    ['binary bytes', new Uint8Array([0, 159, 146, 150, 255, 254, 0, 1, 2, 3]), 2, 'TRT5091'],
    ['a news article', news, 1, 'TRT5090'],
    ['a section heading and nothing else', '1. Жалпы ережелер\n', 1, 'TRT5090'],
    ['a heading with one unreadable paragraph', '1. Жалпы ережелер\n1. Бұл мәтін регламент емес.\n', 1, 'TRT2012'],
  ];
  it.each(cases)('%s: a clear diagnostic and exit code, no stack trace', async (_, content, code, diagnostic) => {
    const file = join(dir, `${code}-${diagnostic}.txt`);
    writeFileSync(file, content);
    const out: string[] = [];
    const err: string[] = [];
    const status = await runImport(file, { split: false, report: true, language: 'en', color: false }, (s) => out.push(s), (s) => err.push(s));
    expect(status).toBe(code);
    expect(err.join('')).toContain(diagnostic);
    expect(err.join('')).not.toMatch(/\bat .*\.[jt]s:\d+/);
    expect(out.join('')).toBe('');
  });
});
