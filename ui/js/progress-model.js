// Progress's pure logic: stages, durations in words, today's date, and the
// lines the Home dashboard shows.

/** The core's stages, in its order (the tests compare it with the generated union). @type {import('./protocol.js').Stage[]} */
export const STAGES = ['applied', 'screening', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn'];

/** "1 h 30 min", "45 min". @param {number} minutes @param {(key: string, values?: object) => string} t */
export function minutesText(minutes, t) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('progress.duration.minutes', { minutes: rest });
  if (rest === 0) return t('progress.duration.hours', { hours });
  return t('progress.duration.both', { hours, minutes: rest });
}

/** Today in the user's time zone, as YYYY-MM-DD. @param {Date} [now] */
export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** @param {(string|null|undefined)[]} parts */
export const withoutEmpty = (parts) => parts.filter((p) => p != null && p !== '');

/**
 * The pace in words, as catalog keys and values. The core counts pace only
 * from the plan's start and only after two full weeks of it (before that,
 * `forecast_from` says when); ahead and behind are its forecast against the plan.
 * @param {object} pace the core's Pace
 * @param {(iso: string) => string} date formats a date
 * @returns {{key: string, values?: object}[]}
 */
export function paceLines(pace, date) {
  const lines = [];
  lines.push(pace.weekly_target == null
    ? { key: 'home.pace.week_no_target', values: { hours: pace.hours_this_week } }
    : { key: 'home.pace.week', values: { hours: pace.hours_this_week, target: pace.weekly_target } });
  if (pace.weekly_target != null) lines.push({ key: 'home.pace.streak', values: { weeks: pace.streak_weeks } });
  if (pace.days_behind != null) {
    if (pace.days_behind > 0) lines.push({ key: 'home.pace.behind', values: { days: pace.days_behind } });
    else if (pace.days_behind < 0) lines.push({ key: 'home.pace.ahead', values: { days: -pace.days_behind } });
    else lines.push({ key: 'home.pace.on_plan' });
  }
  if (pace.planned_finish) {
    if (pace.forecast_finish) {
      lines.push({ key: 'home.pace.finish', values: { since: date(pace.pace_since), forecast: date(pace.forecast_finish), planned: date(pace.planned_finish) } });
    } else if (pace.forecast_from) {
      lines.push({ key: 'home.pace.finish_not_yet', values: { planned: date(pace.planned_finish), from: date(pace.forecast_from) } });
    } else {
      lines.push({ key: 'home.pace.finish_no_pace', values: { planned: date(pace.planned_finish) } });
    }
  } else if (pace.forecast_from) {
    lines.push({ key: 'home.pace.not_yet', values: { from: date(pace.forecast_from) } });
  }
  return lines;
}

/**
 * One "next up" item in words.
 * @param {object} item the core's NextUp
 * @param {(iso: string) => string} date
 * @param {(id: string) => string} certName
 */
export function nextUpLine(item, date, certName) {
  switch (item.kind) {
    case 'milestone': return { key: item.start ? 'home.next_up.milestone' : 'home.next_up.milestone_undated', values: { title: item.title, date: item.start ? date(item.start) : '' } };
    case 'exam': return { key: 'home.next_up.exam', values: { cert: certName(item.certification), date: date(item.date) } };
    case 'follow_up': return { key: 'home.next_up.follow_up', values: { name: item.name, date: date(item.date) } };
    default: return { key: 'home.next_up.application', values: { company: item.company, action: item.action || '—', date: date(item.date) } };
  }
}
