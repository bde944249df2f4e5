// Catalogue of the BPMN export and the deadline calculator (TRT3401–TRT3449 output, TRT9040–TRT9049 command line).
import type { CatalogueEntry } from './catalogue.js';

export const BPMN_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT9040', name: 'bad-start-time', severity: 'error',
    kk: '--from мәні ISO 8601 күні немесе уақыты емес: «{value}» (мысалы 2025-03-07, 2025-03-07T17:45 немесе 2025-03-07T17:45+05:00)',
    en: '--from is not an ISO 8601 date or date-time: «{value}» (for example 2025-03-07, 2025-03-07T17:45 or 2025-03-07T17:45+05:00)',
  },
  {
    code: 'TRT9041', name: 'unknown-channel', severity: 'error',
    kk: '«{channel}» арнасы бұл актіде жоқ; арналар: {channels}',
    en: 'the act has no channel «{channel}»; its channels: {channels}',
  },
  {
    code: 'TRT9042', name: 'bad-working-hours', severity: 'error',
    kk: '{option} мәні дұрыс емес: «{value}» ({expected} күтілді)',
    en: 'invalid {option}: «{value}» (expected {expected})',
  },
  {
    code: 'TRT9043', name: 'unknown-zone', severity: 'error',
    kk: '«{zone}» уақыт белдеуі белгісіз (мысалы Asia/Almaty, Asia/Aqtobe)',
    en: 'unknown time zone «{zone}» (for example Asia/Almaty, Asia/Aqtobe)',
  },
];
