// Catalogue of the importer's diagnostics (TRT50xx): what `tartip import` could not decide and left marked in the draft.
import type { CatalogueEntry } from './catalogue.js';

export const IMPORT_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT5001', name: 'import-performer-unknown', severity: 'warning',
    kk: '{step} қадамының орындаушысы қатысушылар тізбесінен танылмады; жобада «{performer}» деп жазылды, тексеріңіз',
    en: 'the performer of step {step} is not one of the listed participants; the draft says «{performer}», check it',
  },
  {
    code: 'TRT5002', name: 'import-duration-unread', severity: 'warning',
    kk: '«{text}» ұзақтық сияқты, бірақ оқылмады; жобада түсініктеме ретінде қалды',
    en: '«{text}» looks like a duration but could not be read; it is left in the draft as a comment',
  },
  {
    code: 'TRT5003', name: 'import-title-from-standard', severity: 'warning',
    kk: 'регламенттің атау блогы табылмады; атау стандарттың атауынан алынды',
    en: 'the title block of the regulation was not found; the title is taken from the standard\'s name',
  },
  {
    code: 'TRT5004', name: 'import-paragraph-as-text', severity: 'warning',
    kk: '{paragraph}-тармақ танылмады; жобаға мәтін ретінде көшірілді',
    en: 'paragraph {paragraph} was not recognised; it is copied into the draft as text',
  },
  {
    code: 'TRT5005', name: 'import-statement-rejected', severity: 'warning',
    kk: 'жобаның бір жолын компилятор қабылдамады ({reason}); ол түсініктемеге айналдырылды',
    en: 'the compiler rejected a line of the draft ({reason}); it was turned into a comment',
  },
  {
    code: 'TRT5006', name: 'import-no-participants', severity: 'warning',
    kk: 'қатысушылар тізбесі (§3) табылмады; орындаушылар қадамдардан алынды',
    en: 'the list of participants (§3) was not found; the performers are taken from the steps',
  },
  {
    code: 'TRT5007', name: 'import-channel-guessed', severity: 'warning',
    kk: '{paragraph}-тармақтағы рәсімнің арнасы мәтіннен анық емес; «{channel}» деп алынды',
    en: 'the channel of the procedure in paragraph {paragraph} is not stated plainly; «{channel}» was assumed',
  },
  {
    code: 'TRT5008', name: 'import-step-without-result', severity: 'warning',
    kk: '{step} қадамының нәтижесі («Рәсімнің нәтижесі: …») табылмады',
    en: 'the result of step {step} («Рәсімнің нәтижесі: …») was not found',
  },
  {
    code: 'TRT5009', name: 'import-channel-assumed', severity: 'warning',
    kk: 'мәтін өтініш қабылдау арнасын атамайды; жобада көрсетілетін қызметті беруші деп алынды, арнаны жазыңыз',
    en: 'the text names no channel for applications; the draft assumes the provider itself, write the channel in',
  },
  {
    code: 'TRT5010', name: 'import-chart-unread', severity: 'warning',
    kk: '{appendix}-қосымшадағы «{chart}» сызбасы негізгі мәтінде жоқ қадамдарды көрсетеді ({amounts}); қорапшалардың реті мен жолы анықталмайды, сондықтан бұл рәсім жобада жоқ: қорапшалар ескертудің астында басылу ретімен берілді',
    en: 'the chart «{chart}» in appendix {appendix} shows steps the main text does not ({amounts}); its boxes do not say in which order or lane they run, so this procedure is not in the draft: its boxes are listed under the warning, in print order',
  },
  {
    code: 'TRT5011', name: 'import-step-cases', severity: 'warning',
    kk: '{step} қадамында өз нәтижесі бар {cases} жағдай бар; жоба қадамға соңғы нәтиже мен оның алдындағы ұзақтықты алды, жағдайлар әрекет мәтінінде қалды, оларды «егер … жағдайда» деп жазыңыз',
    en: 'step {step} prints {cases} case(s) with a result of their own; the draft gives the step the closing result and the duration printed before it, and leaves the cases in its action text: write them as «егер … жағдайда» branches',
  },
  {
    code: 'TRT5012', name: 'import-charts-assigned', severity: 'warning',
    kk: '{appendix}-қосымшаның сызбалары ({charts}) рәсімдердің қадамдарынан салынады: жолдардың реті, тақырыптар, қорапшалар мен ұзақтықтардың жазылуы басылғанмен салыстырылмады, оларды тексеріңіз',
    en: 'the charts of appendix {appendix} ({charts}) are drawn from the procedures\' steps: the lanes\' order, the captions and how boxes and durations are printed were not compared with the print, check them',
  },
  {
    code: 'TRT5090', name: 'import-no-act', severity: 'error',
    kk: 'мәтінде регламент табылмады («1. Жалпы ережелер» бөлімі жоқ)',
    en: 'no regulation found in the text (no «1. Жалпы ережелер» section)',
  },
  {
    code: 'TRT5091', name: 'import-unreadable-input', severity: 'error',
    kk: '«{path}» файлы оқылмады ({format}): {reason}',
    en: 'could not read «{path}» ({format}): {reason}',
  },
];
