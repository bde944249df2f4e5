// Catalogue of output diagnostics (TRT3xxx): schema validation and diagram generation.
import type { CatalogueEntry } from './catalogue.js';

export const OUTPUT_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT3001', name: 'schema-violation', severity: 'error',
    kk: 'ішкі қате: шығыс JSON схемаға сәйкес емес ({path}: {detail}); бұл Тәртіптің қатесі, хабарлаңыз',
    en: 'internal error: the output JSON does not match its schema ({path}: {detail}); this is a Tártip bug, please report it',
  },
];
