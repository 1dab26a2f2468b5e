// Generated from the Rust types by src-tauri/tests/protocol.rs: do not edit.
// `cargo xtask protocol` writes it again; `cargo xtask test` fails while it is stale.

/**
 * What the About page shows.
 */
export type About = { app_version: string, tauri_version: string, webview_version: string | null, os: string, arch: string, data_dir: DataDir, 
/**
 * The folder of the app's logs (never the user's figures or words).
 */
log_dir: string, 
/**
 * The newest "as of" date among the catalog's sourced figures.
 */
catalog_data_date: string | null, };

/**
 * The months of expenses advised, and the parts they are made of.
 */
export type Advice = { months: number, 
/**
 * For the ordinary emergencies anyone meets: 3 to 6 months.
 */
cushion_months: number, 
/**
 * The months before the new job with no pay from her job.
 */
unpaid_months: number, };

/**
 * Every record of every kind, newest first within each kind, for the Progress view.
 */
export type AllRecords = { sessions: Array<Session>, attempts: Array<Attempt>, projects: Array<Project>, contacts: Array<Contact>, applications: Array<Application>, timer: Timer | null, 
/**
 * The active plan, whose milestones a session or the timer can serve.
 */
plan: Plan | null, };

/**
 * An amount in major units (at most two decimals) with its provenance.
 */
export type Amount = { amount: number, provenance: Provenance, };

/**
 * A plain yes or no, for questions a user may leave unanswered.
 */
export type Answer = "yes" | "no";

/**
 * What the app shows about this installation.
 */
export type AppStatus = { app_version: string, data_dir: DataDir, database: StoreInfo, };

/**
 * A job application and the history of its stages (oldest first; the last is the current stage).
 */
export type Application = { id: string, company: string, role: string, applied_on: string, history: Array<StageChange>, next_action: string, next_action_date: string | null, };

/**
 * An assessment: BPO skill ratings and domain interests (1–5 each), and
 * technical skills already known (skill id → level 0–3).
 */
export type Assessment = { ratings: { [key in string]: number }, interests: { [key in string]: number }, known_skills: { [key in string]: number }, };

/**
 * One assessment and when it was taken. The date is its identity: export,
 * import and merge key on it.
 */
export type AssessmentRecord = { 
/**
 * RFC 3339, UTC.
 */
taken_at: string, assessment: Assessment, };

/**
 * One sitting of a certification exam.
 */
export type Attempt = { id: string, certification: string, date: string, result: AttemptResult, 
/**
 * The score as printed on the result (0–1,000).
 */
score: number | null, 
/**
 * What it cost, in the profile currency's minor units.
 */
cost_minor: number | null, };

export type AttemptResult = "pass" | "fail";

/**
 * A backup file, as Settings lists it.
 */
export type BackupInfo = { file_name: string, 
/**
 * RFC 3339, UTC.
 */
created_at: string, 
/**
 * `daily`, `before-migration-vN`, `before-restore` or `before-import`.
 */
reason: string, bytes: number, };

/**
 * From P10 to P90; `None` is "not within the horizon".
 */
export type Between = { from: number | null, to: number | null, };

export type Billing = "one_off" | "monthly" | "yearly";

/**
 * A bond's repayment: in the month the user leaves the sponsoring employer.
 */
export type Bond = { month: number, amount_minor: number, };

/**
 * The user's current job in BPO.
 */
export type BpoRole = "agent" | "senior_agent" | "team_lead" | "qa_analyst" | "trainer" | "workforce_management" | "back_office" | "other";

/**
 * How much each transferable BPO skill helps in a domain (0–1, summing to 1).
 */
export type BpoSkillWeights = { communication: number, problem_solving: number, customer_service: number, process_documentation: number, team_collaboration: number, adaptability: number, time_management: number, };

/**
 * One candidate side by side with the others.
 */
export type Candidate = { id: string, name: string, 
/**
 * In her active plan already.
 */
in_plan: boolean, 
/**
 * `None` when it cannot be costed (the catalog has no fee, or there is no plan or pay).
 */
cost: CandidateCost | null, fee_provenance: Provenance | null, prep_hours: HoursRange | null, 
/**
 * The weeks the preparation hours take at her hours a week (low, high); `None` without either.
 */
prep_weeks: [number, number] | null, roles: Array<OpenedRole>, 
/**
 * Her plan with this candidate alone, if all goes as planned; `None` when it does not pay back.
 */
payback_month: number | null, npv_minor: number | null, 
/**
 * Her plan's money could be run with this candidate (payback and NPV mean something).
 */
figured: boolean, 
/**
 * Why it could not be, in the core's words (a missing fee, say).
 */
problem: string | null, };

/**
 * What one candidate costs her to be certified, in minor units of her currency.
 */
export type CandidateCost = { first_attempts_minor: number, retakes_expected_minor: number, 
/**
 * Training and lab subscriptions her plan counts for it.
 */
training_minor: number, 
/**
 * What her employer pays, when it sponsors.
 */
sponsored_minor: number, 
/**
 * First attempts + expected retakes + training − sponsored: what the rule compares.
 */
total_minor: number, 
/**
 * Renewals within the horizon, after the exam (not part of the total; the payback counts them).
 */
renewals_minor: number, };

export type Catalog = { domains: Array<Domain>, roles: Array<Role>, skills: Array<Skill>, certifications: Array<Certification>, training: Array<TrainingOption>, exchange_rates: Array<ExchangeRate>, 
/**
 * Public training routes (`routes.json`).
 */
routes: Array<PublicRoute>, };

/**
 * What a band's middle figure is.
 */
export type Central = "median" | "average";

export type CertCost = { id: string, 
/**
 * Rounded to the cent for display.
 */
usd: Figures, local: Figures, expected_attempts: number, certify_probability: number, prep_hours: HoursRange | null, 
/**
 * False when the renewal rule is not known: `renewals` then counts
 * nothing, and the app says "no figure yet" rather than "free".
 */
renewal_known: boolean, events: Array<CostEvent>, };

export type CertLevel = "foundational" | "associate" | "professional" | "expert";

/**
 * A certification's step in a plan: review and practice exams.
 */
export type CertStep = { id: string, hours_hundredths: number, };

export type Certification = { id: string, name: string, vendor: string, domains: Array<string>, level: CertLevel, 
/**
 * Per exam; `None` when no figure exists.
 */
exam_fee_usd: Amount | null, 
/**
 * How many exams; 0 for a certificate earned through coursework alone.
 */
exams: number, validity_years: number | null, renewal: Renewal, prep_hours: HoursRange | null, 
/**
 * Certifications the vendor requires first: a plan schedules them before this one.
 */
prerequisites: Array<string>, 
/**
 * Certifications the vendor recommends first: shown, and offered, never scheduled unasked.
 */
recommended: Array<string>, status: CertificationStatus, };

/**
 * The candidates, the rule's order and its verdict.
 */
export type CertificationChoice = { currency: Currency, hours_per_week: number | null, horizon_months: number, 
/**
 * In the order given (the plan's, or Compare's).
 */
candidates: Array<Candidate>, 
/**
 * Indices into `candidates`, first first, by the rule; only those figured.
 */
ranking: Array<number>, verdict: Verdict | null, 
/**
 * The verdict in one sentence (message key and figures).
 */
sentence: Line | null, 
/**
 * What keeps payback from being figured for any candidate: `plan`, `pay`, `target_salary`.
 */
missing: Array<string>, };

