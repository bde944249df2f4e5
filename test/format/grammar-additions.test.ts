// The layout is generic: a construct the grammar gains after this formatter was written is placed by its
// keyword's role and printed token for token — simulated here by renaming and merging nodes of a real tree.
import type { CstNode } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { formatSource, layoutTree } from '../../src/format/index.js';
import { lex } from '../../src/syntax/lexer.js';
import { parseTokens } from '../../src/syntax/parser.js';

const SOURCE = `регламент «Сынақ»
бекітілген: қаулы № 1, 01.01.2020
бөлім 1 «Жалпы ережелер»
1. беруші: «аудандық білім бөлімі»
4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
  ұзақтығы:   30 (отыз) минут
        егер «құжаттар толық емес» жағдайда:   «бас тартады»
  иә → бас тарту
     2) орындаушы: «анықтаманы дайындайды»
 кімге: алушы
`;

function tree(source: string) {
  const tokens = lex(source, 'x.tartip').tokens;
  return { tokens, elements: parseTokens(tokens).elements };
}

/** The element's only child, renamed: what a rule the formatter does not know looks like. */
function rename(element: CstNode, to: string): CstNode {
  const list = Object.values(element.children)[0] as CstNode[];
  return { ...element, children: { [to]: list.map((n) => ({ ...n, name: to })) } };
}

const kindOf = (e: CstNode) => Object.keys(e.children)[0];

describe('constructs added to the grammar later', () => {
  it('places an unknown step clause by its keyword role (here «ұзақтығы», role «step»), printing all of it', () => {
    const source = SOURCE.replace(/ +иә → бас тарту\n/, '        → бас тарту\n');
    const { tokens, elements } = tree(source);
    const renamed = elements.map((e) => (kindOf(e) === 'durationClause' ? rename(e, 'chartDurationClause') : e));
    const laid = layoutTree(source, tokens, renamed);
    expect(laid).toEqual({ text: formatSource(source).text });
    expect('text' in laid && laid.text).toContain('\n        ұзақтығы: 30 (отыз) минут\n');
  });

  it('prints an element of an unknown kind whole, and what follows it keeps its place', () => {
    const source = SOURCE.replace(/ +иә → бас тарту\n/, '        → бас тарту\n');
    const { tokens, elements } = tree(source);
    const renamed = elements.map((e) => (kindOf(e) === 'recipientClause' ? rename(e, 'questionClause') : e));
    const laid = layoutTree(source, tokens, renamed);
    expect('text' in laid && laid.text.split('\n').slice(-3)).toEqual(['     2) орындаушы: «анықтаманы дайындайды»', '        кімге: алушы', '']);
  });

  it('lays out «иә → …» inside a branch (a construct the grammar gained after the formatter) as one of the branch\'s own lines', () => {
    const formatted = formatSource(SOURCE);
    expect(formatted.diagnostics).toEqual([]);
    expect(formatted.text).toContain('        егер «құжаттар толық емес» жағдайда:\n          «бас тартады»\n          иә → бас тарту\n     2) орындаушы');
    expect(formatSource(formatted.text).text).toBe(formatted.text);
  });

  it('refuses (rather than drops) tokens that no element holds', () => {
    const { tokens, elements } = tree(SOURCE);
    const dropped = elements.filter((e) => kindOf(e) !== 'recipientClause');
    expect(layoutTree(SOURCE, tokens, dropped)).toMatchObject({ reason: 'a token outside every element' });
  });
});
