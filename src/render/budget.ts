// The time one chart may take to render, apart from the renderer so the CLI can name it without loading it.

/** The default time budget of one chart in each step (layout, PNG, PDF): a real act's largest chart takes about 1 s. */
export const CHART_BUDGET_MS = 60_000;
