// Term arithmetic (TRT2104): longest path per unit family against the declared term, and its figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFigures, leastIn } from '../../src/semantic/checks/figures.js';
import { act, diagnose } from '../check/sources.js';

const SEED = readFileSync(new URL('../../regulations/2015-225-adoption-candidates-registration.tartip', import.meta.url), 'utf8');
const TERM = '– 15 (он бес) күнтізбелік күн';

const termMessages = (source: string) => diagnose(source).filter((d) => d.code === 'TRT2104').map((d) => d.message.en);

describe('the seed act (30 + 20 min + 14 calendar days + 20 + 30 min, term 15 calendar days)', () => {
  it('is within its term', () => {
    expect(SEED).toContain(TERM);
    expect(termMessages(SEED)).toEqual([]);
  });

  it('exceeds a term of 14 calendar days, and says by how much', () => {
    const [message] = termMessages(SEED.replace(TERM, '– 14 (он төрт) күнтізбелік күн'));
    expect(message).toBe('the longest path of procedure «кеңсе-рәсімі» («1-іс-қимыл» → «2-іс-қимыл» → «3-іс-қимыл» → «4-іс-қимыл» → '
      + '«5-іс-қимыл») takes 14 calendar days + 1 hour 40 minutes; 14.07 calendar days in all, longer than the service term (14 calendar days)');
  });

  it('reports the figures in Kazakh too, with the term as a related location', () => {
    const d = diagnose(SEED.replace(TERM, '– 14 (он төрт) күнтізбелік күн')).find((x) => x.code === 'TRT2104')!;
    expect(d.message.kk).toContain('14 күнтізбелік күн + 1 сағат 40 минут алады; барлығы 14,07 күнтізбелік күн');
    expect(d.related[0]!.message.en).toBe('the service term is stated here');
  });
});

const procedure = (clauses: string, term: string) => `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
        ұзақтығы: 30 (отыз) минут
     2) кеңсе: «құжаттарды жолдайды»
        ұзақтығы: бір жұмыс күні ішінде, «құжаттарды қабылдау күні мемлекеттік қызмет көрсету» мерзіміне кірмейді
     3) орындаушы: «анықтаманы немесе дәлелді бас тартуды дайындайды»
${clauses}
        шешім: анықтама немесе дәлелді-бас-тарту
   мерзімі беруші: ${term}`;

describe('working days against a term in calendar days', () => {
  it('counts a working day as at least one calendar day and leaves out what «мерзіміне кірмейді»', () => {
    const [message] = termMessages(act({ procedures: procedure('        ұзақтығы: екі жұмыс күні ішінде', '2 (екі) күнтізбелік күн') }));
    expect(message).toContain('takes 2 working days + 30 minutes; counting each working day as at least one calendar day, at least 2.02 calendar days');
  });

  it('is within a term that leaves room', () => {
    expect(termMessages(act({ procedures: procedure('        ұзақтығы: екі жұмыс күні ішінде', '3 (үш) күнтізбелік күн') }))).toEqual([]);
  });

  it('never counts calendar days as working days', () => {
    expect(termMessages(act({ procedures: procedure('        ұзақтығы: күнтізбелік он күн ішінде', 'екі жұмыс күні ішінде') }))).toEqual([]);
  });

  it('compares working days with working days', () => {
    const [message] = termMessages(act({ procedures: procedure('        ұзақтығы: үш жұмыс күні ішінде', 'екі жұмыс күні ішінде') }));
    expect(message).toContain('takes 3 working days + 30 minutes, longer than the service term (2 working days)');
  });
});

describe('compound durations and branches', () => {
  it('adds sequential parts and takes the longest alternative', () => {
    const clauses = '        ұзақтығы: «тексеру актісін жасау» – күнтізбелік он күн ішінде;\n'
      + '          «қорытындыны дайындау» – күнтізбелік үш күн ішінде немесе «бас тартуды дайындау» – күнтізбелік бір күн ішінде';
    const [message] = termMessages(act({ procedures: procedure(clauses, '12 (он екі) күнтізбелік күн') }));
    expect(message).toContain('takes 13 calendar days + 30 minutes');
  });

  it('follows a branch with its own, longer duration', () => {
    const procedures = `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «тіркейді»
        ұзақтығы: 15 (он бес) минут
        егер «қосымша тексеру керек» жағдайда: «тексереді»
          ұзақтығы: үш жұмыс күні ішінде
          → 3
     2) орындаушы: «дайындайды»
        ұзақтығы: бір жұмыс күні ішінде
     3) орындаушы: «береді»
        шешім: анықтама немесе дәлелді-бас-тарту
   мерзімі беруші: екі жұмыс күні ішінде`;
    expect(termMessages(act({ procedures }))).toEqual([
      'the longest path of procedure «кеңсе-рәсімі» («1)» → «3)») takes 3 working days, longer than the service term (2 working days)',
    ]);
  });

  it('applies a term to the procedures of its channel only', () => {
    const source = (channel: string) => act({
      intake: 'қабылдау: беруші «кеңсе»; жүйе портал (портал): «портал»',
      procedures: `${procedure('        ұзақтығы: үш жұмыс күні ішінде', 'екі жұмыс күні ішінде').replace('мерзімі беруші:', `мерзімі ${channel}:`)}
5. рәсім портал-рәсімі: портал арқылы
     1) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    });
    expect(diagnose(source('портал')).filter((d) => d.severity !== 'info')).toEqual([]);
    expect(termMessages(source('беруші'))).toHaveLength(1);
  });
});

describe('figures', () => {
  it('converts only where the conversion is certain', () => {
    const f = { seconds: 5400, calendarDays: 2, workingDays: 1 };
    expect(leastIn(f, 'calendar-day')).toBeCloseTo(3.0625);
    expect(leastIn(f, 'working-day')).toBe(1);
    expect(leastIn(f, 'time')).toBe(5400 + 3 * 86_400);
  });

  it('words the figures in both languages', () => {
    expect(describeFigures({ seconds: 90, calendarDays: 0, workingDays: 0 })).toEqual({ kk: '1 минут 30 секунд', en: '1 minute 30 seconds' });
    expect(describeFigures({ seconds: 3600, calendarDays: 1, workingDays: 2 })).toEqual({
      kk: '2 жұмыс күні + 1 күнтізбелік күн + 1 сағат', en: '2 working days + 1 calendar day + 1 hour',
    });
    expect(describeFigures({ seconds: 0, calendarDays: 0, workingDays: 0 })).toEqual({ kk: '0 секунд', en: '0 seconds' });
  });
});
