// Imports one printed act: its text becomes a Tártip draft, with the warnings left for the analyst and a report.
import type { Diagnostic, Range } from '../diagnostics/types.js';
import { createDiagnostic } from '../diagnostics/create.js';
import { cutBlocks, type Block } from './blocks.js';
import { emptyEntities, formOf, readStandard, writeResults, type Entities } from './general.js';
import { collectChannels, PROVIDER_PARAGRAPH, writeAssumedChannel, writeProviderParagraph } from './provider-paragraph.js';
import { writeText } from './text-statements.js';
import { unreadCharts, type UnreadChart } from './charts.js';
import { blockOpenings, findHeaders, type AppendixHeader, type TitleBlock } from './headers.js';
import { documentLexicon, sourceLines } from './normalise.js';
import { groupParagraphs, type ImportParagraph } from './paragraphs.js';
import { appendixRefs, quote, standardRefs, trimEnd } from './phrases.js';
import { resultCases } from './result-cases.js';
import { channelOf, collectParticipants, looksLikeProcedure, participantsFromSteps, restated, splitRuns, writeParticipants, writeProcedure, type ParticipantItem, type ProcedureStats } from './procedures.js';
import { DraftWriter } from './writer.js';
import { mainText } from './main-text.js';
import { compile } from '../compile.js';
import { formatSource } from '../format/index.js';

export interface ImportReport {
  paragraphs: number;
  paragraphsRecognised: number;
  steps: number;
  durations: number;
  warnings: number;
  /** Input lines the draft took nothing from (charts, news, repeated headers). */
  unusedLines: number[];
}

export interface ImportResult {
  draft: string;
  diagnostics: Diagnostic[];
  report: ImportReport;
}

export function rangeOfLine(text: string): (line: number) => Range {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (line: number) => {
    const start = starts[line - 1] ?? 0;
    const end = (starts[line] ?? text.length + 1) - 1;
    return { start: { line, column: 1, offset: start }, end: { line, column: end - start + 1, offset: end } };
  };
}

function writeHeader(title: TitleBlock | undefined, standard: ReturnType<typeof readStandard>, w: DraftWriter): void {
  if (title?.title) {
    w.line(`регламент ${quote(title.title)}`);
  } else if (standard) {
    w.warn('TRT5003', title?.lines[0] ?? 1, {}, 'атау стандарттың атауынан алынды');
    w.line(`регламент ${quote(standard.name)}`);
    w.line(`ақау: ${quote(title ? 'регламенттің атау блогы үзілген; атау стандарттың атауынан алынды (the title block is cut; the title is taken from the standard\'s name)' : 'регламенттің атау блогы басылмаған; атау стандарттың атауынан алынды (the title block is not printed; the title is taken from the standard\'s name)')}`);
  } else {
    w.line('регламент басылмаған');
  }
  // An approval or standard block is one statement: set aside whole, never in part.
  const a = title?.approval;
  if (a) {
    w.blank();
    w.line([`бекітілген: ${a.kind} № ${a.number}${a.date ? `, ${a.date}` : ''}`, ...(a.body ? [`  органы: ${quote(a.body)}`] : [])].join('\n'));
  }
  if (standard && standard.order) {
    w.blank();
    w.line([
      `стандарт ${quote(standard.name)}${standard.short ? ` (бұдан әрі – ${quote(standard.short)})` : ''}:`,
      `  бұйрық № ${standard.order}${standard.date ? `, ${standard.date}` : ''}`,
      ...(standard.body ? [`  органы: ${quote(standard.body)}`] : []),
      ...(standard.actTitle ? [`  атауы: ${quote(standard.actTitle, '  ')}`] : []),
      ...(standard.registration ? [`  тіркелген: № ${standard.registration}`] : []),
    ].join('\n'));
  }
}

interface Context {
  entities: Entities;
  participants: Map<ImportParagraph, ParticipantItem[]>;
  usedChannels: Set<string>;
  report: ImportReport;
  procedures: ProcedureStats[];
  /** The paragraph where units read from the steps are listed, when the act prints no list. */
  fromSteps?: ImportParagraph;
  /** p.1 names no channel: the provider is assumed (TRT5009). */
  assumeChannel?: boolean;
}

