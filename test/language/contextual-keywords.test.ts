// Keywords are contextual: where a name stands, any word is a name (acts 11 and 14 call their contract «шарт»).
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { act } from '../check/sources.js';

const CONTRACT = act().replace(
  '2. құжат анықтама: «анықтама»',
  '2. құжат анықтама: «анықтама»\n   құжат шарт: «баланы қабылдаушы отбасына тәрбиелеуге беру туралы шарт» (бұдан әрі – «шарт»)',
).replace('қызмет нәтижесі: анықтама немесе дәлелді-бас-тарту', 'қызмет нәтижесі: анықтама және шарт немесе дәлелді-бас-тарту')
  .replace('шешім: анықтама немесе дәлелді-бас-тарту', 'шешім: анықтама және шарт немесе дәлелді-бас-тарту');

const problems = (source: string) =>
  compile(source, 'kw.tartip').diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message.en}`);

describe('contextual keywords', () => {
  it('lets a keyword name a document where a name stands (act 11\'s contract «шарт»)', () => {
    expect(problems(CONTRACT)).toEqual([]);
    const json = compile(CONTRACT, 'kw.tartip').json!;
    expect(json.documents.map((d) => d.id)).toContain('шарт');
    expect(json.results[0]!.alternatives).toEqual([['анықтама', 'шарт'], ['дәлелді-бас-тарту']]);
    expect(json.procedures[0]!.steps[1]!.decisions).toEqual([[['анықтама', 'шарт'], ['дәлелді-бас-тарту']]]);
  });

  it('reads a name written in backticks as that name, keyword or not', () => {
    const source = CONTRACT.replace('құжат шарт:', 'құжат `шарт`:').replace('анықтама және шарт немесе дәлелді-бас-тарту\n3.', 'анықтама және `шарт` немесе дәлелді-бас-тарту\n3.');
    expect(problems(source)).toEqual([]);
    expect(compile(source, 'kw.tartip').json!.documents.map((d) => d.id)).toContain('шарт');
  });

  it('keeps «беруші» and «алушы» the built-in provider and applicant wherever they stand', () => {
    const json = compile(act(), 'kw.tartip').json!;
    expect(json.procedures[0]!.steps[2]!.recipients).toEqual(['алушы']);
  });

  it('answers a keyword of several words used as a name with the one-word form to write', () => {
    const source = act({ procedures: '4. рәсім бас тарту: беруші арқылы\n     1) кеңсе: «а»\n        шешім: анықтама немесе дәлелді-бас-тарту' });
    const found = compile(source, 'kw.tartip').diagnostics.filter((d) => d.code === 'TRT1020');
    expect(found.map((d) => [d.range.start.line, d.range.start.column, d.fix?.replacement])).toEqual([[13, 10, 'бас-тарту']]);
  });
});
