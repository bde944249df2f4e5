// Goldens of the canonical layout: each test/format/cases/*.before.tartip formats to its .after.tartip, keeps its
// meaning, and is a fixed point; a file with syntax errors is left as it is, with the errors.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/format/index.js';
import { tokenStream } from '../../src/format/trivia.js';
import { compareReadings } from '../../src/format/verify.js';
import { lex } from '../../src/syntax/lexer.js';
import { meaning, read } from './helpers.js';

const CASES = readdirSync(path.join(import.meta.dirname, 'cases')).filter((f) => f.endsWith('.before.tartip')).sort();

describe('the canonical layout', () => {
  it.each(CASES)('%s', async (name) => {
    const source = read(`test/format/cases/${name}`);
    const result = formatSource(source, { file: name });
    expect(result.diagnostics).toEqual([]);
    expect(result.changed).toBe(true);
    await expect(result.text).toMatchFileSnapshot(`cases/${name.replace('.before.', '.after.')}`);
    expect(meaning(result.text)).toEqual(meaning(source));
    expect(formatSource(result.text).text).toBe(result.text);
    expect(formatSource(result.text).changed).toBe(false);
  });

  it('leaves a file with syntax errors as it is and says why, with the errors', () => {
    const source = 'регламент «Сынақ»\nбекітілген: қаулы № 1, 01.01.2020\nбөлім 1 «а»\n1.   беруші:  «бөлім»\n   ұзактығы: бес минут\n';
    const result = formatSource(source, { file: 'broken.tartip' });
    expect(result.text).toBe(source);
    expect(result.changed).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TRT6001', 'TRT1008', 'TRT1009']);
    expect(result.diagnostics[0]!.range).toEqual(result.diagnostics[1]!.range);
    expect(result.diagnostics[0]!.message.en).toMatch(/not formatted: it has 2 syntax error/);
  });

  it('its own check (behind TRT6002) catches a layout that would change the tokens or lose a comment', () => {
    const source = 'егер «а б» жағдайда: «в»\n# ескерту\n     1) кеңсе: «г»\n';
    const stream = tokenStream(source, lex(source, 'x').tokens);
    expect(compareReadings(stream.tokens, stream.after, 'егер «а\n   б» жағдайда: «в»\n# ескерту\n1) кеңсе: «г»\n')).toBeUndefined();
    // A text wrapped so that its next line opens a clause: the lexer ends the text there.
    const quoting = 'мәтін: «ол: 1) кеңсе: «б» деп жазады»\n';
    const quoted = tokenStream(quoting, lex(quoting, 'x').tokens);
    expect(compareReadings(quoted.tokens, quoted.after, 'мәтін: «ол:\n  1) кеңсе: «б» деп жазады»\n')).toBeDefined();
    expect(compareReadings(quoted.tokens, quoted.after, 'мәтін: «ол: 1)\n  кеңсе: «б» деп жазады»\n')).toBeUndefined();
    expect(compareReadings(stream.tokens, stream.after, 'егер «а б» жағдайда: «в»\n1) кеңсе: «г»\n')?.reason).toBe('comments');
    expect(compareReadings(stream.tokens, stream.after, 'егер «а б» жағдайда: «в» # ескерту\n1 ) кеңсе: «г»\n')).toBeUndefined();
    expect(compareReadings(stream.tokens, stream.after, 'егер «а б» жағдайда: «в»\n# ескерту\n1) кеңсе: «г» «д»\n')?.reason).toMatch(/end → GuillemetText/);
  });

  it('keeps a byte-order mark and \\r\\n line breaks, or writes the line breaks asked for', () => {
    const source = '\ufeffрегламент «Сынақ»\r\nбекітілген:  қаулы № 1, 01.01.2020\r\n';
    expect(formatSource(source).text).toBe('\ufeffрегламент «Сынақ»\r\nбекітілген: қаулы № 1, 01.01.2020\r\n');
    expect(formatSource(source, { lineEnding: 'lf' }).text).toBe('\ufeffрегламент «Сынақ»\nбекітілген: қаулы № 1, 01.01.2020\n');
    expect(formatSource('регламент «Сынақ»\n', { lineEnding: 'crlf' }).text).toBe('регламент «Сынақ»\r\n');
    // Old Mac line breaks (\r alone) end comments too; they are written as \n.
    expect(formatSource('# а\r# б\rрегламент «Сынақ»  # в\r').text).toBe('# а\n# б\nрегламент «Сынақ» # в\n');
  });

  it('drops blank lines at the ends and trailing spaces, keeps one blank line between paragraphs', () => {
    const source = '\n\n# түсініктеме   \n\nрегламент «Сынақ»  \n\n\n\n# екінші\n\n';
    expect(formatSource(source).text).toBe('# түсініктеме\n\nрегламент «Сынақ»\n\n# екінші\n');
  });
});