/** Writes one paragraph: what it states, recognised by its wording; anything else verbatim as text. */
function writeParagraph(p: ImportParagraph, ctx: Context, w: DraftWriter): void {
  const text = p.block.text;
  const n = p.block.number!;
  const { entities } = ctx;
  w.at = p.block.line;
  w.line(`${n}.`);
  w.indent = '   ';
  let recognised = true;
  if (PROVIDER_PARAGRAPH.test(text)) {
    recognised = writeProviderParagraph(text, p.items, entities, w, ctx.assumeChannel ?? false);
  } else if (ctx.participants.has(p) && ctx.fromSteps !== p) {
    writeParticipants(text, ctx.participants.get(p)!, w);
  } else if (p.items.length && looksLikeProcedure(p.items, entities)) {
    w.line(quote(trimEnd(text) + ':', w.indent));
    if (ctx.fromSteps === p) {
      w.comment('TRT5006: қатысушылар тізбесі (§3) басылмаған; бөлімшелер қадамдардан алынды, нөмірлерін импорттаушы қойды');
      writeParticipants(null, ctx.participants.get(p)!, w);
    }
    for (const run of splitRuns(p.items, entities.performers)) {
      const again = restated(run.items, ctx.procedures, entities.performers);
      if (again) {
        w.line(`қайталау: ${again}`);
        continue;
      }
      const stats = writeProcedure(n, run.lead ?? text, run.items, entities, w, ctx.usedChannels, run.lead, run.opening);
      ctx.procedures.push(stats);
      ctx.report.steps += stats.steps;
      ctx.report.durations += stats.durations;
    }
  } else if (entities.documents.length === 0 && /нәтижесі\s*[:–—-]/u.test(text) && /бас\s+тарт/u.test(text + p.items.map((i) => i.text).join(' '))) {
    const [first, ...rest] = text.split(/(?<=[.])\s+(?=[А-ЯӘҒҚҢӨҰҮҺІ])/u);
    const listed = p.items.map((i) => i.text).join(' ');
    const byChannel = writeResultCases(`${first} ${listed}`, entities, w);
    const outcome = byChannel ? undefined : writeResults(`${first} ${listed}`, entities, w);
    if (outcome) w.line(`қызмет нәтижесі: ${outcome}`);
    else if (!byChannel) recognised = false;
    for (const sentence of rest) {
      const form = /ұсыну\s+нысаны/u.test(sentence) ? formOf(sentence) : undefined;
      if (form) w.line(`ұсыну нысаны: ${form}`);
      else writeText(sentence, w);
    }
  } else if (/ұсыну\s+нысаны/u.test(text) && formOf(text)) {
    w.line(`ұсыну нысаны: ${formOf(text)}`);
  } else if (/нысаны/u.test(text) && formOf(text)) {
    w.line(`нысаны: ${formOf(text)}`);
  } else if (/негіз/u.test(text) && (/:\s*/u.test(text) || /бастауға\s+.+\s+негіз\s+болады/u.test(text))) {
    const said = text.match(/бастауға\s+(.+?)\s+негіз\s+болады/u);
    const basis = trimEnd(said && !text.includes(':') ? said[1]! : text.slice(text.indexOf(':') + 1));
    const refs = standardRefs(basis);
    w.line(`негіз: ${quote(basis, w.indent)}${refs.length ? ` ${refs.join(' ')}` : ''}`);
  } else if (appendixRefs(text).length && p.items.length === 0) {
    for (const sentence of text.split(/(?<=[.])\s+(?=[А-ЯӘҒҚҢӨҰҮҺІ])/u)) writeText(sentence, w);
  } else {
    recognised = false;
  }
  if (!recognised) {
    w.warn('TRT5004', p.block.line, { paragraph: n }, 'тармақ мәтін ретінде көшірілді');
    writeText(text, w);
    for (const item of p.items) writeText(`${item.number}) ${item.text}`, w);
  } else ctx.report.paragraphsRecognised++;
  w.indent = '';
  w.blank();
}

/**
 * One result per channel («… берушіге жүгінген кезде – A немесе B; порталда – C»): each case's documents, then
 * `қызмет нәтижесі <channel>:` for it. Only when every case names a channel of p.1; otherwise nothing is written.
 */
function writeResultCases(text: string, entities: Entities, w: DraftWriter): boolean {
  const cases = resultCases(text);
  const channels = cases?.map((c) => channelOf(c.words, '', entities, new Set()));
  if (!cases || !channels || channels.some((c) => c.guessed) || new Set(channels.map((c) => c.id)).size < cases.length) return false;
  const outcomes: string[] = [];
  for (const c of cases) {
    const outcome = writeResults(`нәтижесі: ${c.list}.`, entities, w);
    if (!outcome) return false;
    outcomes.push(outcome);
  }
  cases.forEach((c, i) => w.line(`қызмет нәтижесі ${channels[i]!.id}: ${outcomes[i]} ${quote(c.words, w.indent)}`));
  return true;
}