export type CertificationRow = { name: string, exams: string, retakes: string, training: string, renewals: string, sponsored: string, net: string, };

export type CertificationStatus = { "state": "active" } | { "state": "retiring", date: string, } | { "state": "discontinued", date: string, };

/**
 * One factor before and after.
 */
export type Change = { 
/**
 * A BPO skill, a domain (for fit), or a technical skill.
 */
id: string, before: number, after: number, };

export type ChartWords = { cumulative_title: string, breakdown_title: string, histogram_title: string, staying: string, switching: string, 
/**
 * The exact ROI's payback: "Pays back in month {month} if all goes as planned".
 */
payback: string, 
/**
 * The simulation's P50: "Half the cases by month {month}".
 */
half: string, 
/**
 * The simulation's P10 to P90: "8 in 10: months {low} to {high}".
 */
range: string, 
/**
 * The same when P90 is past the horizon: "8 in 10: month {low} or later".
 */
range_open: string, 
/**
 * "Deepest: {amount}".
 */
dip: string, month: string, none: string, 
/**
 * Category key → label: exam, retakes, training, labs, renewals, study, one_off, bond, sponsored.
 */
categories: { [key in string]: string }, };

export type Charts = { cumulative: string, 
/**
 * The same over the first months only, with their own scale, when the
 * horizon is much longer (`charts::first_months`): where the dip shows.
 */
cumulative_first: string | null, first_months: number | null, breakdown: string, histogram: string, };

/**
 * The choices as the app uses them.
 */
export type Choices = { target_role: string | null, 
/**
 * In the order they were added.
 */
certifications: Array<string>, 
/**
 * The public training route she chose (`routes.json`), if any.
 */
route: string | null, };

export type CommandError = { code: ErrorCode, message: string, field: string | null, params: { [key in string]: string }, };

export type Comparison = { id: string, 
/**
 * `None` when the catalog has no fee and the user gave none.
 */
cost: CertCost | null, note: string | null, 
/**
 * The hours a plan's step for this certification counts (review and
 * practice exams: the skill steps hold the study), × 100; none when
 * the catalog has no such certification.
 */
plan_step_hundredths: number | null, 
/**
 * One renewal's fee (a year's or a cycle's) in the currency, rounded to
 * the minor unit; none when the renewal has no fee of its own.
 */
renewal_fee_local: number | null, };

/**
 * A networking event, or a person met, with a follow-up.
 */
export type Contact = { id: string, kind: ContactKind, date: string, name: string, notes: string, follow_up: string | null, 
/**
 * The follow-up was done.
 */
followed_up: boolean, };

export type ContactKind = "event" | "contact";

export type CostEvent = { month: number, kind: EventKind, amount_usd: number, 
/**
 * In the currency, rounded to its minor unit.
 */
amount: number, };

export type CostResult = { currency: Currency, usd_to_currency: number, horizon_months: number, certifications: Array<CertCost>, totals: Totals, };

/**
 * Where the user lives and works.
 */
export type Country = "ph" | "in" | "us" | "other";

/**
 * The currencies Pathway knows. Each has two decimal places.
 */
export type Currency = "PHP" | "INR" | "USD";

/**
 * What the user decided when the currency changed. `from` is the currency
 * the user saw stored when deciding: if the stored currency is no longer
 * that one (a second save, another window), the decision is refused rather
 * than applied twice.
 */
export type CurrencyChange = { "action": "convert", from: string, rate: string, } | { "action": "keep", from: string, };

/**
 * A currency as the UI offers it.
 */
export type CurrencyOption = { code: string, symbol: string, };

export type Dashboard = { 
/**
 * 0–100, weighted by planned hours; `None` without a plan.
 */
progress_pct: number | null, hours_logged: number, pace: Pace, 
/**
 * Hours in each of the last twelve weeks, oldest first (Monday dates).
 */
weekly_hours: Array<[string, number]>, next_up: Array<NextUp>, 
/**
 * Applications by current stage.
 */
applications_by_stage: Array<[Stage, number]>, 
/**
 * Planned and logged hours, cumulative, at the end of each of the last twelve weeks.
 */
cumulative: Array<[string, number, number]>, spending: DashboardSpending | null, 
/**
 * The two charts, drawn by the core.
 */
charts: DashboardCharts | null, 
/**
 * The next study blocks on her free days, as the plan dates them (Home's first card).
 */
this_week: Array<StudyBlock>, };

export type DashboardCharts = { weekly: string, cumulative: string, };

/**
 * Money spent so far (the exam attempts recorded) against the plan's budget.
 */
export type DashboardSpending = { currency: Currency, spent_minor: number, 
/**
 * What the plan is expected to cost up to the new job, as Costs & ROI
 * says it (`costs::story::spending`); `None` when it cannot be costed.
 */
budget_minor: number | null, };

/**
 * The resolved data folder.
 */
export type DataDir = { path: string, source: DataDirSource, };

/**
 * Where the data folder is, and which rule chose it (shown in Help and About).
 */
export type DataDirSource = "flag" | "environment" | "platform";

export type DateRange = { first: string, last: string, };

export type Dip = { 
/**
 * The lowest cumulative (negative), or 0 when it never goes below zero.
 */
amount: number, 
/**
 * Its first month, or `None` when it never goes below zero.
 */
month: number | null, };

export type Domain = { id: string, name: string, summary: string, outlook: string, outlook_provenance: Provenance | null, bpo_skill_weights: BpoSkillWeights, first_role: string, };

export type DomainFit = { domain: string, fit: number, 
/**
 * The two or three factors that weigh most, strongest first.
 */
reasons: Array<Reason>, first_role: string, 
/**
 * The hours of a plan for the first role from the user's skills (none
 * when the catalog has no such role).
 */
first_role_plan: PlanHours | null, };

/**
 * An exchange rate as the app shows it: the catalog's, and the user's if any.
 */
export type EffectiveRate = { from: Currency, to: Currency, 
/**
 * The rate in use: the user's when given, else the catalog's.
 */
rate: string, provenance: Provenance, catalog: ExchangeRate | null, user: UserFigure | null, 
/**
 * The user's figure corrects a rate the catalog no longer has.
 */
orphaned: boolean, };

/**
 * One rule of who may take a route, with its words and its source.
 */
export type EligibilityRule = { test: Rule, words: string, provenance: Provenance, };

export type EmergencyFund = { required: number, shortfall: number, 
/**
 * Months the savings carry the gap between expenses and her income
 * once she has left her job (her pay, when she keeps it until the new
 * one); `None` when that income covers expenses (no limit).
 */
runway_months: number | null, };

/**
 * Whether the user works now.
 */
export type Employment = "employed" | "not_employed";

/**
 * One refusal's stable code; it serializes as its text (`"store.locked"`).
 */
