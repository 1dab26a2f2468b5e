// Explore's pure logic: where the location points, which roles form a
// domain's ladder, and a role's pay in words.

/**
 * `#/explore`, `#/explore/domain/cloud`, `#/explore/role/ID`, `#/explore/cert/ID`,
 * `#/explore/compare/a,b,c`.
 * @param {string} hash
 * @returns {{page: 'home'|'domain'|'role'|'cert'|'compare', id?: string, ids?: string[]}}
 */
export function parseRoute(hash) {
  const [, , page, rest] = hash.replace(/^#\/?/, '#/').split('/');
  const id = rest ? decodeURIComponent(rest) : '';
  if (page === 'compare') return { page, ids: id ? id.split(',').filter(Boolean).slice(0, 3) : [] };
  if ((page === 'domain' || page === 'role' || page === 'cert') && id) return { page, id };
  return { page: 'home' };
}

/** @param {'domain'|'role'|'cert'|'compare'} page @param {string|string[]} id */
export function routeTo(page, id) {
  return `#/explore/${page}/${Array.isArray(id) ? id.map(encodeURIComponent).join(',') : encodeURIComponent(id)}`;
}

/** A domain's roles by level, entry first. */
export function ladder(catalog, domainId) {
  const roles = catalog.roles.filter((r) => r.domain === domainId);
  return ['entry', 'mid', 'senior'].map((level) => ({ level, roles: roles.filter((r) => r.level === level) }));
}

/** The roles that recommend a certification, in catalog order. */
export function rolesWanting(catalog, certId) {
  return catalog.roles.filter((r) => r.certifications.includes(certId));
}

/**
 * A role's pay in one country, as the core composed it (`RolePay`: a month,
 * minor units, on the user's basis), or undefined when there is no figure.
 * @param {{pay: import('./protocol').RolePay[]}} data
 * @param {string} roleId
 * @param {import('./protocol').SalaryCountry} country
 */
export function payOf(data, roleId, country) {
  return data.pay.find((p) => p.role === roleId && p.country === country);
}

/**
 * A role's pay in words. One figure is said as that one figure, never as a
 * range from it to itself; a range with no middle says Pathway takes its middle.
 * @param {Pick<import('./protocol').RolePay, 'low'|'middle'|'high'|'shape'|'middle_is'>} pay
 * @param {(minor: number) => string} money
 * @param {import('./i18n.js').Translate} t
 */
export function payText(pay, money, t) {
  const values = { low: money(pay.low), middle: money(pay.middle), high: money(pay.high) };
  if (pay.shape === 'single') return t(`explore.pay.single_${pay.middle_is}`, values);
  if (pay.shape === 'range') return t('explore.pay.range', values);
  return t(`explore.pay.band_${pay.middle_is}`, values);
}

/**
 * What the figure counts and what Pathway did to compare it with the user's
 * own pay, in words: the basis, then the adjustment or the period, if any.
 * @param {Pick<import('./protocol').RolePay, 'basis'|'adjustment'|'period'>} pay
 * @param {import('./i18n.js').Translate} t
 * @returns {string[]}
 */
export function payBasisText(pay, t) {
  return [
    t(`explore.pay.basis.${pay.basis}`),
    pay.adjustment ? t(`explore.pay.adjustment.${pay.adjustment}`) : null,
    pay.period === 'year' ? t('explore.pay.per_year') : null,
  ].filter((line) => line !== null);
}
