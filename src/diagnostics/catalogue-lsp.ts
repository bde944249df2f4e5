// Catalogue of the language server's own messages (TRT6020–TRT6049): answers to editor requests, in the client's language.
import type { CatalogueEntry } from './catalogue.js';

export const LSP_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT6020', name: 'rename-not-a-name', severity: 'error',
    kk: 'мұнда қайта атауға болатын атау жоқ: тек қатысушының, жүйенің, құжаттың немесе рәсімнің атауы қайта аталады',
    en: 'nothing to rename here: only the name of a participant, system, document or procedure can be renamed',
  },
  {
    code: 'TRT6021', name: 'rename-to-keyword', severity: 'error',
    kk: '«{name}» — кілт сөз ({keyword}); атау ретінде оны `{name}` деп жазыңыз немесе басқа атау таңдаңыз',
    en: '«{name}» is a keyword ({keyword}); write it as `{name}` to use it as a name, or choose another',
  },
  {
    code: 'TRT6022', name: 'rename-invalid-name', severity: 'error',
    kk: '«{name}» атау бола алмайды: әріптер, цифрлар, «_» және сызықшамен қосылған бөліктер ғана',
    en: '«{name}» cannot be a name: letters, digits and «_» only, parts joined by «-»',
  },
  {
    code: 'TRT6023', name: 'rename-name-taken', severity: 'error',
    kk: '«{name}» атауы бұл актіде бұрыннан бар ({line}-жол); басқа атау таңдаңыз',
    en: '«{name}» is already declared in this act (line {line}); choose another name',
  },
];
