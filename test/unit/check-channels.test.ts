// Channel checks: each intake channel has its procedure (TRT2401), each procedure a declared channel (TRT2402).
import { describe, expect, it } from 'vitest';
import { act, diagnose, found } from '../check/sources.js';

const DECIDE = '     1) орындаушы: «шешеді»\n        шешім: анықтама немесе дәлелді-бас-тарту';

describe('channels', () => {
  it('accepts an act whose procedures match its intake channels', () => {
    expect(found(act(), 'TRT2401', 'TRT2402')).toEqual([]);
  });

  it('reports an intake channel without a procedure, at the channel in the list', () => {
    const source = act({ intake: 'қабылдау: беруші «кеңсе»; ұйым МК (корпорация): «Мемлекеттік корпорация»' });
    const [d] = diagnose(source).filter((x) => x.code === 'TRT2401');
    expect(d!.message.en).toBe('applications are accepted through «МК», but no procedure describes that channel');
    expect(d!.range.start).toMatchObject({ line: 5, column: 35 });
  });

  it('does not ask for a procedure for an issuance-only channel', () => {
    const source = act({ intake: 'қабылдау: беруші «кеңсе»\n   беру: ұйым МК (корпорация): «Мемлекеттік корпорация»' });
    expect(found(source, 'TRT2401')).toEqual([]);
  });

  it('reports a procedure through a channel that is not an intake channel', () => {
    const source = act({
      intake: 'қабылдау: беруші «кеңсе»\n   ұйым әкімдік (әкімдік): «әкімдік»',
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы\n${DECIDE}\n5. рәсім әкімдік-рәсімі: әкімдік арқылы\n${DECIDE}`,
    });
    expect(diagnose(source).filter((d) => d.code === 'TRT2402').map((d) => d.message.en)).toEqual([
      'procedure «әкімдік-рәсімі» runs through «әкімдік», which is not among the declared intake channels',
    ]);
  });

  it('requires a channel to be the provider, an organisation or a system, and a unit\'s parent not to be a system (TRT2005)', () => {
    const source = act({
      intake: 'қабылдау: беруші «кеңсе»\n   жүйе портал (портал): «портал»\n   қатысушы оператор (портал): «оператор»',
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы\n${DECIDE}\n5. рәсім портал-рәсімі: кеңсе арқылы\n${DECIDE}`,
    });
    expect(diagnose(source).filter((d) => d.code === 'TRT2005').map((d) => d.message.en)).toEqual([
      '«портал» is an information system, but the service provider, an organisation or the applicant is needed here',
      '«кеңсе» is a participant, but the service provider, an organisation or an information system is needed here',
    ]);
  });

  it('leaves an undeclared channel to the binder (TRT2001 only)', () => {
    const source = act({ procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы\n${DECIDE}\n5. рәсім х-рәсімі: белгісіз арқылы\n${DECIDE}` });
    expect(diagnose(source).filter((d) => d.code.startsWith('TRT24') || d.code === 'TRT2001').map((d) => d.code)).toEqual(['TRT2001']);
  });
});

describe('chart lanes', () => {
  const appendix = (lanes: string) => `қосымша 1: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі\n    жолдар: ${lanes}`;

  it('accepts lanes that cover every performer of the charted procedure', () => {
    expect(found(act({ tail: appendix('алушы, кеңсе, орындаушы') }), 'TRT2403')).toEqual([]);
  });

  it('reports a performer the lanes leave out, once, with the step that needs it', () => {
    const [d, ...rest] = diagnose(act({ tail: appendix('алушы, кеңсе') })).filter((x) => x.code === 'TRT2403');
    expect(rest).toEqual([]);
    expect(d!.message.en).toBe("«орындаушы» performs step 2) of «кеңсе-рәсімі», but the chart's «жолдар» do not list it; it is drawn in an extra lane at the end (where the print draws the box in another lane, say so with «жолы: …»)");
    expect(d!.related[0]!.range.start.line).toBe(16);
  });
});
