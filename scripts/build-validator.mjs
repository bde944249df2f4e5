// Compiles schema/tartip.schema.json ahead of time into a standalone ajv validator module,
// so the CLI never compiles the schema at start-up. Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const schema = JSON.parse(readFileSync(new URL('../schema/tartip.schema.json', import.meta.url), 'utf8'));

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

const ajv = new Ajv2020.default({ code: { source: true, esm: true }, allErrors: false, strict: true, inlineRefs: false });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validate = ajv.compile(withoutDocs(schema));
const code = standaloneCode.default(ajv, validate);
const header = '// @ts-nocheck\n// Generated from schema/tartip.schema.json by scripts/build-validator.mjs; regenerate with `npm run build`. Do not edit.\n';
writeFileSync(new URL('../src/generated/validate-process-definition.js', import.meta.url), header + code);
console.log('schema validator written');
