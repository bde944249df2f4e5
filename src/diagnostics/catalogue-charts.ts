// Catalogue of chart-content diagnostics (TRT2601–TRT2649): what the appendix charts print.
import type { CatalogueEntry } from './catalogue.js';

export const CHART_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT2601', name: 'unknown-chart-option', severity: 'error',
    kk: '«{option}» үшін «{value}» белгісіз: {allowed} деп жазылады{hint}',
    en: '«{value}» is not a value of «{option}»: write {allowed}{hint}',
  },
  {
    code: 'TRT2602', name: 'box-too-long', severity: 'warning',
    kk: '{step} қадамының қорабы сызбада шамамен {lines} жол алады, ал қорап {max} жолдан аспайды: сызба мәтінді қысқартады; қосымшаның өз сөзін «сызбада: «…»» деп жазыңыз',
    en: 'the box of step {step} would take about {lines} lines, and a box prints at most {max}: the chart cuts the text short; give the appendix\'s own words with «сызбада: «…»»',
  },
  {
    code: 'TRT2603', name: 'question-without-decision', severity: 'warning',
    kk: '{step} қадамында «сұрақ» бар, бірақ сызбада оның шарты (ромбы) жоқ: қадамның «егер» тармағы да, «иә»/«жоқ» шығысы да жоқ',
    en: 'step {step} has a «сұрақ», but the chart draws no decision for it: the step has no «егер» branch and no «иә»/«жоқ» exit',
  },
  {
    code: 'TRT2604', name: 'same-exit-label', severity: 'warning',
    kk: '{step} қадамының екі тармағы да «{label}» деп белгіленген: ромбының бір шығысы «Иә», екіншісі «Жоқ»',
    en: 'two branches of step {step} are both labelled «{label}»: a diamond has one «Иә» exit and one «Жоқ» exit',
  },
];