export type ErrorCode = "store.create_folder" | "store.write_file" | "store.copy_onto_itself" | "store.pragma" | "store.too_new" | "store.locked" | "store.not_a_database" | "store.damaged" | "store.no_such_backup" | "store.no_usable_backup" | "store.nothing_to_recover" | "store.migration" | "store.corrupt" | "store.delete" | "store.sqlite" | "import.read" | "import.too_large" | "import.too_deep" | "import.malformed" | "import.not_an_export" | "import.too_new" | "import.duplicate" | "import.invalid" | "import.nothing_chosen" | "figure.unknown_target" | "figure.rate_not_a_number" | "figure.rate_too_many_decimals" | "figure.rate_out_of_range" | "figure.fee_invalid" | "figure.band_invalid" | "figure.route_fee_invalid" | "compare.too_many" | "compare.no_rate" | "explore.unknown_role" | "explore.unknown_certification" | "explore.unknown_route" | "explore.invalid_filter" | "assessment.invalid" | "assessment.unknown_role" | "profile.invalid" | "profile.currency_change_unconfirmed" | "plan.invalid" | "plan.not_found" | "plan.milestone_not_found" | "plan.no_free_weekday" | "plan.hours_per_week" | "plan.parallel_share" | "plan.hours" | "plan.duplicate_id" | "plan.unknown_prerequisite" | "plan.prerequisite_later" | "plan.cycle" | "plan.too_long" | "money.invalid" | "progress.invalid" | "progress.not_found" | "progress.no_timer" | "report.no_plan" | "report.layout" | "report.nothing_exported" | "report.open_failed" | "data_dir.unavailable" | "dialog.path" | "app.open_failed" | "app.invalid_title" | "internal";

export type EventKind = "training" | "lab" | "exam" | "renewal";

export type ExchangeRate = { from: Currency, to: Currency, 
/**
 * One `from` in `to`, exact.
 */
rate: number, provenance: Provenance, };

/**
 * What Explore shows: the catalog with the user's figures applied, the
 * figures themselves (and those whose catalog entry is gone), the choices,
 * and the exchange rates in use.
 */
export type ExploreData = { catalog: Catalog, user_figures: Array<UserFigure>, orphaned: Array<UserFigure>, 
/**
 * What the catalog says where the user gave their own figure.
 */
replaced: Array<ReplacedFigure>, choices: Choices, rates: Array<EffectiveRate>, 
/**
 * Every role's pay in each country, a month, on her basis
 * (`SalaryBand::comparable`): what every screen shows of a role's pay.
 */
pay: Array<RolePay>, 
/**
 * Whose pay is hers: her country's, else her currency's.
 */
home: SalaryCountry, 
/**
 * The roles whose pay where she lives (its middle) is not above her own
 * total pay: every screen that shows such a pay says so plainly.
 */
pay_not_above_hers: Array<string>, };

export type FieldError = { 
/**
 * The draft's field name, e.g. `base_pay`.
 */
field: string, 
/**
 * The rule that failed, e.g. `range_monthly`; the UI's key is `validation.<code>`.
 */
code: string, params: { [key in string]: string }, message: string, };

/**
 * A figure in a sentence; each face formats it its own way.
 */
export type Figure = { "kind": "money", "value": number } | { "kind": "count", "value": number } | { "kind": "text", "value": string };

/**
 * What kind of figure it is, for words ("{subject}: pay in {country}").
 */
export type FigureKind = "salary" | "exam_fee" | "renewal" | "prep_hours" | "skill_hours" | "training_price" | "exchange_rate" | "outlook" | "route_cost" | "route_rule" | "route" | "pay_rule";

/**
 * One set of figures, in USD or in the currency.
 */
export type Figures = { first_attempt: number, retakes_expected: number, 
/**
 * `first_attempt + retakes_expected`: what the exams are expected to cost.
 */
expected_with_retakes: number, training: number, labs: number, renewals: number, sponsored: number, net: number, bond_exposure: number, };

/**
 * The words a dialog shows: its title, and the name of its file filter.
 */
export type FileDialog = { title: string, filter_name?: string | null, };

export type FitResult = { ranking: Array<DomainFit>, 
/**
 * True when the ratings show no strength and no interest yet, so the
 * order comes only from how soon each first role can be reached.
 */
no_signal: boolean, };

export type GapResult = { role: string, skills: Array<SkillGap>, 
/**
 * Certifications still to earn, in the role's recommended order.
 */
certifications: Array<string>, 
/**
 * The hours of the plan that would be built for the role, by kind of
 * step, and its approximate months.
 */
plan: PlanHours, };

/**
 * What changed since the assessment before the latest.
 */
export type Growth = { 
/**
 * When the earlier assessment was taken.
 */
since: string, 
/**
 * All seven BPO skills, in display order.
 */
ratings: Array<Change>, 
/**
 * Domains whose fit moved, in the later ranking's order.
 */
fits: Array<Change>, 
/**
 * Technical skills whose level moved (0 = not known).
 */
known_skills: Array<Change>, };

export type Header = { name: string | null, role: string, start: string, finish: string, printed: string, };

export type Histogram = { 
/**
 * Trials paying back in month 0, 1, …, H.
 */
months: Array<number>, none: number, };

export type Hit = { kind: HitKind, id: string, title: string, 
/**
 * The vendor of a certification, or the domain of a role.
 */
subtitle: string, level: string | null, domains: Array<string>, 
/**
 * First attempt in USD (fee × exams), when the fee is known. Exact.
 */
cost_usd: number | null, 
/**
 * The same cost in the user's currency, in minor units, when the app
 * knows her currency and its rate (`app::catalog::search`); none here.
 */
cost_local: LocalCost | null, hours: Range | null, score: number, };

export type HitKind = "certification" | "role" | "domain" | "skill";

/**
 * A range of hours, always an estimate or a sourced range.
 */
export type HoursRange = { low: number, high: number, provenance: Provenance, };

/**
 * What decides how much she should have saved before she moves: when she
 * leaves her job, and who relies on her pay. Every answer is optional.
 * Absent from profiles and exports before schema version 11.
 */
export type Household = { 
/**
 * `None` until she chooses (a profile saved before version 11, or the
 * question skipped): [`Profile::search_assumption`] says what applies.
 */
search_plan: SearchPlan | null, 
/**
 * How many people depend on her income.
 */
dependants: number | null, 
/**
 * Whether hers is the only income in her household.
 */
sole_income: Answer | null, };

/**
 * An import file the user chose, checked and described, not yet written.
 */
export type ImportChoice = { file_name: string, preview: ImportPreview, };

/**
 * Replace everything, or add what is not there yet.
 */
export type ImportMode = "replace" | "merge";

/**
 * What an import wrote.
 */
export type ImportOutcome = { added: { [key in string]: number }, kept: { [key in string]: number }, };

/**
 * What the user sees before confirming an import.
 */
export type ImportPreview = { exported_at: string, app_version: string, schema_version: number, counts: { [key in string]: number }, date_range: DateRange | null, };

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;

export type KeyFigure = { label: string, value: string, };

export type Kind = "session" | "attempt" | "project" | "contact" | "application";

/**
 * What a route leads to.
 */
export type LeadsTo = { 
/**
 * Catalog certifications it pays for (a Google certificate's Coursera access, say).
 */
certifications: Array<string>, 
/**
 * Catalog skills its courses teach.
 */
skills: Array<string>, 
/**
 * A credential of its own (a TESDA National Certificate), in words.
 */
credential: string | null, };

