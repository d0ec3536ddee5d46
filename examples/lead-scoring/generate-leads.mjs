#!/usr/bin/env node
/**
 * Writes a synthetic lead history for the lead-scoring example: past leads with their fields and
 * whether they were won. Deterministic (seeded), so the committed CSV can be regenerated exactly.
 *
 * A signal is planted on purpose so that a model has something to learn: senior buyers in sales
 * or revenue roles, software/security/fintech companies of 50-1000 staff, demo requests and
 * referrals, and leads who open more emails win more often. Everything else is noise.
 *
 * Usage: node examples/lead-scoring/generate-leads.mjs [--rows 2000] [--seed 7] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string', default: join(dirname(fileURLToPath(import.meta.url)), 'lead-history.csv') },
  },
});

/** Mulberry32, the same seeded generator the app uses. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(Number(args.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const weighted = (pairs) => {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
};

// [seniority, title pattern, effect on the log-odds of a win]
const SENIORITY = [
  ['c_suite', 'Chief {F} Officer', 0.6],
  ['vp', 'VP of {F}', 1.1],
  ['director', 'Director of {F}', 0.8],
  ['manager', '{F} Manager', 0.1],
  ['senior', 'Senior {F} Specialist', -0.4],
  ['entry', '{F} Associate', -1.1],
];
const FUNCTIONS = [
  ['Sales', 0.5],
  ['Revenue', 0.6],
  ['Marketing', 0.1],
  ['Operations', 0],
  ['Engineering', -0.6],
  ['Finance', -0.3],
  ['Human Resources', -0.8],
];
const INDUSTRIES = [
  ['computer software', 0.9],
  ['computer & network security', 0.7],
  ['financial services', 0.4],
  ['hospital & health care', 0],
  ['logistics', -0.2],
  ['retail', -0.6],
  ['food & beverages', -0.8],
  ['marketing & advertising', 0.2],
  ['education', -0.5],
  ['construction', -0.9],
];
const COUNTRIES = [
  ['United States', 0.1, 5],
  ['United Kingdom', 0.1, 2],
  ['Germany', 0, 2],
  ['Canada', 0.1, 1],
  ['France', -0.1, 1],
  ['Netherlands', 0, 1],
  ['India', -0.3, 1],
  ['Brazil', -0.3, 1],
];
const SOURCES = [
  ['demo request', 1.3, 2],
  ['referral', 1.0, 2],
  ['webinar', 0.3, 2],
  ['content download', 0, 3],
  ['paid ads', -0.3, 3],
  ['cold outbound', -0.8, 4],
];

const rows = [];
for (let i = 0; i < Number(args.rows); i++) {
  const [seniority, pattern, seniorityEffect] = pick(SENIORITY);
  const [fn, fnEffect] = pick(FUNCTIONS);
  const [industry, industryEffect] = pick(INDUSTRIES);
  const [country, countryEffect] = weighted(COUNTRIES.map((c) => [c, c[2]]));
  const [source, sourceEffect] = weighted(SOURCES.map((s) => [s, s[2]]));
  const employees = Math.round(Math.exp(1.5 + random() * 8.5)); // about 5 to 22,000, log-uniform
  const sizeEffect = employees >= 50 && employees <= 1000 ? 0.7 : employees < 20 ? -0.9 : 0;
  const emailsOpened = Math.floor(random() * random() * 13);
  const logit =
    -2.6 +
    seniorityEffect +
    fnEffect +
    industryEffect +
    countryEffect +
    sourceEffect +
    sizeEffect +
    0.18 * emailsOpened;
  const won = random() < 1 / (1 + Math.exp(-logit));
  rows.push({
    lead_id: `L${String(i + 1).padStart(5, '0')}`,
    title: pattern.replace('{F}', fn),
    seniority,
    industry,
    employees,
    country,
    source,
    emails_opened: emailsOpened,
    outcome: won ? 'won' : 'lost',
  });
}

const quote = (value) =>
  /[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value);
const header = Object.keys(rows[0]);
const csv =
  [header.join(','), ...rows.map((row) => header.map((key) => quote(row[key])).join(','))].join('\n') + '\n';
writeFileSync(args.out, csv);
const wonCount = rows.filter((r) => r.outcome === 'won').length;
console.log(
  `wrote ${rows.length} leads (${wonCount} won, ${((100 * wonCount) / rows.length).toFixed(1)}%) to ${args.out}`,
);
