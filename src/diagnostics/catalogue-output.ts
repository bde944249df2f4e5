// Catalogue of output diagnostics (TRT3xxx): schema validation and diagram generation.
import type { CatalogueEntry } from './catalogue.js';

export const OUTPUT_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT3001', name: 'schema-violation', severity: 'error',
    kk: 'ішкі қате: шығыс JSON схемаға сәйкес емес ({path}: {detail}); бұл Тәртіптің қатесі, хабарлаңыз',
    en: 'internal error: the output JSON does not match its schema ({path}: {detail}); this is a Tártip bug, please report it',
  },
  // Rendering diagrams to SVG, PNG and PDF (TRT31xx).
  {
    code: 'TRT3101', name: 'no-browser', severity: 'error',
    kk: 'диаграммаларды SVG/PNG/PDF түрінде салу үшін Chrome немесе Chromium табылмады (ізделді: {tried}); Chromium орнатыңыз (Debian/Ubuntu: apt-get install chromium) немесе PUPPETEER_EXECUTABLE_PATH айнымалысына браузердің жолын жазыңыз; JSON және .mmd файлдары жазылды',
    en: 'no Chrome or Chromium found to render diagrams as SVG/PNG/PDF (looked for {tried}); install Chromium (Debian/Ubuntu: apt-get install chromium) or set PUPPETEER_EXECUTABLE_PATH to a browser; the JSON and .mmd files were written',
  },
  {
    code: 'TRT3102', name: 'bad-browser-path', severity: 'error',
    kk: 'PUPPETEER_EXECUTABLE_PATH «{path}» файлын көрсетеді, бірақ ол іске қосылатын файл емес; JSON және .mmd файлдары жазылды',
    en: 'PUPPETEER_EXECUTABLE_PATH points to «{path}», which is not an executable file; the JSON and .mmd files were written',
  },
  {
    code: 'TRT3103', name: 'browser-failed', severity: 'error',
    kk: '«{path}» браузері іске қосылмады: {reason}; JSON және .mmd файлдары жазылды',
    en: 'the browser «{path}» failed to start: {reason}; the JSON and .mmd files were written',
  },
  {
    code: 'TRT3104', name: 'render-failed', severity: 'error',
    kk: '«{diagram}» диаграммасы салынбады: {reason}',
    en: 'could not render «{diagram}»: {reason}',
  },
  {
    code: 'TRT3105', name: 'render-interrupted', severity: 'error',
    kk: 'тоқтатылды: {total} диаграмманың {done} салынды; браузер жабылды, жартылай жазылған файл қалған жоқ',
    en: 'interrupted: {done} of {total} diagrams rendered; the browser was closed and no half-written file was left',
  },
];