/** The caption of an appendix the text names but the input does not print: «… анықтамалығында» → «… анықтамалығы». */
function captionFromText(text: string, n: number): { caption: string; kind: AppendixHeader['kind'] } | undefined {
  const handbook = text.match(/(Мемлекеттік\s+қызмет\s+көрсетудің\s+бизнес-процестерінің\s+анықтамалығ)/iu);
  const diagram = text.match(/(Мемлекеттік\s+қызмет\s+көрсетуге\s+тартылған[^.]*?диаграмма)/iu);
  if (!new RegExp(`${n}\\s*-?\\s*қосымша`, 'u').test(text)) return undefined;
  const capital = (t: string) => t.charAt(0).toLocaleUpperCase('kk') + t.slice(1);
  if (diagram) return { caption: capital(`${diagram[1]}сы`), kind: 'is-diagram' };
  if (handbook) return { caption: capital(`${handbook[1]}ы`), kind: 'handbook' };
  return undefined;
}

/**
 * The procedures an appendix draws. The handbook draws the procedures its units perform; the IS diagram
 * those run through the portal, as both templates print them. A handbook with no such procedure draws them
 * all, so that an act printing only a handbook still gets its charts; an IS diagram has nothing to draw
 * without a procedure through the portal.
 */
function drawnBy(kind: AppendixHeader['kind'], procedures: ProcedureStats[]): ProcedureStats[] {
  const own = procedures.filter((p) => p.steps > 0 && p.byPortal === (kind === 'is-diagram'));
  if (own.length) return own;
  return kind === 'handbook' ? procedures.filter((p) => p.steps > 0) : [];
}