export type Length = { 
/**
 * From the start to the finish, in months, one decimal.
 */
months: number, 
/**
 * `typical`, `short` or `long`.
 */
verdict: string, 
/**
 * For a long plan: the weekly hours that would bring it within 24 months, if any up to 40 do.
 */
hours_for_typical: number | null, 
/**
 * The plan has more than one certification (dropping one shortens it).
 */
can_drop_certification: boolean, 
/**
 * The target is not an entry-level role (a nearer role shortens it).
 */
nearer_role: string | null, };

export type Line = { 
/**
 * A message-catalog key.
 */
key: string, values: { [key in string]: Figure }, };

/**
 * A cost in the user's currency.
 */
export type LocalCost = { currency: Currency, minor: number, };

/**
 * What the middle figure Pathway uses is.
 */
export type Middle = "median" | "average" | "midpoint";

/**
 * One step of the plan.
 */
export type Milestone = { 
/**
 * Unique within its plan.
 */
id: string, title: string, phase: Phase, 
/**
 * Planned hours × 100 (two decimals, exact).
 */
hours_hundredths: number, 
/**
 * Where the planned hours come from: the catalog's figure, a labelled
 * estimate with its method, or the user's own.
 */
hours_basis: Provenance, 
/**
 * Ids of earlier milestones that must end first.
 */
after: Array<string>, 
/**
 * On the parallel track (networking runs beside the rest).
 */
parallel: boolean, 
/**
 * The certification whose exam ends this milestone.
 */
exam: string | null, 
/**
 * The catalog skill this milestone builds, if any.
 */
skill: string | null, status: MilestoneStatus, 
/**
 * The day it moved to "doing" (kept when it is done).
 */
started_on: string | null, 
/**
 * The actual dates, once done (re-planning keeps them).
 */
done_start: string | null, done_end: string | null, notes: string, 
/**
 * The user's own resource links, as text (never opened by the app).
 */
links: Array<string>, };

/**
 * A milestone's editable fields, as typed.
 */
export type MilestoneEdit = { title: string, 
/**
 * Hours as typed ("12", "7.5").
 */
hours: string, status: MilestoneStatus, notes: string, 
/**
 * One link per line.
 */
links: string, };

export type MilestoneRow = { title: string, phase: string, start: string, end: string, hours: string, status: string, done: boolean, 
/**
 * The exam that ends it, with its date.
 */
exam: string | null, 
/**
 * As typed: printed as text, never as markup.
 */
notes: string, };

export type MilestoneStatus = "todo" | "doing" | "done" | "skipped";

/**
 * What the scenario comparison shows of a plan's money.
 */
export type MoneyFigures = { currency: Currency, 
/**
 * Every cost of the move over the horizon, in minor units.
 */
total_costs_minor: number, 
/**
 * The costs up to the new job and the renewals after it, as Costs & ROI says them.
 */
spending: Spending, 
/**
 * Half the cases by, and 8 in 10 between (see [`simulate::serialize_payback`]).
 */
payback_month: PaybackRange, 
/**
 * The exact ROI's NPV, if all goes as planned.
 */
npv_minor: number, };

export type MonthRow = { month: number, stay_income: number, switch_income: number, costs: number, delta: number, cumulative: number, };

/**
 * A new milestone, as typed.
 */
export type NewMilestone = { title: string, hours: string, phase: Phase, };

export type NextUp = { "kind": "milestone", id: string, title: string, start: string | null, } | { "kind": "exam", milestone: string, certification: string, date: string, } | { "kind": "follow_up", id: string, name: string, date: string, } | { "kind": "application_action", id: string, company: string, action: string, date: string, };

/**
 * A role that asks for the certification, with its pay where she lives.
 */
export type OpenedRole = { id: string, title: string, 
/**
 * Her plan's target role.
 */
target: boolean, 
/**
 * `None` when the catalog has no pay for the role in her country.
 */
pay: RolePay | null, };

/**
 * One outside figure.
 */
export type OutsideFigure = { kind: FigureKind, 
/**
 * The role, certification, skill, option, domain or route it belongs to, by name.
 */
subject: string, 
/**
 * For pay: whose.
 */
country: SalaryCountry | null, provenance: Provenance, };

/**
 * What the assessment view shows: the latest assessment, its ranking, and
 * the growth since the one before.
 */
export type Overview = { latest: AssessmentRecord | null, fit: FitResult | null, growth: Growth | null, 
/**
 * How many assessments are kept.
 */
taken: number, 
/**
 * The known-skills list, grouped by the domain that asks for each skill first.
 */
skill_groups: Array<SkillGroup>, };

export type Pace = { 
/**
 * Hours logged from Monday to Sunday of this week.
 */
hours_this_week: number, weekly_target: number | null, 
/**
 * Weeks in a row, ending with last week (or this one once met), at or above the target.
 */
streak_weeks: number, 
/**
 * Positive: days behind the plan; negative: days ahead. The forecast
 * finish against the planned one, so "ahead" and "behind" always agree
 * with the forecast beside them (and say nothing when it does not).
 */
days_behind: number | null, 
/**
 * At the pace since `pace_since`; once two full weeks of the plan have passed.
 */
forecast_finish: string | null, planned_finish: string | null, 
/**
 * The first day the forecast's pace counts: the plan's start, or four weeks back once it is older.
 */
pace_since: string | null, 
/**
 * While the plan is younger than two full weeks: the day the forecast starts to speak.
 */
forecast_from: string | null, };

/**
 * A4 or US Letter.
 */
export type Paper = "a4" | "letter";

/**
 * Monthly pay, gross (before tax), in minor units of the profile's currency.
 */
export type Pay = { base_monthly_minor: number | null, night_differential_monthly_minor: number | null, allowances_monthly_minor: number | null, thirteenth_month: boolean, };

/**
 * How Pathway changed a source's figure to compare it with the user's pay.
 */
export type PayAdjustment = "thirteenth_month_added" | "ctc_to_gross";

/**
 * What a pay figure counts, as its source says.
 */
export type PayBasis = "base" | "base_and_allowances" | "total" | "ctc" | "not_stated";

/**
 * The shape a source gives pay in.
 */
export type PayShape = "band" | "range" | "single";

/**
 * The shape [`serialize_payback`] writes.
 */
export type PaybackRange = { half_the_cases_by: number | null, "8_in_10_between": Between, };

export type Percentiles<T> = { p10: T, p50: T, p90: T, };

export type Period = "month" | "year";

/**
 * The phases people go through when they make the move, in order.
 */
export type Phase = "goal" | "foundations" | "labs" | "certification" | "portfolio" | "networking" | "job_search";

export type Picture = { title: string, 
/**
 * The core's picture as on screen (classes only; the app's stylesheet,
 * or the PDF's print palette, gives the colours).
 */
svg: string, 
/**
 * Height ÷ width, so a layout can fit it whole on a page.
 */
aspect: number, };

export type Placed = { id: string, start: string | null, end: string | null, exam_date: string | null, };

/**
 * A plan: one scenario. One plan is the active one.
 */
export type Plan = { id: string, name: string, target_role: string | null, certifications: Array<string>, 
/**
 * The share of a free day a running parallel milestone takes, 0–100.
 */
parallel_share_pct: number, active: boolean, 
/**
 * RFC 3339, UTC.
 */
created_at: string, milestones: Array<Milestone>, };

