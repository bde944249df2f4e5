// The share of each act's printed main text the DOCX holds in printed order (LCS over normalised words), against a floor per act.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/emit/document/docx.js';
import { ACTS, coverage, printedText, type Coverage } from './coverage.js';
import { compileAct } from './helpers.js';

/** Floors: the brief's (seed 97 %, 2018 acts 92 %) raised to what each act measures, so a regression fails. */
const FLOORS = JSON.parse(readFileSync(new URL('coverage-floors.json', import.meta.url), 'utf8')) as Record<string, number>;

async function docxText(act: string): Promise<string> {
  const { data } = await writeDocx(compileAct(act).document, new Map());
  return (await mammoth.extractRawText({ buffer: Buffer.from(data) })).value;
}

describe('text coverage of the printed acts', () => {
  const figures = new Map<string, Coverage>();
  beforeAll(async () => {
    for (const act of ACTS) figures.set(act, coverage(printedText(act), await docxText(act)));
  });

  it.each(ACTS)('%s: the DOCX holds its floor of the printed words, in order', (act) => {
    const measured = figures.get(act)!;
    const floor = FLOORS[act]!;
    expect(floor).toBeGreaterThanOrEqual(act.startsWith('2015') ? 0.97 : 0.92);
    expect(measured.ratio, measured.missing.join(' | ')).toBeGreaterThanOrEqual(floor);
  });

  it('the README reports the figure measured for every act', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- document-coverage:start -->'), readme.indexOf('<!-- document-coverage:end -->'));
    for (const act of ACTS) {
      const row = new RegExp(`\\| \`${act}\` \\| ([\\d.]+) % \\| (\\d+) / (\\d+) \\|`).exec(table);
      const measured = figures.get(act)!;
      expect(row, act).not.toBeNull();
      expect([row![1], Number(row![2]), Number(row![3])], act).toEqual([(measured.ratio * 100).toFixed(1), measured.held, measured.printed]);
    }
  });

  it('counts a word left out and words out of order as missing', () => {
    expect(coverage(['бір екі үш төрт'], 'бір екі төрт').ratio).toBe(0.75);
    expect(coverage(['бір екі үш төрт'], 'төрт үш екі бір').ratio).toBe(0.25);
    // A word split at a line end («көрсе / тілетін») counts once, joined.
    expect(coverage(['қызметті көрсе', 'тілетін беруші'], 'қызметті көрсетілетін беруші').ratio).toBe(1);
  });
});
