// Bilingual names of grammar elements and containers, for «… cannot stand here» diagnostics.
import type { Bilingual } from '../diagnostics/types.js';
import { canonicalForm, keywordEntry } from '../syntax/keywords.js';

/** The keyword token that opens each element rule. */
const OPENING_KEYWORD: Record<string, string> = {
  header: 'Regulation', approval: 'Approved', standard: 'Standard', section: 'Section', providerStmt: 'Provider',
  organisationDecl: 'Organisation', systemDecl: 'System', participantDecl: 'Participant', participantsStmt: 'Participants',
  abbreviationDecl: 'Abbreviation', documentDecl: 'Document', refusalDecl: 'Refusal', serviceResultStmt: 'ServiceResult',
  deliveryStmt: 'Delivery', basisStmt: 'Basis', procedure: 'Procedure', termStmt: 'Term', stepResultStmt: 'StepResult',
  textStmt: 'TextKw', repeatStmt: 'Repeat', durationClause: 'Duration', resultClause: 'StepResult', shortClause: 'Short', chartDurationClause: 'ChartDuration', questionClause: 'Question',
  recipientClause: 'Recipient', branch: 'If', consentClause: 'Consent', noteClause: 'Note', defectClause: 'Defect',
  guardClause: 'Only', outcomeClause: 'Yes', flowClause: 'Flow', documentClause: 'Document', decisionClause: 'Decision',
  glossary: 'Glossary', appendix: 'Appendix', chart: 'Chart', legend: 'Legend', channelStmt: 'Intake', formStmt: 'Form',
};

const SPECIAL: Record<string, Bilingual> = {
  paragraph: { kk: 'нөмірлі тармақ («N.»)', en: 'a numbered paragraph («N.»)' },
  step: { kk: 'қадам («N)»)', en: 'a step («N)»)' },
  gotoClause: { kk: '«→» өтуі', en: 'the «→» transition' },
  annotation: { kk: '«[…]» сілтемесі', en: 'the «[…]» reference' },
  file: { kk: 'файл басы', en: 'the file header' },
};

export function describeElement(rule: string): Bilingual {
  const special = SPECIAL[rule];
  if (special) return special;
  const token = OPENING_KEYWORD[rule];
  const form = token ? canonicalForm(token) : undefined;
  if (!form) return { kk: rule, en: rule };
  const gloss = keywordEntry(token!)?.en.split(/[:;(]/)[0]?.trim() ?? rule;
  return { kk: `«${form}» сөйлемі`, en: `the «${form}» (${gloss}) clause` };
}

export const CONTAINERS: Record<'section' | 'paragraph' | 'procedure' | 'step' | 'appendix' | 'header', Bilingual> = {
  section: { kk: '«бөлім»', en: 'a «бөлім» (section)' },
  paragraph: { kk: 'нөмірлі тармақ («N.»)', en: 'a numbered paragraph («N.»)' },
  procedure: { kk: '«рәсім»', en: 'a «рәсім» (procedure)' },
  step: { kk: 'қадам («N)»)', en: 'a step («N)»)' },
  appendix: { kk: '«қосымша»', en: 'a «қосымша» (appendix)' },
  header: { kk: 'файл басы (бірінші бөлімге дейін)', en: 'the file header (before the first section)' },
};
