// Catalogue of semantic diagnostics (TRT2xxx): names, durations, numbering, flow and legal checks.
import type { CatalogueEntry } from './catalogue.js';

export const SEMANTIC_MESSAGES: CatalogueEntry[] = [
  // Names and references (TRT20xx)
  {
    code: 'TRT2001', name: 'unknown-name', severity: 'error',
    kk: '«{name}» деген {what} жарияланбаған{hint}',
    en: '{what} «{name}» is not declared{hint}',
  },
  {
    code: 'TRT2002', name: 'duplicate-name', severity: 'error',
    kk: '«{name}» деген {what} бұрын жарияланған',
    en: '{what} «{name}» is already declared',
  },
  {
    code: 'TRT2003', name: 'unused-name', severity: 'warning', sourceDefect: true,
    kk: '«{name}» деген {what} жарияланған, бірақ еш жерде қолданылмайды',
    en: '{what} «{name}» is declared but never used',
  },
  {
    code: 'TRT2004', name: 'unknown-step', severity: 'error',
    kk: '«{procedure}» рәсімінде {step} деген қадам жоқ',
    en: 'procedure «{procedure}» has no step {step}',
  },
  {
    code: 'TRT2005', name: 'wrong-kind', severity: 'error',
    kk: '«{name}» — {actual}, бұл жерде {expected} керек',
    en: '«{name}» is {actual}, but {expected} is needed here',
  },
  {
    code: 'TRT2006', name: 'unknown-word', severity: 'error',
    kk: '«{word}» — белгісіз {what}{hint}',
    en: '«{word}» is not a known {what}{hint}',
  },
  {
    code: 'TRT2007', name: 'missing-part', severity: 'error',
    kk: '{what} жоқ',
    en: '{what} is missing',
  },
  {
    code: 'TRT2008', name: 'duplicate-clause', severity: 'error',
    kk: '{what} бір рет қана жазылады',
    en: '{what} may be given only once',
  },
  {
    code: 'TRT2009', name: 'undeclared-abbreviation', severity: 'warning', sourceDefect: true,
    kk: '«{name}» қысқартуға ұқсайды, бірақ қысқартулар тізімінде жоқ{hint}',
    en: '«{name}» looks like an abbreviation but is not in the glossary{hint}',
  },
  {
    code: 'TRT2010', name: 'ambiguous-refusal', severity: 'error',
    kk: '«бас тарту» сөзі бір ғана жарияланған бас тартуды білдіреді, ал мұнда {count} бас тарту бар; атын жазыңыз',
    en: 'the bare «бас тарту» stands for the one declared refusal, but {count} are declared; name it',
  },
  {
    code: 'TRT2011', name: 'invalid-date', severity: 'error',
    kk: '«{date}» — жоқ күн (күні, айы, жылы дұрыс па?)',
    en: '«{date}» is not a real day (check the day, month and year)',
  },
  {
    code: 'TRT2012', name: 'incomplete-act', severity: 'error',
    kk: 'регламентте {what} жоқ',
    en: 'the regulation lacks {what}',
  },
  {
    code: 'TRT2013', name: 'unknown-defect-code', severity: 'error',
    kk: '«{name}» — белгісіз диагностика коды немесе ережесі{hint}',
    en: '«{name}» is not a diagnostic code or rule name{hint}',
  },
  {
    code: 'TRT2014', name: 'not-a-source-defect', severity: 'error',
    kk: '«{name}» ({code}) — кодтаудың қатесі, актінің ақауы бола алмайды; оны «ақау» жасыра алмайды, түзетіңіз',
    en: '«{name}» ({code}) is a mistake of the encoding, never a defect of the act: an «ақау» cannot excuse it; fix it',
  },
  // Durations and numerals (TRT21xx)
  {
    code: 'TRT2101', name: 'numeral-mismatch', severity: 'error', sourceDefect: true,
    kk: '«{words}» сөзбен {wordsValue} дегенді білдіреді, ал цифрмен {digits} жазылған; «{expected}» болуы керек',
    en: 'the words «{words}» spell {wordsValue}, but the digits say {digits}; expected «{expected}»',
  },
  {
    code: 'TRT2102', name: 'invalid-numeral', severity: 'error',
    kk: '«{words}» — дұрыс сан емес: {reason}',
    en: '«{words}» is not a valid number: {reason}',
  },
  {
    code: 'TRT2103', name: 'ambiguous-day', severity: 'warning',
    kk: '«күн» жұмыс күні ме, күнтізбелік күн бе — анық емес; күнтізбелік деп есептеледі',
    en: '«күн» does not say working or calendar day; it is counted as a calendar day',
  },
  {
    code: 'TRT2104', name: 'term-exceeded', severity: 'error', sourceDefect: true,
    kk: '«{procedure}» рәсімінің ең ұзақ жолы ({path}) {computed} алады{conversion}, бұл қызмет көрсетудің жалпы мерзімінен ({term}) ұзақ',
    en: 'the longest path of procedure «{procedure}» ({path}) takes {computed}{conversion}, longer than the service term ({term})',
  },
  {
    code: 'TRT2105', name: 'sequence-or-alternatives', severity: 'warning',
    kk: '«;» арқылы жазылған бөліктер бірінен соң бірі қосылады, бірақ «{first}» мен «{second}» шешімнің екі нәтижесіне арналған балама сияқты: солай болса, оларды «немесе» деп біріктіріңіз',
    en: 'parts joined by «;» are added one after another, but «{first}» and «{second}» look like alternatives, one per outcome of the decision: if so, join them with «немесе»',
  },
  // Numbering (TRT22xx)
  {
    code: 'TRT2201', name: 'duplicate-number', severity: 'warning', sourceDefect: true,
    kk: '{what} нөмірі {number} қайталанады',
    en: '{what} number {number} is used twice',
  },
  {
    code: 'TRT2202', name: 'number-gap', severity: 'warning', sourceDefect: true,
    kk: '{what} нөмірі {expected} болуы керек еді, {actual} жазылған',
    en: '{what} number should be {expected}, but is {actual}',
  },
  // Flow (TRT23xx)
  {
    code: 'TRT2301', name: 'unreachable-step', severity: 'error', sourceDefect: true,
    kk: '{step} қадамына ешбір жол жетпейді',
    en: 'step {step} can never be reached',
  },
  {
    code: 'TRT2302', name: 'condition-outcome-missing', severity: 'error', sourceDefect: true,
    kk: '{step} шартында «{outcome}» нәтижесі көрсетілмеген',
    en: 'condition {step} does not say where its «{outcome}» outcome goes',
  },
  {
    code: 'TRT2303', name: 'no-way-out', severity: 'error', sourceDefect: true,
    kk: '{step} қадамынан шыққан жол нәтижеге де, бас тартуға да жетпейді: қадамдар тұйық айналады',
    en: 'no path from step {step} reaches a result or a refusal: the steps go round in a loop',
  },
  {
    code: 'TRT2304', name: 'result-basis-mismatch', severity: 'error', sourceDefect: true,
    kk: '{step} қадамының нәтижесі мынаған негіз деп жазылған: {stated}; бірақ қадамнан кейін: {actual}',
    en: 'the result of step {step} is stated to be the basis of {stated}, but the step leads to {actual}',
  },
  {
    code: 'TRT2305', name: 'guard-with-outcomes', severity: 'error',
    kk: '{step} қадамы «тек» шартымен тұр және «иә/жоқ» шешімін де жасайды: шарт орындалмаған кезде жол қайда баратынын «әйтпесе → …» деп жазыңыз',
    en: 'step {step} is guarded by «тек» and also decides with «иә/жоқ»: say where the flow goes when the case does not hold with «әйтпесе → …»',
  },
  {
    code: 'TRT2306', name: 'otherwise-without-guard', severity: 'error',
    kk: '{step} қадамында «әйтпесе» бар, бірақ бүкіл қадамға қойылған «тек» шарты жоқ',
    en: 'step {step} says «әйтпесе», but no «тек» guards the whole step',
  },
  {
    code: 'TRT2307', name: 'used-before-made', severity: 'warning',
    kk: '{step} қадамы «{document}» аралық құжатын пайдаланады, бірақ оны бұрынғы бірде-бір қадам жасамайды («жасайды:»)',
    en: 'step {step} uses the intermediate document «{document}», but no earlier step makes it («жасайды:»)',
  },
  {
    code: 'TRT2308', name: 'guarded-part-not-in-action', severity: 'warning', sourceDefect: true,
    kk: '«тек» шартына бағынатын бөлік {step} қадамының іс-қимыл мәтінінде жоқ: ол мәтіннің өз сөздерімен жазылады',
    en: 'the part under «тек» is not in the action text of step {step}: write it in the action\'s own words',
  },
  // Channels (TRT24xx)
  {
    code: 'TRT2401', name: 'channel-without-procedure', severity: 'error', sourceDefect: true,
    kk: '«{channel}» арқылы өтініш қабылданады деп жарияланған, бірақ оның рәсімі жоқ',
    en: 'applications are accepted through «{channel}», but no procedure describes that channel',
  },
  {
    code: 'TRT2402', name: 'procedure-outside-channels', severity: 'error', sourceDefect: true,
    kk: '«{procedure}» рәсімі «{channel}» арқылы жүреді, бірақ «{channel}» өтініш қабылдау арналарының тізімінде жоқ',
    en: 'procedure «{procedure}» runs through «{channel}», which is not among the declared intake channels',
  },
  {
    code: 'TRT2403', name: 'performer-without-lane', severity: 'warning',
    kk: '«{performer}» «{procedure}» рәсімінің {step} қадамын орындайды, бірақ сызбаның «жолдар» тізімінде жоқ; ол соңғы жолға сызылады (баспада қорапша басқа жолда тұрса, «жолы: …» деп көрсетіңіз)',
    en: '«{performer}» performs step {step} of «{procedure}», but the chart\'s «жолдар» do not list it; it is drawn in an extra lane at the end (where the print draws the box in another lane, say so with «жолы: …»)',
  },
  {
    code: 'TRT2404', name: 'repeated-lane', severity: 'warning',
    kk: '«{lane}» жолы «жолдар» тізімінде қайталанады: әр бөлімшенің бір ғана жолы болады, ол бір рет сызылады',
    en: 'lane «{lane}» is listed twice in «жолдар»: a unit has one lane, and it is drawn once',
  },
  {
    code: 'TRT2406', name: 'document-of-another-channel', severity: 'error', sourceDefect: true,
    kk: '«{procedure}» рәсімі «{document}» құжаты туралы шешім қабылдайды, бірақ «{channel}» арнасы оны бермейді (оны беретін арналар: {others})',
    en: 'procedure «{procedure}» decides on «{document}», but channel «{channel}» does not issue it (issued through: {others})',
  },
  // Source defects recorded by the author (TRT29xx)
  {
    code: 'TRT2901', name: 'source-defect', severity: 'info',
    kk: 'түпнұсқа мәтіндегі ақау: {text}',
    en: 'defect in the source text: {text}',
  },
  {
    code: 'TRT2902', name: 'defect-explains-nothing', severity: 'warning',
    kk: 'бұл «ақау» {codes} табылымдарын түсіндіреді делінген, бірақ оның аясында олар жоқ: жазбаны көзбен салыстырыңыз',
    en: 'this «ақау» names {codes}, but no such finding is in its scope: the record no longer matches the source',
  },
];
