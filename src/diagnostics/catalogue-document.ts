// Catalogue of the act's document (TRT3301–TRT3349): writing the DOCX, HTML and PDF of a regulation.
import type { CatalogueEntry } from './catalogue.js';

export const DOCUMENT_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT3301', name: 'document-no-browser', severity: 'error',
    kk: 'Chrome немесе Chromium табылмады (ізделді: {tried}): қосымшалардың сызбалары салынбады және PDF жазылмады; DOCX пен HTML сызбаларсыз жазылды. Chromium орнатыңыз немесе PUPPETEER_EXECUTABLE_PATH айнымалысына браузердің жолын жазыңыз',
    en: 'no Chrome or Chromium found (looked for {tried}): the appendices\' charts were not drawn and no PDF was written; the DOCX and HTML were written without charts. Install Chromium or set PUPPETEER_EXECUTABLE_PATH to a browser',
  },
  {
    code: 'TRT3303', name: 'document-needs-source', severity: 'error',
    kk: '«{path}» — құжат актінің мәтінінен (.tartip) жасалады, JSON анықтамасынан емес: оның мәтіні JSON-да жоқ',
    en: '«{path}»: a document is made from the act\'s source (.tartip), not from a JSON definition, which does not carry its wording',
  },
  {
    code: 'TRT3305', name: 'document-browser-failed', severity: 'error',
    kk: '«{path}» браузері іске қосылмады: {reason}; DOCX пен HTML сызбаларсыз жазылды, PDF жазылмады',
    en: 'the browser «{path}» failed to start: {reason}; the DOCX and HTML were written without charts, and no PDF',
  },
];