function writeAppendices(headers: AppendixHeader[], texts: string[], charts: UnreadChart[], procedures: ProcedureStats[], w: DraftWriter): void {
  const referenced = [...new Set(texts.flatMap((t) => [...t.matchAll(/регламент\S*\s+(\d+)\s*-?\s*қосымша/gu)].map((m) => Number(m[1]))))];
  const missing = referenced.filter((n) => !headers.some((h) => h.number === n)).sort((a, b) => a - b);
  for (const n of missing) {
    const found = texts.map((t) => captionFromText(t, n)).find(Boolean);
    if (!found) continue;
    headers = [...headers, { number: n, caption: found.caption, kind: found.kind, lines: [], notPrinted: true }];
  }
  headers = [...headers].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const seen = new Set<string>();
  for (const h of headers) {
    const key = `${h.number}|${h.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const chart of charts.filter((c) => c.appendix === h.number && h.kind === 'handbook')) {
      const amounts = chart.amounts.join(', ');
      w.warn('TRT5010', chart.line, { appendix: h.number ?? '', chart: chart.caption, amounts },
        `${h.number ?? ''}-қосымшадағы «${chart.caption}» сызбасында негізгі мәтінде жоқ қадамдар бар (${amounts}); сызба оқылмады`);
      // What the chart holds, for the analyst to write the procedure from: its boxes in the print's reading order.
      w.comment('сызбаның қорапшалары басылу ретімен (рәсімнің реті емес; жолы мен реті анықталмады) — the chart\'s boxes in print order, not the procedure\'s:');
      for (const box of chart.boxes) w.comment(`  «${box.text}»${box.duration ? ` (${box.duration})` : ''} (${box.line}-жол)`);
    }
    const drawn = h.notPrinted ? [] : drawnBy(h.kind, procedures);
    if (drawn.length) {
      const ids = drawn.map((p) => p.id).join(', ');
      w.warn('TRT5012', h.lines[0] ?? 1, { appendix: h.number ?? '', charts: ids }, `сызбалар (${ids}) қадамдардан салынды; басылғанмен салыстырыңыз`);
    }
    w.line(`қосымша${h.number === null ? '' : ` ${h.number}`}: ${h.kind === 'handbook' ? 'анықтамалық' : 'диаграмма'} ${quote(h.caption, '  ')}${h.notPrinted ? ' басылмаған' : ''}`);
    for (const p of drawn) w.line(`  сызба ${p.id}`);
  }
}

/** Imports the text of one act. `file` names the input in diagnostics. */
export function importAct(input: string, file: string): ImportResult {
  const lines = sourceLines(input);
  const lexicon = documentLexicon(lines);
  const headers = findHeaders(lines);
  const appendixLines = new Set(headers.appendices.flatMap((a) => a.lines));
  const stops = new Set([...appendixLines, ...blockOpenings(lines)]);
  const main = mainText(lines, headers.used, stops, new Set(headers.titles.flatMap((t) => t.lines)));
  const w = new DraftWriter(file, rangeOfLine(input));
  const report: ImportReport = { paragraphs: 0, paragraphsRecognised: 0, steps: 0, durations: 0, warnings: 0, unusedLines: [] };
  if (main.length === 0) {
    const d = createDiagnostic('TRT5090', file, rangeOfLine(input)(1));
    return { draft: '', diagnostics: [d], report };
  }
  const blocks: Block[] = cutBlocks(main, lexicon);
  const { sections } = groupParagraphs(blocks);
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const standard = paragraphs.map((p) => readStandard(p.block.text)).find(Boolean);
  const entities = emptyEntities();
  const ctx: Context = { entities, participants: new Map(), usedChannels: new Set(), report, procedures: [] };
  w.comment(`Жоба: tartip import ${file} (draft made by the importer; review the comments marked TRT50xx).`);
  writeHeader(headers.titles.find((t) => t.title) ?? headers.titles[0], standard, w);
  w.blank();
  // The channels (p.1) and the list of participants (§3) name the performers the steps of §2 use.
  const dryRun = new DraftWriter(file, rangeOfLine(input));
  const providerParagraph = paragraphs.find((p) => PROVIDER_PARAGRAPH.test(p.block.text));
  if (providerParagraph) collectChannels(providerParagraph.block.text, providerParagraph.items, entities, dryRun);
  // No channel named: one is assumed (TRT5009) where p.1 stands, or after the title when there is no p.1.
  ctx.assumeChannel = entities.channels.length === 0;
  if (ctx.assumeChannel && !providerParagraph) writeAssumedChannel(main[0]!.line, entities, w), w.blank();
  const listed = paragraphs.find((p) => p.items.length && /тізбесі|қатысатын/u.test(p.block.text) && !looksLikeProcedure(p.items, entities));
  if (listed) ctx.participants.set(listed, collectParticipants(listed.items, entities));
  else {
    const procedures = paragraphs.filter((p) => p.items.length && looksLikeProcedure(p.items, entities));
    const found = participantsFromSteps(procedures.flatMap((p) => p.items), entities);
    if (found.length && procedures[0]) ctx.participants.set(procedures[0], found), (ctx.fromSteps = procedures[0]);
    w.diagnostic('TRT5006', main[0]!.line, {});
  }
  // The channels are declared again where p.1 prints them.
  entities.channels = []; entities.corporation = null; entities.portal = null;
  entities.performers = entities.performers.filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
  for (const section of sections) {
    if (section.block) {
      w.line(`бөлім ${section.block.number} ${quote(trimEnd(section.block.text))}`);
      w.blank();
    }
    for (const p of section.paragraphs) {
      report.paragraphs++;
      writeParagraph(p, ctx, w);
    }
  }
  writeAppendices(headers.appendices, main.map((l) => l.text).join(' ').split(/(?<=\.)\s/u), unreadCharts(lines, headers.appendices, main, lexicon), ctx.procedures, w);
  const usedLines = new Set([...main.map((l) => l.line), ...headers.used]);
  report.unusedLines = lines.map((l) => l.line).filter((n) => !usedLines.has(n));
  settle(w);
  report.warnings = w.diagnostics.length;
  // The draft is written in the one canonical layout; a draft the formatter cannot lay out is given as written.
  const formatted = formatSource(w.text(), { file: 'draft.tartip' });
  return { draft: formatted.diagnostics.length ? w.text() : formatted.text, diagnostics: w.diagnostics, report };
}

/**
 * Compiles the draft and turns each statement the compiler rejects into a comment (TRT5005), until it
 * compiles: the analyst sees the act's words and why they were set aside. A finding that may be a defect of the act
 * itself becomes an `ақау [code]:` note instead. A part the act lacks (TRT2012) has no statement to set
 * aside and stays an error.
 */
/** Findings that are the printed act's own slips (numbers, numerals, terms), not the importer's: noted with «ақау». */
const NOTED = new Set(['TRT2101', 'TRT2104', 'TRT2201', 'TRT2202']);

function settle(w: DraftWriter): void {
  for (let round = 0; round < 8; round++) {
    const errors = compile(w.text(), 'draft.tartip', 'draft.tartip', { emit: false }).diagnostics
      .filter((d) => (d.severity === 'error' && d.code !== 'TRT2012') || (NOTED.has(d.code) && !d.acknowledged))
      .sort((a, b) => b.range.start.line - a.range.start.line);
    const lines = [...new Set(errors.map((d) => d.range.start.line))];
    let changed = false;
    for (const line of lines) {
      const d = errors.find((e) => e.range.start.line === line)!;
      const at = w.statementAt(line);
      // A finding about the act itself becomes its «ақау» note (once); anything else is set aside.
      const noted = NOTED.has(d.code) && w.acknowledge(at, d.code, `${d.message.kk} (${d.message.en})`);
      changed = noted || w.demote(at, `${d.code}: ${d.message.en}`) || changed;
    }
    if (!changed) return;
  }
}
