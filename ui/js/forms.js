// Draws profile fields as accessible form controls, reads them back into a
// draft, and shows the core's verdict beside each field. Every control has
// a <label>; hints and errors are tied to it with aria-describedby.

import { h } from './dom.js';
import { errorText, firstErrorByField } from './profile-fields.js';

/**
 * @typedef {import('./profile-fields.js').Field} Field
 * @typedef {import('./profile-fields.js').Group} Group
 * @typedef {{t: import('./i18n.js').Translate, currencySymbol: () => string}} FormContext
 */

/**
 * A fieldset for one group, filled from `draft`.
 * @param {Group} group @param {Record<string, any>} draft @param {FormContext} ctx
 * @param {{headingLevel?: 'h2'|'h3', extra?: Node[]}} [options]
 */
export function renderGroup(group, draft, ctx, { headingLevel = 'h2', extra = [] } = {}) {
  const { t } = ctx;
  return h('fieldset', { class: 'form-group', id: `group-${group.id}`, 'data-group': group.id },
    h('legend', {}, h(headingLevel, { class: 'group-title' }, t(`group.${group.id}`))),
    h('p', { class: 'muted group-intro' }, t(`group.${group.id}.intro`)),
    ...group.fields.map((field) => renderField(field, draft[field.name], ctx)),
    ...extra);
}

/** @param {Field} field @param {any} value @param {FormContext} ctx */
function renderField(field, value, ctx) {
  switch (field.kind) {
    case 'radio': return choiceGroup(field, value, ctx, 'radio');
    case 'weekdays': return choiceGroup(field, value, ctx, 'checkbox');
    case 'checkbox': return checkboxField(field, value, ctx);
    default: return inputField(field, value, ctx);
  }
}

function hintAndError(field, t) {
  const hintKey = `field.${field.name}.hint`;
  const hintText = t(hintKey);
  const hint = hintText === hintKey ? null : h('p', { class: 'field-hint', id: `hint-${field.name}` }, hintText);
  const error = h('p', { class: 'field-error', id: `error-${field.name}`, 'data-error-for': field.name, hidden: true });
  return { hint, error, describedBy: [hint && `hint-${field.name}`, `error-${field.name}`].filter(Boolean).join(' ') };
}

/** @param {Field} field @param {any} value @param {FormContext} ctx */
function inputField(field, value, ctx) {
  const { t } = ctx;
  const id = `field-${field.name}`;
  const { hint, error, describedBy } = hintAndError(field, t);
  const control = field.kind === 'select'
    ? h('select', { id, name: field.name, 'aria-describedby': describedBy },
      h('option', { value: '' }, t('choice.none')),
      ...field.options.map((option) => h('option', { value: option, selected: option === value }, t(`${field.optionKey}.${option}`))))
    : h('input', {
      id,
      name: field.name,
      type: field.kind === 'time' || field.kind === 'date' ? field.kind : 'text',
      inputmode: field.kind === 'money' ? 'decimal' : field.kind === 'whole' ? 'numeric' : false,
      autocomplete: field.autocomplete ?? 'off',
      value: value ?? '',
      'aria-describedby': describedBy,
    });
  const wrapped = field.kind === 'money'
    ? h('div', { class: 'input-affix' }, h('span', { class: 'affix', 'aria-hidden': 'true', 'data-currency-symbol': true }, ctx.currencySymbol()), control)
    : control;
  return h('div', { class: `field field-${field.kind}`, 'data-field': field.name },
    h('label', { for: id }, t(`field.${field.name}.label`)), hint, wrapped, error);
}

/** @param {Field} field @param {any} value @param {FormContext} ctx */
function checkboxField(field, value, ctx) {
  const id = `field-${field.name}`;
  const { hint, error, describedBy } = hintAndError(field, ctx.t);
  return h('div', { class: 'field field-checkbox', 'data-field': field.name },
    h('div', { class: 'check' },
      h('input', { id, name: field.name, type: 'checkbox', checked: value === true, 'aria-describedby': describedBy }),
      h('label', { for: id }, ctx.t(`field.${field.name}.label`))),
    hint, error);
}

