// Catalogue of syntax diagnostics (TRT1xxx): lexing, parsing and input hygiene.
import type { CatalogueEntry } from './catalogue.js';

export const SYNTAX_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT1001', name: 'unexpected-token', severity: 'error',
    kk: '{expected} күтілген еді, бірақ {found} кездесті',
    en: 'expected {expected}, but found {found}',
  },
  {
    code: 'TRT1002', name: 'unterminated-text', severity: 'error',
    kk: 'мәтін жабылмаған: «{open}» белгісінің жұбы «{close}» жоқ{hint}',
    en: 'unterminated text: «{open}» has no matching «{close}»{hint}',
  },
  {
    code: 'TRT1003', name: 'unexpected-character', severity: 'error',
    kk: 'күтпеген таңба {char}',
    en: 'unexpected character {char}',
  },
  {
    code: 'TRT1004', name: 'unexpected-end', severity: 'error',
    kk: 'файл кенет аяқталды: {expected} күтілген еді',
    en: 'unexpected end of file: expected {expected}',
  },
  {
    code: 'TRT1005', name: 'invalid-utf8', severity: 'error',
    kk: 'файл UTF-8 емес: {offset}-байтта жарамсыз тізбек',
    en: 'the file is not valid UTF-8: invalid byte sequence at byte offset {offset}',
  },
  {
    code: 'TRT1006', name: 'mixed-script', severity: 'warning',
    kk: '«{word}» сөзінде кирилл мен латын әріптері аралас ({letters}); «{fixed}» болуы керек пе?',
    en: 'the word «{word}» mixes Cyrillic and Latin look-alike letters ({letters}); did you mean «{fixed}»?',
  },
  {
    code: 'TRT1007', name: 'input-limit', severity: 'error',
    kk: '{what} шектен асып кетті: {actual} (ең көбі {limit})',
    en: '{what} exceeds the limit: {actual} (at most {limit})',
  },
  {
    code: 'TRT1008', name: 'unknown-keyword', severity: 'error',
    kk: '«{found}» — белгісіз сөз; «{suggestion}» болуы керек пе?',
    en: '«{found}» is not a keyword here; did you mean «{suggestion}»?',
  },
  {
    code: 'TRT1009', name: 'misplaced-element', severity: 'error',
    kk: '{what} бұл жерде тұра алмайды: ол {where} ішінде болуы керек',
    en: '{what} cannot stand here: it belongs inside {where}',
  },
  {
    code: 'TRT1010', name: 'missing-header', severity: 'error',
    kk: 'файл «регламент «…»» тақырыбынан басталуы керек',
    en: 'the file must begin with the title «регламент «…»»',
  },
  {
    code: 'TRT1011', name: 'unexpected-here', severity: 'error',
    kk: 'бұл жерде {found} күтілмеген: жаңа сөйлем, қадам немесе тармақ осында басталуы керек',
    en: '{found} was not expected here: a statement, a step or a paragraph should start here',
  },
  {
    code: 'TRT1012', name: 'unknown-clause', severity: 'error',
    kk: '«{found}:» — белгісіз сөйлем; кілт сөздер тізімі grammar/keywords.json ішінде',
    en: '«{found}:» is not a known clause keyword; the keywords are listed in grammar/keywords.json',
  },
  {
    code: 'TRT1013', name: 'decomposed-letters', severity: 'warning',
    kk: 'файлда құрама таңбамен жазылған әріптер бар (алғашқысы «{char}»); олар біріктірілген түрде оқылды — файлды NFC түрінде сақтаңыз',
    en: 'the file has letters written as a base letter plus a combining mark (the first is «{char}»); they were read in composed form — save the file in Unicode NFC',
  },
  {
    code: 'TRT1020', name: 'name-of-several-words', severity: 'error',
    kk: '«{name}» — бірнеше сөзден тұратын кілт сөз, ал атау бір сөз болады; «{fixed}» деп жазыңыз',
    en: '«{name}» is a keyword of several words, but a name is one word; write «{fixed}»',
  },
  {
    code: 'TRT1022', name: 'branch-without-target', severity: 'error',
    kk: '«егер …» тармағында «→» жоқ: ол қайда апаратынын жазыңыз («→ бас тарту», «→ аяқталу», «→ 3»)',
    en: 'this «егер …» branch has no «→»: say where it leads («→ бас тарту», «→ аяқталу», «→ 3»)',
  },
  {
    code: 'TRT1021', name: 'hyphenation-leftover', severity: 'warning',
    kk: '«{written}» — баспадағы тасымалдан қалған бөлінген сөз сияқты; «{joined}» болуы керек пе?',
    en: '«{written}» looks like a word split by the print\'s hyphenation; did you mean «{joined}»?',
  },
  {
    code: 'TRT1023', name: 'text-closed-early', severity: 'error',
    kk: '«»» белгісінің жұбы жоқ: алдындағы мәтін {line}:{column} орнында ішкі «»»-мен ерте жабылған сияқты; актінің мәтіні дәйексөзден басталса, мәтінді ««…» деп ашыңыз, немесе артық «»»-ні алып тастаңыз',
    en: 'a «»» without its «: the text before it seems to have closed early at its inner «»» ({line}:{column}); if the act\'s text begins with a quotation, open the text with ««…», or remove the extra «»»',
  },
  {
    code: 'TRT1024', name: 'unknown-number-word', severity: 'error',
    kk: '«{found}» — сан сөзі емес; «{suggestion}» болуы керек пе?',
    en: '«{found}» is not a number word; did you mean «{suggestion}»?',
  },
];
