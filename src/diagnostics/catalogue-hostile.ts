// Catalogue of hostile-input and reliability diagnostics: Trojan-source controls (TRT1050–1059) and confinement, stdin and cache (TRT9012–9039).
import type { CatalogueEntry } from './catalogue.js';

export const HOSTILE_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT1050', name: 'bidi-control', severity: 'warning',
    kk: 'мәтін бағытын өзгертетін көрінбейтін таңба {char} ({name}): файл көрсетілгеннен басқаша оқылуы мүмкін; оны өшіріңіз',
    en: 'invisible text-direction control {char} ({name}): the file may read differently from how it is displayed; remove it',
  },
  {
    code: 'TRT9015', name: 'too-many-warnings', severity: 'error',
    kk: 'ескертулер тым көп: {count}, ал --max-warnings {max} рұқсат етеді',
    en: 'too many warnings: {count}, more than --max-warnings {max} allows',
  },
];