/** Radios (one answer) or checkboxes (several), as a labelled group. */
function choiceGroup(field, value, ctx, type) {
  const { t } = ctx;
  const { hint, error, describedBy } = hintAndError(field, t);
  const chosen = (option) => (type === 'radio' ? option === value : (value ?? []).includes(option));
  const options = field.options.map((option) => {
    const id = `field-${field.name}-${option}`;
    return h('div', { class: 'choice' },
      h('input', { id, type, name: field.name, value: option, checked: chosen(option) }),
      h('label', { for: id }, t(`${field.optionKey}.${option}`)));
  });
  return h('fieldset', { class: `field choices choices-${type}`, 'data-field': field.name, 'aria-describedby': describedBy },
    h('legend', { class: 'field-legend' }, t(`field.${field.name}.label`)), hint,
    h('div', { class: 'choice-list' }, ...options), error);
}

/**
 * Reads every control under `root` into `draft` (only fields present there).
 * @template {Record<string, any>} D
 * @param {ParentNode} root @param {D} draft
 * @returns {D}
 */
export function readInto(root, draft) {
  const next = /** @type {Record<string, any>} */ ({ ...draft });
  for (const wrapper of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[data-field]'))) {
    // The currency decision is not part of the profile draft.
    if (wrapper.closest('[data-currency-panel]')) continue;
    const name = wrapper.dataset.field;
    const inputs = /** @type {HTMLInputElement[]} */ ([...wrapper.querySelectorAll('input, select')]);
    const first = inputs[0];
    if (!first) continue;
    if (first.type === 'radio') next[name] = inputs.find((i) => i.checked)?.value ?? '';
    else if (first.type === 'checkbox' && inputs.length > 1) next[name] = inputs.filter((i) => i.checked).map((i) => i.value);
    else if (first.type === 'checkbox') next[name] = first.checked;
    else next[name] = first.value;
  }
  return /** @type {D} */ (next);
}

/**
 * Shows the first error of each field under `root` whose name is in `visible`
 * (fields the user has touched, or all after a submit attempt); clears the rest.
 * @returns {string[]} names of fields shown as invalid, in form order
 */
export function showErrors(root, errors, visible, ctx, formatDate) {
  const byField = firstErrorByField(errors);
  const invalid = [];
  for (const wrapper of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[data-field]'))) {
    const name = wrapper.dataset.field;
    const error = visible.has(name) ? byField.get(name) : undefined;
    const slot = /** @type {HTMLElement} */ (wrapper.querySelector(`[data-error-for="${name}"]`));
    const controls = wrapper.querySelectorAll('input, select');
    if (error) {
      slot.textContent = errorText(error, ctx.t, formatDate);
      slot.hidden = false;
      controls.forEach((c) => c.setAttribute('aria-invalid', 'true'));
      wrapper.classList.add('has-error');
      invalid.push(name);
    } else {
      slot.textContent = '';
      slot.hidden = true;
      controls.forEach((c) => c.removeAttribute('aria-invalid'));
      wrapper.classList.remove('has-error');
    }
  }
  return invalid;
}

/** Moves focus to the first control of a field. @param {ParentNode} root @param {string} name */
export function focusField(root, name) {
  /** @type {HTMLElement|null} */ (root.querySelector(`[data-field="${name}"] input, [data-field="${name}"] select`))?.focus();
}

/** Updates the currency symbol shown beside money fields. */
export function refreshCurrencySymbols(root, symbol) {
  for (const el of root.querySelectorAll('[data-currency-symbol]')) el.textContent = symbol;
}

/**
 * Calls `fn` at most once per `ms` of quiet: checks run as the user types
 * without one IPC call per keystroke.
 */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