export type PlanDocument = { 
/**
 * The document's title (also the PDF's title).
 */
title: string, 
/**
 * The user's name, or the app's (the PDF's author).
 */
author: string, 
/**
 * The PDF's subject.
 */
subject: string, 
/**
 * Every `report.*` message, without the prefix: the headings and column names.
 */
labels: { [key in string]: string }, header: Header, 
/**
 * Why this path, how long, what it costs, when it pays back, the emergency fund.
 */
summary: Array<string>, 
/**
 * The roadmap timeline (the screen's SVG), in parts of at most
 * [`TIMELINE_ROWS`] milestones so that each stays legible on a page.
 */
timelines: Array<Picture>, 
/**
 * The money charts, when the profile has the pay to draw them.
 */
charts: Array<Picture>, milestones: Array<MilestoneRow>, certifications: Array<CertificationRow>, key_figures: Array<KeyFigure>, progress: Array<KeyFigure>, sources: Array<SourceRow>, };

/**
 * A plan's hours, summed by kind of step: the one model of hours that Your
 * fit, the skill gap and the plan all quote.
 */
export type PlanHours = { 
/**
 * Every step not skipped, × 100: the plan's "Planned hours".
 */
total_hundredths: number, 
/**
 * The skill steps (foundations), × 100.
 */
skills_hundredths: number, 
/**
 * Hands-on labs, × 100.
 */
labs_hundredths: number, 
/**
 * Exam review and practice exams for the certifications, × 100.
 */
exam_review_hundredths: number, 
/**
 * The goal, portfolio projects, networking and the job search, × 100.
 */
other_hundredths: number, 
/**
 * The certifications the plan has a step for, in its order, each with
 * the hours of its step.
 */
certifications: Array<CertStep>, 
/**
 * Approximate months at the user's weekly hours, one decimal (none
 * without a pace): the plan's arithmetic without the calendar (the
 * parallel track shares the week; exams wait for a free day in the plan).
 */
months_tenths: number | null, };

/**
 * What the roadmap view shows.
 */
export type PlanState = { view: PlanView | null, timeline_svg: string | null, plans: Array<PlanSummary>, 
/**
 * A target role is chosen, so a plan can be built.
 */
can_build: boolean, };

/**
 * One plan in the scenario list.
 */
export type PlanSummary = { id: string, name: string, active: boolean, target_role: string | null, finish: string | null, months: number | null, total_hours_hundredths: number, 
/**
 * The fit (0–100) of the target role's domain, from the latest assessment.
 */
fit: number | null, 
/**
 * Cost, payback (P50 with its range) and NPV, when the profile has the pay to say.
 */
money: MoneyFigures | null, };

export type PlanView = { plan: Plan, 
/**
 * In the milestones' order; empty when the week is not set up.
 */
placed: Array<Placed>, start: string, finish: string | null, 
/**
 * Planned hours of every milestone not skipped, × 100.
 */
total_hours_hundredths: number, length: Length | null, warnings: Array<Warning>, 
/**
 * Why the plan cannot be dated (no hours a week, no free day, …).
 */
problem: Problem | null, };

export type Prefill = { 
/**
 * A `simulate` input.
 */
input: JsonValue, currency: Currency, sources: Sources, 
/**
 * What could not be prefilled (no pay, no plan, no salary band, …), as codes.
 */
missing: Array<string>, 
/**
 * When she leaves her job, as the story assumes it; `None` without a profile.
 */
search: SearchAssumption | null, 
/**
 * How the advised months of the emergency fund were made up.
 */
fund_advice: Advice, };

/**
 * A single price, or a range. Read through [`PriceFields`], because serde's
 * untagged enums buffer numbers as f64.
 */
export type Price = { amount: number, } | { low: number, high: number, };

export type Problem = { code: ErrorCode, message: string, };

export type Profile = { name: string | null, country: Country | null, currency: Currency, role: BpoRole | null, pay: Pay, monthly_expenses_minor: number | null, savings_minor: number | null, study: Study, sponsorship: Sponsorship | null, situation: Situation, household: Household, };

/**
 * The result of checking a draft as the user types.
 */
export type ProfileCheck = { errors: Array<FieldError>, 
/**
 * What the draft would mean, when it is valid (totals shown live).
 */
summary: ProfileSummary | null, 
/**
 * Whether saving it needs a decision about the stored amounts' currency.
 */
currency_change_needed: boolean, };

export type ProfileDraft = { name: string, country: string, currency: string, role: string, base_pay: string, night_differential: string, allowances: string, thirteenth_month: boolean, monthly_expenses: string, savings: string, hours_per_week: string, shift: string, free_weekdays: Array<string>, preferred_study_time: string, start_date: string, sponsorship: string, remind_on_start: boolean, birth_year: string, employment: string, employer_trained: string, citizen: string, search_plan: string, dependants: string, sole_income: string, };

/**
 * The choices the profile form offers that depend on domain rules, so the
 * UI does not keep its own copy of them.
 */
export type ProfileOptions = { currencies: Array<CurrencyOption>, 
/**
 * The currency the set-up suggests for each country.
 */
default_currency: { [key in string]: string }, };

/**
 * The saved profile with what is derived from it, and the form filled from it.
 */
export type ProfileState = { summary: ProfileSummary, draft: ProfileDraft, };

/**
 * The profile with what the app derives from it, as the UI shows it.
 */
export type ProfileSummary = { profile: Profile, 
/**
 * base + night differential + allowances + base ÷ 12 when a 13th-month pay applies.
 */
total_monthly_pay_minor: number | null, 
/**
 * The 13th-month pay spread over the year (base ÷ 12), when it applies.
 */
thirteenth_month_share_minor: number | null, 
/**
 * Whether any amount is stored (a currency change then needs a decision).
 */
has_amounts: boolean, 
/**
 * What a move to a day-shift role would no longer pay each month.
 */
day_shift_drop_minor: number, };

/**
 * Any progress record, tagged by its kind.
 */
export type ProgressRecord = { "kind": "session", "record": Session } | { "kind": "attempt", "record": Attempt } | { "kind": "project", "record": Project } | { "kind": "contact", "record": Contact } | { "kind": "application", "record": Application };

export type ProgressWords = { weekly_title: string, cumulative_title: string, target: string, planned: string, logged: string, 
/**
 * Short month names, January first, for the week labels.
 */
months: [string, string, string, string, string, string, string, string, string, string, string, string], };

/**
 * A portfolio project.
 */
export type Project = { id: string, title: string, 
/**
 * Kept as text; never opened by the app.
 */
link: string, status: ProjectStatus, 
/**
 * Catalog skill ids it shows.
 */
skills: Array<string>, };

export type ProjectStatus = "idea" | "building" | "done";

/**
 * Where an outside figure comes from. Every figure has one.
 */
export type Provenance = { "kind": "sourced", 
/**
 * One address, or several separated by " ; ".
 */
source: string, 
/**
 * Who published the figure, in words ("PSA Occupational Wages Survey", "CompTIA store").
 */
publisher?: string | null, 
/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the date the figure applies to,
 * from the page itself (its date, its address's, or a year its text
 * names), never later than the source.
 */
as_of: string, 
/**
 * The page gives no date at all: `as_of` is then when Pathway read
 * it, the latest the figure can date from, and the app says so
 * instead of giving the figure an age.
 */
undated?: boolean, confidence?: string | null, note?: string | null, } | { "kind": "estimate", method: string, note?: string | null, } | { "kind": "user", 
/**
 * RFC 3339 time the user entered it.
 */
entered_at: string, };

