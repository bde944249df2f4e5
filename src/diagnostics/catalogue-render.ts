// Catalogue of rendering diagnostics (TRT3250–TRT3299, TRT9050–TRT9059): time budgets, chart size and the browser's lifetime.
import type { CatalogueEntry } from './catalogue.js';

export const RENDER_MESSAGES: CatalogueEntry[] = [
  {
    code: 'TRT3250', name: 'render-timeout', severity: 'error',
    kk: '«{diagram}» диаграммасы {seconds} секундта салынбады, тоқтатылды; қалған диаграммалар салынды (уақытты --chart-timeout арқылы ұзартуға болады)',
    en: 'rendering «{diagram}» took longer than {seconds} s and was stopped; the other diagrams were rendered (--chart-timeout allows longer)',
  },
  {
    code: 'TRT3251', name: 'chart-too-large', severity: 'error',
    kk: '«{diagram}» диаграммасында {boxes} пішін бар, ал бір диаграммада {max}-ден аспауы керек: ол салынбайды (`tartip diagram` оның .mmd мәтінін бәрібір жазады); рәсімді бірнеше рәсімге бөліңіз',
    en: '«{diagram}» has {boxes} shapes, more than the {max} one chart may have: it is not drawn (`tartip diagram` still writes its .mmd); split the procedure into several',
  },
  {
    code: 'TRT9050', name: 'bad-chart-timeout', severity: 'error',
    kk: '--chart-timeout оң сан болуы керек (секунд), ал «{value}» берілді',
    en: '--chart-timeout must be a positive number of seconds, got «{value}»',
  },
];
