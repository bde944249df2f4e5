// Catalogue of hostile-input and reliability diagnostics: Trojan-source controls (TRT1050–1059) and confinement, stdin and cache (TRT9012–9039).
import type { CatalogueEntry } from './catalogue.js';

export const HOSTILE_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT1050', name: 'bidi-control', severity: 'warning',
    kk: 'мәтін бағытын өзгертетін көрінбейтін таңба {char} ({name}): файл көрсетілгеннен басқаша оқылуы мүмкін; оны өшіріңіз',
    en: 'invisible text-direction control {char} ({name}): the file may read differently from how it is displayed; remove it',
  },
  {
    code: 'TRT9012', name: 'output-escapes', severity: 'error',
    kk: '«{path}» шығыс қалтасынан («{dir}») тыс жерге апарады ({reason}); жазылмады',
    en: '«{path}» leads outside the output directory «{dir}» ({reason}); not written',
  },
  {
    code: 'TRT9013', name: 'linked-source', severity: 'warning',
    kk: '«{path}» — символдық сілтеме; қалта ішіндегі сілтемелер оқылмайды: тексеру үшін оны командада атаңыз',
    en: '«{path}» is a symbolic link; links inside a folder are not followed: name it on the command line to check it',
  },
  {
    code: 'TRT9014', name: 'output-file-folder-clash', severity: 'error',
    kk: '«{first}» «{name}» файлын жазар еді, ал «{second}» дәл осы атпен қалта қажет етеді; оларды бөлек шығарыңыз',
    en: '«{first}» would write the file «{name}» where «{second}» needs a folder of that name; compile them separately',
  },
  {
    code: 'TRT9015', name: 'too-many-warnings', severity: 'error',
    kk: 'ескертулер тым көп: {count}, ал --max-warnings {max} рұқсат етеді',
    en: 'too many warnings: {count}, more than --max-warnings {max} allows',
  },
];