/**
 * A public programme offered as a way to learn or to be certified.
 */
export type PublicRoute = { id: string, name: string, 
/**
 * The country whose residents it serves.
 */
country: SalaryCountry, operator: string, 
/**
 * What it is, in two or three sentences of our own.
 */
summary: string, leads_to: LeadsTo, cost: RouteCost, 
/**
 * Every rule must be met; a route with none is open to anyone.
 */
eligibility: Array<EligibilityRule>, 
/**
 * How to take it, in words.
 */
apply: string, 
/**
 * Where the programme itself is described.
 */
provenance: Provenance, };

/**
 * The sourced figures of one publisher.
 */
export type PublisherSources = { publisher: string, figures: Array<OutsideFigure>, };

/**
 * A range without its own provenance (the record's provenance covers it).
 */
export type Range = { low: number, high: number, };

export type Reason = { 
/**
 * A BPO skill, or `interest`.
 */
factor: string, 
/**
 * Points of the 100 this factor adds.
 */
points: number, 
/**
 * At least [`HEAVY_POINTS`]: the factor "counts heavily" in words.
 */
heavy: boolean, };

/**
 * What recovery did.
 */
export type Recovered = { 
/**
 * Where the unusable file now is (it is never deleted).
 */
moved_aside: string | null, 
/**
 * The backup now in use, when one was restored.
 */
restored: BackupInfo | null, };

/**
 * What the user chose when the database could not be opened.
 */
export type RecoveryAction = "restore_newest_backup" | "start_fresh";

export type Reminder = { title: string, 
/**
 * One line per thing due, soonest first.
 */
body: string, due: Array<NextUp>, };

/**
 * Templates from the message catalog. `{count}`, `{what}` and `{date}` are filled in.
 */
export type ReminderWords = { 
/**
 * For example "Pathway: {count} due".
 */
title: string, exam: string, follow_up: string, application: string, 
/**
 * Short month names, January first.
 */
months: [string, string, string, string, string, string, string, string, string, string, string, string], };

/**
 * How a certification stays valid. Read through [`RenewalFields`], because
 * serde's internally tagged enums buffer numbers as f64.
 */
export type Renewal = { "kind": "lifetime", provenance: Provenance, } | { "kind": "annual_fee", fee_usd: number, provenance: Provenance, } | { "kind": "cycle_fee", fee_usd: number, every_years: number, provenance: Provenance, } | { "kind": "re_exam", every_years: number, provenance: Provenance, } | { "kind": "free_assessment", every_years: number, provenance: Provenance, } | { "kind": "unknown", note?: string | null, };

/**
 * The catalog's own figure that a user figure replaces, for showing the two side by side.
 */
export type ReplacedFigure = { 
/**
 * The user figure's id.
 */
id: string, 
/**
 * The catalog's value as text (`404`, `22000/28000/35000`), or `None` when it had none.
 */
catalog_value: string | null, 
/**
 * For a salary band: whether the catalog's figure is a month's or a year's.
 */
catalog_period: Period | null, catalog_provenance: Provenance | null, 
/**
 * For a salary band: the catalog's pay as the app shows it (a month, on her basis).
 */
catalog_pay: RolePay | null, };

export type RoiResult = { months: Array<MonthRow>, 
/**
 * 1 + the last month whose cumulative is below zero; 0 when none is;
 * `None` when the cumulative at the horizon is still below zero. The
 * month the move pays back "if all goes as planned", as its JSON name says.
 */
payback_month_as_planned: number | null, dip: Dip, npv: number, 
/**
 * The lowest whole target salary whose cumulative at the horizon is not
 * below zero; `None` when T + G = H or no salary up to 1e9 reaches it.
 */
break_even_target_salary: number | null, income_forgone: number, total_costs: number, salary_ratio: number | null, emergency_fund: EmergencyFund, };

export type Role = { id: string, domain: string, level: RoleLevel, title: string, summary: string, skills: Array<SkillRequirement>, 
/**
 * Recommended, in order. (A role has no hours of its own: they are
 * the hours of the plan built for it, `plan::PlanHours`.)
 */
certifications: Array<string>, salaries: Array<SalaryBand>, };

export type RoleLevel = "entry" | "mid" | "senior";

/**
 * A role's pay in one country as a screen, the paper or the CLI shows it:
 * a month, in minor units of the country's currency, on the user's basis.
 */
export type RolePay = { role: string, country: SalaryCountry, currency: Currency, low: number, middle: number, high: number, shape: PayShape, middle_is: Middle, basis: PayBasis, 
/**
 * The period the source states (a year's figure is shown a month).
 */
period: Period, adjustment: PayAdjustment | null, 
/**
 * The rule behind the adjustment, when there is one.
 */
adjustment_provenance: Provenance | null, provenance: Provenance, };

/**
 * What a route costs the learner. One flat record (amounts stay exact
 * decimals, which serde's tagged enums would read through f64); the checks
 * hold each kind to its fields.
 */
export type RouteCost = { kind: RouteCostKind, 
/**
 * A fee, or a subsidy's cap.
 */
amount?: number | null, currency?: Currency | null, 
/**
 * A subsidy's share of the course fee.
 */
percent?: number | null, 
/**
 * What the cost pays for, in words.
 */
covers: string, 
/**
 * Where the cost is stated; none when it is not published.
 */
provenance?: Provenance | null, };

export type RouteCostKind = "free" | "fee" | "subsidy" | "not_published";

/**
 * One route as offered to her.
 */
export type RouteOffer = { route: PublicRoute, standing: Standing, 
/**
 * Each eligibility rule's outcome, in the route's order.
 */
outcomes: Array<RuleOutcome>, 
/**
 * What it costs her, in minor units of `currency`; `None`: no figure yet.
 */
cost_minor: number | null, currency: Currency, 
/**
 * Her plan's (or target role's) certifications and skills that it serves, as ids.
 */
serves: Array<string>, };

/**
 * Her country's routes, those that serve her plan first, then by standing and cost.
 */
export type RouteOffers = { offers: Array<RouteOffer>, 
/**
 * The cheapest route she can take (eligible, or hers to confirm) that
 * serves her plan, with a known cost.
 */
cheapest: string | null, 
/**
 * The route she chose.
 */
chosen: string | null, };

export type Rule = { "rule": "min_age", years: number, } | { "rule": "max_age", years: number, } | { "rule": "lives_in", country: SalaryCountry, } | { "rule": "citizen", country: SalaryCountry, } | { "rule": "not_employer_trained" } | { "rule": "document", name: string, };

/**
 * How one rule reads against her profile.
 */
export type RuleOutcome = { "outcome": "met" } | { "outcome": "not_met" } | { "outcome": "unknown", field: string, } | { "outcome": "confirm" };

/**
 * Gross pay for a role in one country, as its source states it: a band
 * (low, median, high), a range (low and high, no middle), or one figure
 * (`median` alone). How it compares with the user's own pay is
 * [`super::pay`]'s business.
 */
