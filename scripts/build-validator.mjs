// Compiles schema/tartip.schema.json (and the cache's schema) ahead of time into standalone ajv validator modules,
// so the CLI never compiles the schema at start-up. Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** Descriptions document the schema for people; the validator does not need them, so they stay out of the bundle. */
function withoutDocs(node) {
  if (Array.isArray(node)) return node.map(withoutDocs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === 'description' || key === 'title') && typeof value === 'string'))
      .map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutDocs(v)])) : withoutDocs(value)]),
  );
}

/** One schema into one standalone module under src/generated/. */
function generate(schemaFile, moduleFile) {
  const schema = JSON.parse(readFileSync(new URL(`../schema/${schemaFile}`, import.meta.url), 'utf8'));
  const ajv = new Ajv2020.default({ code: { source: true, esm: true }, allErrors: false, strict: true, inlineRefs: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const validate = ajv.compile(withoutDocs(schema));
  const code = standaloneCode.default(ajv, validate);
  const header = `// @ts-nocheck\n// Generated from schema/${schemaFile} by scripts/build-validator.mjs; regenerate with \`npm run build\`. Do not edit.\n`;
  writeFileSync(new URL(`../src/generated/${moduleFile}`, import.meta.url), header + code);
}

generate('tartip.schema.json', 'validate-process-definition.js');
// The `check --cache` file is read back on every cached run: each entry is checked before it is believed.
generate('tartip-cache.schema.json', 'validate-cache-entry.js');
console.log('schema validators written');
