// Types of what the tests import from bench-hostile.mjs (the generator of huge acts).
/** The seed act with its office procedure restated as `steps` steps. */
export function actWithSteps(steps: number): string;
