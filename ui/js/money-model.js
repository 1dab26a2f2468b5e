// The Costs & ROI view's pure logic: the editable fields (paths into the
// core's `simulate` input; the core reads what is typed into each), finding
// the field a core refusal names, and the plain-language summary.

/**
 * @typedef {{path: string, labelKey: string, unit: 'money'|'money_month'|'months'|'pct'|'rate'|'month', source?: string}} MoneyField
 */

/** The fields, by group, in the order shown. `source` names where the prefill came from. */
export const GROUPS = [
  { key: 'pay', fields: [
    { path: 'roi.current_monthly_salary', labelKey: 'money.field.current', unit: 'money_month', source: 'profile' },
    { path: 'target_monthly_salary.min', labelKey: 'money.field.target_min', unit: 'money_month', source: 'salary' },
    { path: 'target_monthly_salary.mode', labelKey: 'money.field.target_mode', unit: 'money_month', source: 'salary' },
    { path: 'target_monthly_salary.max', labelKey: 'money.field.target_max', unit: 'money_month', source: 'salary' },
  ] },
  { key: 'time', fields: [
    { path: 'roi.study_months', labelKey: 'money.field.study_months', unit: 'months', source: 'plan' },
    { path: 'roi.job_search_months', labelKey: 'money.field.search', unit: 'months', source: 'plan' },
    { path: 'job_search_months.min', labelKey: 'money.field.search_min', unit: 'months' },
    { path: 'job_search_months.max', labelKey: 'money.field.search_max', unit: 'months' },
    { path: 'roi.income_during_search', labelKey: 'money.field.search_income', unit: 'money_month' },
  ] },
  { key: 'costs', fields: [
    { path: 'cost.usd_to_currency', labelKey: 'money.field.rate', unit: 'rate', source: 'rate' },
    { path: 'roi.monthly_study_costs', labelKey: 'money.field.study_costs', unit: 'money_month' },
    { path: 'cost.sponsorship.pct', labelKey: 'money.field.sponsored', unit: 'pct', source: 'profile' },
    { path: 'cost.sponsorship.bond_months', labelKey: 'money.field.bond', unit: 'months' },
  ] },
  { key: 'safety', fields: [
    { path: 'roi.savings', labelKey: 'money.field.savings', unit: 'money', source: 'profile' },
    { path: 'roi.monthly_expenses', labelKey: 'money.field.expenses', unit: 'money_month', source: 'profile' },
    { path: 'roi.emergency_fund_months', labelKey: 'money.field.fund_months', unit: 'months' },
  ] },
  { key: 'model', fields: [
    { path: 'roi.horizon_months', labelKey: 'money.field.horizon', unit: 'months' },
    { path: 'roi.discount_rate_annual_pct', labelKey: 'money.field.discount', unit: 'pct' },
    { path: 'study_spread_pct', labelKey: 'money.field.spread', unit: 'pct' },
  ] },
];

/** @param {object} object @param {string} path e.g. `cost.certifications.0.exam_month` */
export function getPath(object, path) {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), object);
}

/**
 * Where a core refusal's field (`roi.study_months`, `cost.certifications[0].exam_month`)
 * is on the form, or null without one. The ROI's target follows the most
 * likely salary, so its errors land there.
 * @param {string|null|undefined} field
 */
export function placeOf(field) {
  if (!field) return null;
  const path = field.replace(/\[(\d+)\]/g, '.$1');
  if (path === 'roi.target_monthly_salary') return 'target_monthly_salary.mode';
  if (path === 'cost.horizon_months') return 'roi.horizon_months';
  return path;
}

/**
 * The plain-language summary: the core chooses the sentences and their
 * figures (the plan document uses the same); this puts figures into words.
 * @param {{summary: {key: string, values: Record<string, {kind: 'money'|'count'|'text', value: any}>}[]}} story
 * @param {(minor: number) => string} money formats minor units in the story's currency
 * @param {(n: number) => string} number formats a count of months
 * @returns {{key: string, values: Record<string, string>}[]}
 */
export function summary(story, money, number) {
  return story.summary.map(({ key, values }) => ({
    key,
    values: Object.fromEntries(Object.entries(values).map(([name, figure]) =>
      [name, figure.kind === 'money' ? money(figure.value) : figure.kind === 'text' ? figure.value : number(figure.value)])),
  }));
}