export type SalaryBand = { country: SalaryCountry, currency: Currency, period: Period, 
/**
 * What the figure counts: basic pay, pay with allowances, a year's total, or India's CTC.
 */
basis: PayBasis, low?: number | null, median?: number | null, high?: number | null, 
/**
 * Whether the middle figure is a median or an average (most pay pages give averages).
 */
central?: Central, 
/**
 * Why another role has the very same figures (one source for both): the
 * checks refuse a shared band that does not say why.
 */
shared_because?: string | null, 
/**
 * Why this role pays less than every role a level below it in its domain.
 */
falls_because?: string | null, provenance: Provenance, };

export type SalaryCountry = "ph" | "in" | "us";

/**
 * The search plan a money story uses: hers, or the default when she has not chosen.
 */
export type SearchAssumption = { plan: SearchPlan, 
/**
 * She chose it; otherwise it is the default, which the app says once.
 */
chosen: boolean, 
/**
 * She has a job to keep or leave (not "not working now").
 */
employed: boolean, };

/**
 * When she means to leave her current job for the new one: the money
 * story's assumption about her pay before the new job starts.
 */
export type SearchPlan = "keeps_job" | "leaves_to_search" | "leaves_to_study";

export type SearchQuery = { text: string, 
/**
 * Only these kinds; all kinds when empty.
 */
kinds: Array<HitKind>, domain: string | null, 
/**
 * A certification level (`foundational`…) or a role level (`entry`…).
 */
level: string | null, vendor: string | null, 
/**
 * Price bounds as typed (a filter, not an amount: each is compared
 * with the exact cost after conversion to a decimal).
 */
min_price_usd: number | null, max_price_usd: number | null, min_hours: number | null, max_hours: number | null, sort: SortBy, 
/**
 * At most this many hits (default 50).
 */
limit: number | null, 
/**
 * Entry-level roles and foundational certifications first within a
 * relevance tier (the app sets it for a user without IT experience).
 */
prefer_entry: boolean, };

/**
 * A stretch of study.
 */
export type Session = { id: string, date: string, 
/**
 * 1 to 1,440 (a whole day).
 */
minutes: number, 
/**
 * The plan milestone it served, as `plan_id` and `milestone_id`.
 */
plan_id: string | null, milestone_id: string | null, 
/**
 * Or the catalog skill it served.
 */
skill: string | null, note: string, };

/**
 * When the user's working hours fall.
 */
export type Shift = "day" | "mid" | "night";

export type SimulationResult = { trials: number, payback_month: PaybackRange, npv: Percentiles<number>, payback_within_horizon: number, all_certified: number, histogram: Histogram, };

/**
 * What public training routes ask about the user (their eligibility rules):
 * every answer is optional, and a route whose rule needs a missing one says
 * which to give. Absent from profiles and exports before schema version 10.
 */
export type Situation = { birth_year: number | null, employment: Employment | null, 
/**
 * Whether her employer already trains her in an enterprise-based
 * programme (the Tulong-Trabaho Act leaves such workers out).
 */
employer_trained: Answer | null, 
/**
 * Whether she is a citizen of the country she lives in.
 */
citizen: Answer | null, };

export type Skill = { id: string, name: string, category: string, description: string, 
/**
 * Hours from zero to reach levels 1, 2 and 3.
 */
hours_to_level: [Range, Range, Range], provenance: Provenance, };

export type SkillGap = { skill: string, current: number, required: number, 
/**
 * Hours to go from `current` to `required` (0 when already there).
 */
hours: Range, };

/**
 * The skills one domain's roles ask for, for the optional known-skills list.
 */
export type SkillGroup = { 
/**
 * `None` for the skills no role asks for.
 */
domain: string | null, skills: Array<string>, };

export type SkillRequirement = { skill: string, 
/**
 * 0 awareness, 1 basic, 2 working, 3 advanced.
 */
level: number, };

export type SortBy = "relevance" | "cost" | "hours" | "level";

export type SourceRow = { 
/**
 * The figures this source gives.
 */
figures: string, 
/**
 * The address, the estimate's method, or "your own figure".
 */
source: string, as_of: string, };

/**
 * Where each prefilled outside figure comes from.
 */
export type Sources = { target_salary: Provenance | null, 
/**
 * The rule that made the target salary comparable with her pay (the 13th month, a CTC), when one did.
 */
target_salary_adjustment: Provenance | null, exchange_rate: Provenance | null, 
/**
 * Each certification's exam fee.
 */
exam_fees: Array<[string, Provenance]>, 
/**
 * The chosen public route's cost, when one is chosen: its id and where the cost is stated
 * (none when the route publishes no figure).
 */
route: [string, Provenance | null] | null, 
/**
 * The rule behind the advised months of the emergency fund.
 */
emergency_fund_months: Provenance, };

/**
 * Help › Sources: every sourced figure grouped by its publisher (publishers
 * by name, figures in catalog order), and then Pathway's estimates.
 */
export type SourcesInUse = { publishers: Array<PublisherSources>, estimates: Array<OutsideFigure>, };

/**
 * What the move costs up to the new job, and what certifications cost after it.
 */
export type Spending = { 
/**
 * T + G: the months before the new job starts.
 */
months_to_job: number, 
/**
 * Every cost in months 1 … T + G (study costs, certifications, a bond
 * repaid on leaving), in minor units.
 */
to_job_minor: number, 
/**
 * Certification costs in the months after (renewals), in minor units.
 */
after_job_minor: number, 
/**
 * The first and the last month with such a cost.
 */
after_job_months: [number, number] | null, };

/**
 * Whether the employer pays for certifications.
 */
export type Sponsorship = "yes" | "no" | "unsure";

export type Stage = "applied" | "screening" | "interview" | "offer" | "accepted" | "rejected" | "withdrawn";

export type StageChange = { stage: Stage, date: string, };

/**
 * Her standing for a whole route: the worst of its rules' outcomes.
 */
export type Standing = "eligible" | "confirm" | "unknown" | "not_eligible";

/**
 * The reminder a start-up shows.
 */
export type StartupReminder = { reminder: Reminder, 
/**
 * Whether the system showed it as a desktop notification.
 */
notified: boolean, };

/**
 * What the store can say about itself (shown in the app's status and Help).
 */
export type StoreInfo = { path: string, schema_version: number, created_at: string, created_by_version: string, };

export type Story = { charts: Charts, 
/**
 * The story in sentences (catalog keys and figures).
 */
summary: Array<Line>, 
/**
 * What the move costs by category (key, minor units), as the breakdown
 * chart draws it: its caption says the same list.
 */
categories: Array<[string, number]>, currency: Currency, roi: RoiResult, cost: CostResult | null, simulation: SimulationResult, bond: Bond | null, 
/**
 * Study costs over the study months (M × T), in minor units.
 */
study_costs_minor: number, 
/**
 * The story's own one-off costs (a chosen route's fee, any the user added): not certification costs, not a bond.
 */
one_off_minor: number, 
/**
 * The costs up to the new job, and the renewals after it.
 */
spending: Spending, };

/**
 * The time the user can give to study.
 */
export type Study = { hours_per_week: number | null, shift: Shift | null, free_weekdays: Array<Weekday>, 
/**
 * "HH:MM", 24-hour clock, in the user's time zone.
 */
preferred_time: string | null, start_date: string | null, 
/**
 * A desktop notification at start-up when something is due. Off by
 * default; absent from export files written before schema version 8.
 */
remind_on_start: boolean, };

/**
 * One milestone's time on one day.
 */
