// Home's pure logic: the way in before there is a plan (Your fit → a target
// → the plan), this week's study blocks by day once there is one, and
// whether a progress chart has anything to draw yet.

/**
 * The three steps to a first plan, in order, each done or not; the first
 * not done is the one to take now.
 * @param {{taken: number, target: string | null, hasPlan: boolean}} state
 * @returns {{key: string, href: string, done: boolean, current: boolean}[]}
 */
export function wayIn({ taken, target, hasPlan }) {
  const steps = [
    { key: 'home.way.fit', href: '#/assess', done: taken > 0 },
    { key: 'home.way.target', href: '#/explore', done: target != null },
    { key: 'home.way.plan', href: '#/plan', done: hasPlan },
  ];
  const current = steps.findIndex((s) => !s.done);
  return steps.map((step, i) => ({ ...step, current: i === current }));
}

/**
 * The week's blocks grouped by day, in date order, with each day's minutes.
 * @param {import('./protocol.js').StudyBlock[]} blocks
 * @returns {{day: string, minutes: number, blocks: import('./protocol.js').StudyBlock[]}[]}
 */
export function blocksByDay(blocks) {
  /** @type {Map<string, import('./protocol.js').StudyBlock[]>} */
  const days = new Map();
  for (const block of [...blocks].sort((a, b) => a.day.localeCompare(b.day))) {
    days.set(block.day, [...(days.get(block.day) ?? []), block]);
  }
  return [...days].map(([day, list]) => ({ day, minutes: list.reduce((sum, b) => sum + b.minutes, 0), blocks: list }));
}

/**
 * Whether the dashboard's charts would be empty axes: no hour logged and
 * none planned in the weeks they show (a plan that starts later, or none).
 * @param {{hours_logged: number, weekly_hours: [string, number][], cumulative: [string, number, number][]}} data
 * @returns {{weekly: boolean, cumulative: boolean}}
 */
export function emptyCharts(data) {
  const weekly = data.weekly_hours.every(([, hours]) => hours === 0);
  const cumulative = data.cumulative.every(([, planned, logged]) => planned === 0 && logged === 0);
  return { weekly, cumulative };
}
