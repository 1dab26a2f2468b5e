import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unionOf } from './support/protocol.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import { BPO_SKILLS, delta, filterSkillGroups, parseRoute, planHoursText, rangeText, reasonText, routeTo, toAssessment } from '../js/assess-model.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const en = JSON.parse(readFileSync(path.join(root, 'ui', 'i18n', 'en.json'), 'utf8'));
const skills = JSON.parse(readFileSync(path.join(root, 'core', 'catalog', 'skills.json'), 'utf8'));

test('the seven BPO skills are the core\'s, in its order', () => {
  assert.deepEqual(BPO_SKILLS, unionOf('BpoSkill'));
});

test('every level of every skill has its own concrete BPO example', () => {
  const examples = new Set();
  for (const skill of BPO_SKILLS) {
    assert.ok(en[`bpo.${skill}`], skill);
    for (const level of [1, 2, 3, 4, 5]) {
      const example = en[`bpo.${skill}.${level}`];
      assert.ok(example && example.startsWith('I '), `bpo.${skill}.${level} should be a first-person example: ${example}`);
      examples.add(example);
    }
  }
  assert.equal(examples.size, 35, 'no example is reused');
});

test('the words the view builds from ids exist', () => {
  for (const level of [1, 2, 3, 4, 5]) assert.ok(en[`assess.interest.${level}`]);
  for (const level of [0, 1, 2, 3]) assert.ok(en[`skill_level.${level}`]);
  for (const key of ['assess.known_other', 'assess.known_title', 'assess.known_count', 'assess.known_no_match']) assert.ok(en[key], key);
  for (const key of ['assess.reason.heavy', 'assess.reason.some', 'assess.reason.interest']) assert.ok(en[key], key);
});

test('routes round-trip', () => {
  assert.deepEqual(parseRoute('#/assess'), { page: 'results' });
  assert.deepEqual(parseRoute('#/assess/take'), { page: 'take' });
  assert.deepEqual(parseRoute(routeTo('gap', 'soc-analyst')), { page: 'gap', role: 'soc-analyst' });
  assert.deepEqual(parseRoute('#/assess/gap/'), { page: 'results' });
  assert.equal(routeTo('results'), '#/assess');
});

test('the form\'s answers become the core\'s assessment, and missing ratings are named', () => {
  const { assessment, missing } = toAssessment({
    ratings: { communication: '5', problem_solving: '4', customer_service: null, process_documentation: '', team_collaboration: '3', adaptability: '2', time_management: '9' },
    interests: { cloud: '4', data: null },
    known: { 'linux-basics': '0', troubleshooting: '2' },
  });
  assert.deepEqual(assessment.ratings, { communication: 5, problem_solving: 4, team_collaboration: 3, adaptability: 2 });
  assert.deepEqual(assessment.interests, { cloud: 4 });
  assert.deepEqual(assessment.known_skills, { troubleshooting: 2 }, '"not known" is left out');
  assert.deepEqual(missing, ['customer_service', 'process_documentation', 'time_management']);
});

test('reasons are plain words, heavy as the core marks them', () => {
  const t = (key) => en[key];
  assert.deepEqual(reasonText({ factor: 'customer_service', points: 12.4, heavy: true }, 'IT support', t),
    { key: 'assess.reason.heavy', values: { skill: 'customer service', domain: 'IT support', points: 12 } });
  assert.equal(reasonText({ factor: 'adaptability', points: 4, heavy: false }, 'Cloud', t).key, 'assess.reason.some');
  assert.deepEqual(reasonText({ factor: 'interest', points: 30 }, 'Cloud', t),
    { key: 'assess.reason.interest', values: { domain: 'Cloud', points: 30 } });
});

test('changes and ranges read naturally', () => {
  assert.equal(delta({ before: 2, after: 4 }), '+2');
  assert.equal(delta({ before: 4, after: 3 }), '−1');
  assert.equal(delta({ before: 3, after: 3 }), '±0');
  assert.equal(rangeText({ low: 2, high: 2 }, String), '2');
  assert.equal(rangeText({ low: 2.5, high: 4 }, String), '2.5–4');
});

test('a plan\'s hours read as the plan counts them, parts adding up to the total (issue 18)', () => {
  const plan = { total_hundredths: 29900, skills_hundredths: 13500, labs_hundredths: 3400, exam_review_hundredths: 5500,
    other_hundredths: 7500, certifications: [{ id: 'comptia-security-plus', hours_hundredths: 1500 }], months_tenths: 69 };
  const hours = (n) => String(n / 100);
  const words = planHoursText(plan, hours, String, 10);
  assert.deepEqual(words.total, { key: 'assess.hours', values: { hours: '299' } });
  assert.deepEqual(words.parts, { key: 'assess.plan_parts', values: { skills: '135', labs: '34', review: '55', other: '75' } });
  assert.deepEqual(words.months, { key: 'assess.months', values: { months: '6.9', hours: 10 } });
  for (const key of [words.total.key, words.parts.key, words.months.key, 'assess.plan_parts_no_certs', 'assess.plan_total',
    'assess.plan_study_note', 'assess.cert_step', 'explore.plan_step_hours', 'explore.plan_step_why']) {
    assert.ok(en[key], `${key} has words`);
  }
  assert.match(en['assess.plan_parts'], /\{skills\}.*\{labs\}.*\{review\}.*\{other\}/);
  const none = planHoursText({ ...plan, certifications: [], exam_review_hundredths: 0, months_tenths: null }, hours, String, null);
  assert.equal(none.parts.key, 'assess.plan_parts_no_certs');
  assert.equal(none.months.key, 'assess.months_no_pace');
});

test('the known-skills list narrows to what she types, keeping the groups by domain', () => {
  const groups = [{ domain: 'data', skills: ['sql', 'excel'] }, { domain: 'networking', skills: ['networking-fundamentals'] }, { domain: null, skills: ['git'] }];
  const list = [{ id: 'sql', name: 'SQL', description: 'Query relational databases' }, { id: 'excel', name: 'Spreadsheets' },
    { id: 'networking-fundamentals', name: 'Networking fundamentals', description: 'TCP/IP, DNS, DHCP' }, { id: 'git', name: 'Git' }];
  assert.deepEqual(filterSkillGroups(groups, list, ''), groups, 'nothing typed: everything');
  assert.deepEqual(filterSkillGroups(groups, list, 'dns'), [{ domain: 'networking', skills: ['networking-fundamentals'] }], 'the description counts');
  assert.deepEqual(filterSkillGroups(groups, list, '  query  DATABASES '), [{ domain: 'data', skills: ['sql'] }], 'every word, any case');
  assert.deepEqual(filterSkillGroups(groups, list, 'cobol'), []);
});

test('the catalog\'s skills all fit the grouping the core makes', () => {
  const ids = new Set(skills.map((s) => s.id));
  assert.equal(ids.size, skills.length);
});