export type StudyBlock = { day: string, milestone: string, title: string, 
/**
 * Minutes, rounded to the nearest.
 */
minutes: number, 
/**
 * The certification whose exam this milestone ends with.
 */
exam: string | null, parallel: boolean, };

/**
 * The words the picture needs, from the message catalog.
 */
export type TimelineWords = { 
/**
 * Short month names, January first.
 */
months: [string, string, string, string, string, string, string, string, string, string, string, string], today: string, exam: string, 
/**
 * The picture's accessible name.
 */
title: string, };

/**
 * The study timer, running since `started_at`. It lives in the store, so
 * it survives the app being closed.
 */
export type Timer = { 
/**
 * RFC 3339, UTC.
 */
started_at: string, plan_id: string | null, milestone_id: string | null, };

export type Totals = { usd: Figures, local: Figures, };

export type TrainingKind = "self_study" | "course" | "course_subscription" | "lab_platform" | "bootcamp" | "degree";

export type TrainingOption = { id: string, name: string, kind: TrainingKind, price_usd: Price, billing: Billing, provenance: Provenance, note?: string | null, };

/**
 * A user figure as stored and exported.
 */
export type UserFigure = { 
/**
 * What it corrects: `exchange_rate:USD:PHP`.
 */
id: string, 
/**
 * The figure as exact decimal text (a rate: up to six decimals).
 */
value: string, 
/**
 * RFC 3339, UTC.
 */
entered_at: string, };

/**
 * The outcome of the rule.
 */
export type Verdict = { "kind": "only", id: string, payback_month: number | null, } | { "kind": "first", id: string, runner_up: string, payback_month: number, sooner_by_months: number, cheaper_by_minor: number, } | { "kind": "tie", ids: Array<string>, payback_month: number, } | { "kind": "none_within", horizon_months: number, };

export type Warning = { "kind": "exam_after_retirement", milestone: string, certification: string, retires: string, exam: string, };

/**
 * Days of the week, Monday first.
 */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * A file the app wrote.
 */
export type WrittenFile = { path: string, bytes: number, };

export type Zoom = "weeks" | "months" | "quarters";

/** The BPO strengths an assessment rates, in the core's order (`assessment::BPO_SKILLS`). */
export type BpoSkill = "communication" | "problem_solving" | "customer_service" | "process_documentation" | "team_collaboration" | "adaptability" | "time_management";

/** Every command the page may call: the arguments it sends, and what it gets back. */
export interface Commands {
  app_status: { args: Record<string, never>, result: AppStatus };
  ui_ready: { args: Record<string, never>, result: number };
  save_database_copy: { args: { dialog: FileDialog }, result: WrittenFile | null };
  get_profile: { args: Record<string, never>, result: ProfileState | null };
  check_profile: { args: { draft: ProfileDraft, currencyChange?: CurrencyChange | null }, result: ProfileCheck };
  save_profile: { args: { draft: ProfileDraft, currencyChange?: CurrencyChange | null }, result: ProfileState };
  delete_all_data: { args: Record<string, never>, result: number };
  profile_options: { args: Record<string, never>, result: ProfileOptions };
  list_backups: { args: Record<string, never>, result: Array<BackupInfo> };
  restore_backup: { args: { fileName: string }, result: BackupInfo | null };
  recover_store: { args: { action: RecoveryAction }, result: Recovered };
  retry_open_store: { args: Record<string, never>, result: null };
  export_data: { args: { dialog: FileDialog }, result: WrittenFile | null };
  export_csv: { args: { dialog: FileDialog }, result: Array<string> | null };
  choose_import: { args: { dialog: FileDialog }, result: ImportChoice | null };
  apply_import: { args: { mode: ImportMode }, result: ImportOutcome };
  exchange_rates: { args: Record<string, never>, result: Array<EffectiveRate> };
  set_exchange_rate: { args: { from: Currency, to: Currency, rate: string }, result: Array<EffectiveRate> };
  reset_user_figure: { args: { id: string }, result: Array<EffectiveRate> };
  explore_catalog: { args: Record<string, never>, result: ExploreData };
  search_catalog: { args: { query: SearchQuery, typed?: { [key in string]: string } | null }, result: Array<Hit> };
  compare_certifications: { args: { ids: Array<string>, currency: Currency }, result: Array<Comparison> };
  set_user_figure: { args: { id: string, value: string }, result: UserFigure };
  choose_target_role: { args: { role: string }, result: Choices };
  set_certification_choice: { args: { id: string, chosen: boolean }, result: Choices };
  route_offers: { args: Record<string, never>, result: RouteOffers };
  sources_in_use: { args: Record<string, never>, result: SourcesInUse };
  choose_route: { args: { route?: string | null }, result: Choices };
  certification_choice: { args: { ids?: Array<string> | null }, result: CertificationChoice };
  set_search_plan: { args: { plan: string }, result: ProfileState };
  assessment_overview: { args: Record<string, never>, result: Overview };
  take_assessment: { args: { assessment: Assessment }, result: Overview };
  refine_known_skills: { args: { knownSkills: { [key in string]: number } }, result: Overview };
  skill_gap: { args: { role: string }, result: GapResult };
  plan_state: { args: { zoom: Zoom, words: TimelineWords }, result: PlanState };
  create_plan: { args: { name: string }, result: Plan };
  edit_milestone: { args: { planId: string, milestoneId: string, edit: MilestoneEdit }, result: null };
  add_milestone: { args: { planId: string, milestone: NewMilestone }, result: string };
  delete_milestone: { args: { planId: string, milestoneId: string }, result: Milestone };
  move_milestone: { args: { planId: string, milestoneId: string, offset: number }, result: null };
  set_parallel_share: { args: { planId: string, pct: string }, result: null };
  duplicate_plan: { args: { planId: string, name: string }, result: Plan };
  activate_plan: { args: { planId: string }, result: null };
  rename_plan: { args: { planId: string, name: string }, result: null };
  delete_plan: { args: { planId: string }, result: null };
  money_prefill: { args: Record<string, never>, result: Prefill };
  money_story: { args: { input: JsonValue, typed?: { [key in string]: string } | null, words: ChartWords }, result: Story };
  progress_dashboard: { args: { words: ProgressWords }, result: Dashboard };
  progress_records: { args: Record<string, never>, result: AllRecords };
  save_progress_record: { args: { record: ProgressRecord, typed?: { [key in string]: string } | null }, result: ProgressRecord };
  delete_progress_record: { args: { kind: Kind, id: string }, result: ProgressRecord };
  move_application: { args: { id: string, stage: Stage, date: string }, result: Application };
  start_timer: { args: { planId?: string | null, milestoneId?: string | null }, result: Timer };
  stop_timer: { args: Record<string, never>, result: Session };
  discard_timer: { args: Record<string, never>, result: null };
  export_calendar: { args: { dialog: FileDialog }, result: WrittenFile | null };
  startup_reminder: { args: { words: ReminderWords }, result: StartupReminder | null };
  plan_document: { args: Record<string, never>, result: PlanDocument };
  export_plan_pdf: { args: { dialog: FileDialog, paper: Paper }, result: WrittenFile | null };
  open_last_export: { args: { reveal: boolean }, result: null };
  about: { args: Record<string, never>, result: About };
  open_data_folder: { args: Record<string, never>, result: null };
  set_view_title: { args: { title: string }, result: null };
}

export type CommandName = keyof Commands;
