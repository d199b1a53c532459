#!/usr/bin/env node
// Lists, for each translation, the keys of en.json it lacks (plural keys compared by their base and the language's
// own Intl.PluralRules categories), and the keys it has that en.json does not.
// Usage: node scripts/i18n-missing.mjs [path/to/en.json] [lang ...]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'i18n');
const args = process.argv.slice(2);
const enPath = args[0] && !/^[a-z]{2,3}(-[A-Za-z]+)?$/.test(args[0]) ? args.shift() : join(dir, 'en.json');
const langsArg = args;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value, prefix = '') {
  return Object.entries(value).flatMap(([k, v]) => (prefix === '' && k === '_meta' ? []
    : typeof v === 'object' && v !== null ? flatten(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const en = flatten(JSON.parse(readFileSync(enPath, 'utf8')));
const enPlain = en.filter((k) => !PLURAL.test(k));
const enPlurals = [...new Set(en.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];

const langs = langsArg.length ? langsArg
  : readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json').map((f) => f.replace(/\.json$/, '')).sort();
let total = 0;
for (const lng of langs) {
  const have = new Set(flatten(JSON.parse(readFileSync(join(dir, `${lng}.json`), 'utf8'))));
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const expected = [...enPlain, ...enPlurals.flatMap((b) => categories.map((c) => `${b}_${c}`))];
  const missing = expected.filter((k) => !have.has(k));
  const extra = [...have].filter((k) => !expected.includes(k));
  total += missing.length + extra.length;
  console.log(`${lng}: ${missing.length} missing, ${extra.length} extra`);
  for (const k of missing) console.log(`  - ${k}`);
  for (const k of extra) console.log(`  + ${k}`);
}
process.exitCode = total ? 1 : 0;
