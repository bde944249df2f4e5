// Catalogue of CLI and I/O diagnostics (TRT9xxx).
import type { CatalogueEntry } from './catalogue.js';

export const CLI_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT9001', name: 'cannot-read', severity: 'error',
    kk: '«{path}» оқылмады: {reason}',
    en: 'cannot read «{path}»: {reason}',
  },
  {
    code: 'TRT9002', name: 'cannot-write', severity: 'error',
    kk: '«{path}» жазылмады: {reason}',
    en: 'cannot write «{path}»: {reason}',
  },
  {
    code: 'TRT9003', name: 'no-sources', severity: 'error',
    kk: '«{path}» ішінде .tartip файлы табылмады',
    en: 'no .tartip files found in «{path}»',
  },
  {
    code: 'TRT9004', name: 'internal-error', severity: 'error',
    kk: 'ішкі қате: {reason}; бұл Тәртіптің қатесі, хабарлаңыз',
    en: 'internal error: {reason}; this is a Tártip bug, please report it',
  },
  {
    code: 'TRT9005', name: 'output-collision', severity: 'error',
    kk: '«{first}» мен «{second}» бір шығыс файлына («{name}») жазылар еді; оларды бөлек шығарыңыз',
    en: '«{first}» and «{second}» would write the same output («{name}»); compile them separately',
  },
  {
    code: 'TRT9006', name: 'bad-option', severity: 'error',
    kk: '{option} параметрінің мәні дұрыс емес: «{value}» ({expected} күтілді)',
    en: 'invalid value «{value}» for {option} (expected {expected})',
  },
  {
    code: 'TRT9007', name: 'bad-config', severity: 'error',
    kk: '«{path}» баптау файлы қолданылмады: {reason}',
    en: 'cannot use the configuration file «{path}»: {reason}',
  },
  {
    code: 'TRT9008', name: 'unknown-rule', severity: 'error',
    kk: '{where}: «{rule}» деген ереже жоқ{hint}',
    en: '{where}: there is no rule «{rule}»{hint}',
  },
  {
    code: 'TRT9009', name: 'fixed-severity', severity: 'error',
    kk: '{where}: «{rule}» деңгейі өзгертілмейді; тек бастапқы мәтін туралы хабарлардың (TRT1xxx, TRT2xxx) деңгейі бапталады',
    en: '{where}: the severity of «{rule}» cannot be changed; only diagnostics about the sources (TRT1xxx, TRT2xxx) are configurable',
  },
  {
    code: 'TRT9010', name: 'bad-definition', severity: 'error',
    kk: '«{path}» Тәртіп процесінің анықтамасы (tartip compile жазатын JSON) емес: {reason}',
    en: '«{path}» is not a Tártip process definition (the JSON that tartip compile writes): {reason}',
  },
  {
    code: 'TRT9011', name: 'cannot-serve', severity: 'error',
    kk: 'алдын ала қарау серверін {address} адресінде ашу мүмкін болмады: {reason}',
    en: 'cannot start the preview server on {address}: {reason}',
  },
];
