// Catalogue of the formatter's diagnostics (TRT6001–TRT6019): why a file was not formatted, and `fmt --check`'s findings.
import type { CatalogueEntry } from './catalogue.js';

export const FORMAT_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT6001', name: 'not-formatted-syntax', severity: 'error',
    kk: 'файл пішімделмеді: онда {count} синтаксис қатесі бар; алдымен оларды түзетіңіз (tartip check)',
    en: 'the file is not formatted: it has {count} syntax error(s); fix them first (tartip check)',
  },
  {
    code: 'TRT6002', name: 'format-would-change-meaning', severity: 'error',
    kk: 'файл пішімделмеді: пішімдеу осы жердегі лексемаларды өзгертер еді ({reason}); бұл Тәртіптің қатесі, хабарлаңыз',
    en: 'the file is not formatted: formatting would change the tokens here ({reason}); this is a Tártip bug, please report it',
  },
  {
    code: 'TRT6003', name: 'not-formatted', severity: 'error',
    kk: '{count} файл пішімделмеген; оларды tartip fmt пішімдейді',
    en: '{count} file(s) not formatted; tartip fmt would format them',
  },
  {
    code: 'TRT6004', name: 'formatted', severity: 'info',
    kk: '{total} файлдың {count} пішімделді',
    en: '{count} of {total} file(s) formatted',
  },
];
