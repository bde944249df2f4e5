// What formatting must keep: the compiled JSON and every finding but its position; every source the repo holds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../src/compile.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every .tartip file under a directory of the repository, relative to the root. */
export function sourcesUnder(dir: string): string[] {
  const walk = (rel: string): string[] =>
    readdirSync(path.join(ROOT, rel), { withFileTypes: true }).flatMap((e) => {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) return walk(child);
      return e.name.endsWith('.tartip') ? [child] : [];
    });
  return walk(dir).sort();
}

export function read(rel: string): string {
  return readFileSync(path.join(ROOT, rel), 'utf8');
}

/**
 * What a source means: its JSON (which records no source positions), and its findings without their
 * positions (a code frame or «line N» in a message is where, not what).
 */
export function meaning(source: string, file = 'act.tartip'): { json: string; findings: string[] } {
  const result = compile(source, file, file);
  const findings = result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.message.en.replace(/\b\d+:\d+\b|line \d+/g, '…')}`).sort();
  return { json: JSON.stringify(result.json ?? null), findings };
}
