// Durations as an analyst writes them: every accepted form normalised, and each slip answered with what is accepted.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { act, diagnose } from '../check/sources.js';

/** The act with the executor's step taking `duration`. */
const withDuration = (duration: string) =>
  act({
    procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
        ұзақтығы: 30 (отыз) минут
     2) орындаушы: «анықтаманы немесе дәлелді бас тартуды дайындайды»
        ұзақтығы: ${duration}
        шешім: анықтама немесе дәлелді-бас-тарту
     3) кеңсе: «нәтижені береді»
        кімге: алушы`,
  });

const messages = (duration: string) => diagnose(withDuration(duration)).map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message.en}`);

function executorDuration(duration: string) {
  const json = compile(withDuration(duration), 'inline.tartip').json;
  expect(json).toBeDefined();
  return json!.procedures[0]!.steps[1]!.duration;
}

describe('accepted forms', () => {
  it.each([
    ['екі жұмыс күні ішінде', { value: 2, unit: 'working-day', bound: 'within' }],
    ['2 (екі) жұмыс күні', { value: 2, unit: 'working-day', bound: 'exact' }],
    ['он бес минуттан аспайды', { value: 15, unit: 'minute', bound: 'at-most' }],
    ['1,5 (бір жарым) сағат', { value: 1.5, unit: 'hour', bound: 'exact' }],
    ['14 (он төрт) күнтізбелік күн', { value: 14, unit: 'calendar-day', bound: 'exact' }],
  ])('«%s»', (written, expected) => {
    expect(executorDuration(written)).toMatchObject(expected);
  });
});

describe('slips', () => {
  it('names the accepted units when the unit is not one of them', () => {
    expect(messages('бір жұмыс апта ішінде')).toEqual([
      '17:23 TRT2006 «жұмыс апта ішінде» is not a known duration unit (expected секунд, минут, сағат, жұмыс күні or күнтізбелік күн)',
    ]);
  });

  it('offers the closest unit for a misspelt one', () => {
    expect(messages('5 минөт')).toEqual(['17:21 TRT2006 «минөт» is not a known duration unit (expected секунд, минут, сағат, жұмыс күні or күнтізбелік күн); did you mean «минут»?']);
  });

  it('asks for the unit when there is none, and for working or calendar days when the act says only «күн»', () => {
    expect(messages('5').map((m) => m.split(' ')[1])).toEqual(['TRT2007']);
    expect(messages('5 күн').map((m) => m.split(' ')[1])).toEqual(['TRT2103']);
  });
});
