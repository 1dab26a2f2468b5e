// The assessment view's pure logic: where the location points, the form's
// answers as the core's Assessment, reasons and growth in words.

/** The seven BPO strengths, in the order the core (and the form) uses. */
/** @type {import('./protocol.js').BpoSkill[]} */
export const BPO_SKILLS = [
  'communication', 'problem_solving', 'customer_service', 'process_documentation',
  'team_collaboration', 'adaptability', 'time_management',
];

/**
 * `#/assess`, `#/assess/take`, `#/assess/gap/ROLE`.
 * @param {string} hash
 * @returns {{page: 'results'|'take'|'gap', role?: string}}
 */
export function parseRoute(hash) {
  const [, , page, rest] = hash.replace(/^#\/?/, '#/').split('/');
  if (page === 'take') return { page };
  if (page === 'gap' && rest) return { page, role: decodeURIComponent(rest) };
  return { page: 'results' };
}

/** @param {'take'|'gap'|'results'} page @param {string} [role] */
export function routeTo(page, role) {
  if (page === 'gap') return `#/assess/gap/${encodeURIComponent(role ?? '')}`;
  return page === 'take' ? '#/assess/take' : '#/assess';
}

/**
 * The form's answers as the core's Assessment, and what is missing.
 * @param {{ratings: Record<string, string|null>, interests: Record<string, string|null>, known: Record<string, string|null>}} answers
 *   values as the controls give them ("" or null when not answered)
 * @returns {{assessment: {ratings: Record<string, number>, interests: Record<string, number>, known_skills: Record<string, number>}, missing: string[]}}
 */
export function toAssessment(answers) {
  const numbers = (map, keep) => Object.fromEntries(Object.entries(map ?? {})
    .filter(([, v]) => v != null && v !== '' && keep(Number(v)))
    .map(([k, v]) => [k, Number(v)]));
  const ratings = numbers(answers.ratings, (n) => n >= 1 && n <= 5);
  return {
    assessment: {
      ratings,
      interests: numbers(answers.interests, (n) => n >= 1 && n <= 5),
      known_skills: numbers(answers.known, (n) => n >= 1 && n <= 3),
    },
    missing: BPO_SKILLS.filter((s) => !(s in ratings)),
  };
}

/**
 * A reason in plain words: the catalog key and its values.
 * @param {{factor: string, points: number, heavy: boolean}} reason
 * @param {string} domainName
 * @param {(key: string) => string} t for the skill's name
 * @returns {{key: string, values: Record<string, string|number>}}
 */
export function reasonText(reason, domainName, t) {
  const points = Math.round(reason.points);
  if (reason.factor === 'interest') return { key: 'assess.reason.interest', values: { domain: domainName, points } };
  const key = reason.heavy ? 'assess.reason.heavy' : 'assess.reason.some';
  return { key, values: { skill: t(`bpo.${reason.factor}`).toLowerCase(), domain: domainName, points } };
}

/**
 * A change as a signed difference ("+2", "−1", "±0").
 * @param {{before: number, after: number}} change
 */
export function delta(change) {
  const d = change.after - change.before;
  if (d > 0) return `+${d}`;
  if (d < 0) return `−${-d}`;
  return '±0';
}

/**
 * A range of hours or months as "low–high", or one number when they match.
 * @param {{low: number, high: number}} range
 * @param {(n: number) => string} format
 */
export function rangeText(range, format) {
  return range.low === range.high ? format(range.low) : `${format(range.low)}–${format(range.high)}`;
}

/**
 * A plan's hours (the core's `PlanHours`, the one model of hours) in words:
 * the total, what it is made of, and the approximate months at the pace.
 * @param {{total_hundredths: number, skills_hundredths: number, labs_hundredths: number,
 *   exam_review_hundredths: number, other_hundredths: number, certifications: string[], months_tenths: number|null}} plan
 * @param {(hundredths: number) => string} hours hours × 100 as text
 * @param {(n: number) => string} number
 * @param {number|null|undefined} pace hours a week
 * @returns {{total: {key: string, values: object}, parts: {key: string, values: object}, months: {key: string, values: object}}}
 */
export function planHoursText(plan, hours, number, pace) {
  const values = {
    skills: hours(plan.skills_hundredths),
    labs: hours(plan.labs_hundredths),
    review: hours(plan.exam_review_hundredths),
    other: hours(plan.other_hundredths),
  };
  return {
    total: { key: 'assess.hours', values: { hours: hours(plan.total_hundredths) } },
    parts: { key: plan.certifications.length ? 'assess.plan_parts' : 'assess.plan_parts_no_certs', values },
    months: plan.months_tenths == null
      ? { key: 'assess.months_no_pace', values: {} }
      : { key: 'assess.months', values: { months: number(plan.months_tenths / 10), hours: pace } },
  };
}

/**
 * The known-skills list narrowed to what `query` names (in a skill's name or
 * description, any case), keeping the core's grouping by domain and
 * dropping groups left empty.
 * @param {{domain: string|null, skills: string[]}[]} groups
 * @param {{id: string, name: string, description?: string}[]} skills
 * @param {string} query
 */
export function filterSkillGroups(groups, skills, query) {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const byId = new Map(skills.map((s) => [s.id, s]));
  const matches = (id) => {
    const skill = byId.get(id);
    const text = `${skill?.name ?? id} ${skill?.description ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
  return groups.map((g) => ({ ...g, skills: g.skills.filter(matches) })).filter((g) => g.skills.length > 0);
}
