// Renders each panel from what the control plane answered. Pure DOM building: the caller
// decides when to re-render and passes the actions buttons call.
import { badge, duration, empty, h, httpClass, shortUtc, table, timeOfDay, utc } from './dom.js';

export function renderPartners(overview, ui, actions) {
  if (!overview.partners.length) return empty('No partners.');
  const all = h('button', {
    type: 'button', class: `partner-pick ${ui.partner === null ? 'selected' : ''}`,
    onclick: () => actions.selectPartner(null),
  }, 'All partners');
  const cards = overview.partners.map((p) => h('div', {
    class: `partner-card ${ui.partner === p.partnerId ? 'selected' : ''}`, dataset: { partnerId: p.partnerId },
  },
  h('button', { type: 'button', class: 'partner-pick', onclick: () => actions.selectPartner(p.partnerId) },
    h('strong', null, String(p.partnerId)), p.isDefault ? badge('default', 'default') : null),
  h('div', { class: 'partner-counts' },
    h('span', null, h('b', null, p.totalEvents), ' events'),
    h('span', null, h('b', null, p.totalSessions), ' sessions')),
  h('button', {
    type: 'button', class: 'small danger-outline', dataset: { resetPartner: p.partnerId },
    onclick: () => actions.resetPartner(p.partnerId),
  }, 'Reset…')));
  return [all, ...cards];
}

export function renderEvents(overview, ui, actions) {
  const partners = overview.partners.filter((p) => ui.partner === null || p.partnerId === ui.partner);
  const blocks = [];
  for (const partner of partners) {
    if (partners.length > 1 || ui.partner === null) {
      blocks.push(h('h3', { class: 'partner-heading' }, `Partner ${partner.partnerId}`,
        h('span', { class: 'muted small' },
          partner.returned < partner.totalEvents
            ? ` newest ${partner.returned} of ${partner.totalEvents}` : ` ${partner.totalEvents} event(s)`)));
    }
    if (!partner.events.length) {
      blocks.push(empty('No events yet: create one with events/create or POST /__sim/seed.'));
      continue;
    }
    const rows = partner.events.map((event) => eventRows(event, ui, actions));
    blocks.push(table('data events-table',
      ['', 'ID', 'Name', 'Template', 'State', 'Starts (UTC)', 'Ends (UTC)', 'Sessions', 'Users', 'Speakers', 'Moderators'],
      rows));
  }
  return blocks.length ? blocks : empty('No partner selected.');
}

function eventRows(event, ui, actions) {
  const open = ui.openEvents.has(event.id);
  const speakers = new Set(event.sessions.flatMap((s) => s.speakers.map((p) => p.userId)));
  const moderators = new Set(event.sessions.flatMap((s) => s.moderators.map((p) => p.userId)));
  const row = h('tr', {
    class: `clickable ${open ? 'open' : ''}`, dataset: { eventId: event.id },
    onclick: () => actions.toggleEvent(event.id),
  },
  h('td', { class: 'chevron' }, open ? '▾' : '▸'),
  h('td', { class: 'mono' }, event.id),
  h('td', { class: 'event-name' }, event.name,
    event.labels.length ? h('span', { class: 'labels' }, event.labels.map((l) => h('span', { class: 'label' }, l))) : null),
  h('td', { class: 'mono' }, event.templateId.length > 10 ? 'custom' : event.templateId),
  h('td', null, badge(event.state, `state-${event.state}`)),
  h('td', { class: 'nowrap' }, shortUtc(event.startDate)),
  h('td', { class: 'nowrap' }, shortUtc(event.endDate)),
  h('td', { class: 'num' }, event.sessionCount),
  h('td', { class: 'num' }, event.userCount),
  h('td', { class: 'num' }, speakers.size),
  h('td', { class: 'num' }, moderators.size));
  if (!open) return row;
  return [row, h('tr', { class: 'detail' }, h('td', { colspan: 11 }, eventDetail(event)))];
}

function eventDetail(event) {
  const sessions = event.sessions.length
    ? table('data inner', ['Session', 'Type', 'Starts', 'Ends', 'Speakers', 'Moderators'], event.sessions.map((s) => h('tr', null,
      h('td', null, s.name, h('div', { class: 'mono muted small' }, s.id)),
      h('td', null, s.type),
      h('td', { class: 'nowrap' }, shortUtc(s.startDate)),
      h('td', { class: 'nowrap' }, shortUtc(s.endDate)),
      h('td', null, s.speakers.map((p) => p.name).join(', ') || '—'),
      h('td', null, s.moderators.map((p) => p.name).join(', ') || '—'))))
    : empty('No sessions.');
  const users = event.users.length
    ? table('data inner', ['User', 'Email', 'Roles'], event.users.map((u) => h('tr', null,
      h('td', null, u.name), h('td', { class: 'mono small' }, u.email), h('td', null, u.roles.join(', ')))))
    : empty('No users.');
  return h('div', { class: 'event-detail' },
    h('div', null, h('h4', null, `Sessions (${event.sessionCount})`), sessions),
    h('div', null, h('h4', null, `Users (${event.userCount}${event.users.length < event.userCount ? `, first ${event.users.length}` : ''})`), users),
    h('div', { class: 'muted small' }, `${event.timezone} · created ${utc(event.createdAt)}`));
}

/** App tokens and ended KSes of the partners shown, from the overview. */
export function renderCore(overview, ui) {
  const partners = overview.partners.filter((p) => ui.partner === null || p.partnerId === ui.partner);
  const blocks = [];
  for (const partner of partners) {
    const tokens = partner.appTokens ?? [];
    const ended = partner.endedSessions ?? [];
    if (!tokens.length && !ended.length) continue;
    blocks.push(h('h3', { class: 'partner-heading' }, `Partner ${partner.partnerId}`));
    if (tokens.length) {
      blocks.push(table('data app-tokens-table',
        ['App token', 'Description', 'Hash', 'Status', 'Session', 'User', 'Duration', 'Privileges', 'Created (UTC)'],
        tokens.map((t) => h('tr', { dataset: { appToken: t.id } },
          h('td', { class: 'mono' }, t.id), h('td', null, t.description ?? ''), h('td', null, t.hashType),
          h('td', null, badge(t.status, t.status === 'active' ? 'ok' : 'muted')),
          h('td', null, t.sessionType === 2 ? 'ADMIN' : t.sessionType === 0 ? 'USER' : 'as asked'),
          h('td', null, t.sessionUserId ?? ''), h('td', null, `${t.sessionDuration} s`),
          h('td', { class: 'mono' }, t.sessionPrivileges ?? ''), h('td', null, shortUtc(t.createdAt))))));
    }
    if (ended.length) {
      blocks.push(table('data ended-sessions-table', ['Ended', 'KS / session id', 'Ended at (UTC)', 'Refused until (UTC)'],
        ended.map((e) => h('tr', { dataset: { endedKey: e.key } },
          h('td', null, e.kind === 'ks' ? 'KS' : 'sessionid'), h('td', { class: 'mono' }, e.kind === 'ks' ? `${e.key}…` : e.key),
          h('td', null, shortUtc(e.endedAt)), h('td', null, shortUtc(e.until))))));
    }
  }
  return blocks.length ? blocks : empty('No app tokens or ended sessions: appToken.add and session.end show here.');
}

export function renderJobs(jobs) {
  if (!jobs.length) return empty('No duplication jobs. events/duplicate starts one.');
  return table('data', ['Job', 'Partner', 'Source', 'State', 'Copy', 'Polls', 'Progression'], jobs.slice().reverse().map((job) => h('tr', {
    dataset: { jobId: job.jobId },
  },
  h('td', { class: 'mono' }, job.jobId),
  h('td', { class: 'mono' }, job.partnerId),
  h('td', { class: 'mono' }, job.sourceEventId),
  h('td', null, badge(job.jobState, `job-${job.jobState}`), job.forced ? h('span', { class: 'muted small' }, ' forced') : null,
    job.failure ? h('div', { class: 'error-text small' }, job.failure) : null),
  h('td', { class: 'mono' }, job.eventId ?? '—'),
  h('td', { class: 'num' }, job.polls),
  h('td', { class: 'small' }, progression(job.progression)))));
}

function progression(p) {
  if (p.mode === 'immediate') return 'at the first poll';
  if (p.mode === 'polls') return `after ${p.polls} poll(s)`;
  return `after ${p.after}`;
}

export function renderFaults(rules, actions) {
  if (!rules.length) return empty('No fault rules: every call is answered normally.');
  return table('data', ['Rule', 'Operations', 'Partner', 'Fires', 'Action', 'Fired', ''], rules.map((rule) => h('tr', {
    class: rule.spent ? 'spent' : '', dataset: { faultId: rule.id },
  },
  h('td', { class: 'mono' }, rule.id),
  h('td', { class: 'small' }, rule.operations ? rule.operations.join(', ') : 'every operation'),
  h('td', { class: 'mono' }, rule.partnerId ?? 'every'),
  h('td', { class: 'small' }, fires(rule)),
  h('td', { class: 'small' }, action(rule.action)),
  h('td', { class: 'num' }, rule.fired),
  h('td', null, h('button', {
    type: 'button', class: 'small', dataset: { removeFault: rule.id }, onclick: () => actions.removeFault(rule.id),
  }, 'Remove')))));
}

function fires(rule) {
  if (rule.times != null) return rule.spent ? `next ${rule.times} · spent` : `next ${rule.times} · ${rule.remaining} left`;
  if (rule.probability != null) return `p = ${rule.probability}`;
  return 'every call';
}

function action(a) {
  switch (a.type) {
    case 'respond': return `respond ${a.httpStatus} ${a.status}${a.retryAfterSeconds != null ? `, Retry-After ${a.retryAfterSeconds}` : ''}`;
    case 'latency': return a.minMs === a.maxMs ? `latency ${a.minMs} ms` : `latency ${a.minMs}–${a.maxMs} ms`;
    case 'commitThenFail': return 'commit, then 500';
    default: return a.type;
  }
}

export function renderJournal(page, ui, actions) {
  if (!page.entries.length) return empty('No API calls yet. Every /api/v1 and core API call shows up here.');
  return table('data journal-table',
    ['#', 'Time (UTC)', 'Operation', 'Partner', 'HTTP', 'Status', 'Latency', 'Trace id'],
    page.entries.map((entry) => journalRows(entry, ui, actions)));
}

/** Entry ids start over after a full reset; with the trace id, a key never names two calls. */
export function callKey(entry) {
  return `${entry.id}:${entry.traceId}`;
}

/**
 * The call's request status: an /api/v1 answer's `status`, or a core API exception's code. A core
 * API result that is not an exception has neither; it shows as ok.
 */
function statusOf(entry) {
  if (entry.status) return entry.status;
  return entry.httpStatus < 400 ? h('span', { class: 'muted', title: 'a core API result, not an exception' }, 'ok') : '';
}

function journalRows(entry, ui, actions) {
  const key = callKey(entry);
  const open = ui.openCalls.has(key);
  const row = h('tr', {
    class: `clickable ${open ? 'open' : ''}`, dataset: { entryId: entry.id, operation: entry.operation },
    onclick: () => actions.toggleCall(entry),
  },
  h('td', { class: 'mono muted' }, entry.id),
  h('td', { class: 'mono nowrap' }, timeOfDay(entry.time)),
  h('td', { class: 'operation' }, entry.operation),
  h('td', { class: 'mono' }, entry.partnerId ?? '—'),
  h('td', null, h('span', { class: `http ${httpClass(entry.httpStatus)}` }, entry.httpStatus)),
  h('td', { class: 'small' }, statusOf(entry), entry.fault ? h('span', { class: 'fault' }, ` fault: ${entry.fault}`) : null,
    entry.unknownFields ? h('span', { class: 'fault', title: 'fields the operation does not take (--unknown-fields=warn)' },
      ` unknown: ${entry.unknownFields}`) : null),
  h('td', { class: 'num mono' }, `${entry.latencyMillis.toFixed(1)} ms`),
  h('td', { class: 'mono small trace' }, entry.traceId ?? ''));
  if (!open) return row;
  const detail = ui.callDetails.get(key);
  return [row, h('tr', { class: 'detail' }, h('td', { colspan: 8 }, detail
    ? h('div', { class: 'bodies' },
      h('div', null, h('h4', null, `${detail.method} ${detail.path}`), h('pre', null, pretty(detail.requestBody))),
      h('div', null, h('h4', null, `Answer ${detail.httpStatus}`), h('pre', null, pretty(detail.responseBody))))
    : h('span', { class: 'muted' }, 'loading…')))];
}

function pretty(body) {
  if (body === null || body === undefined) return '(none)';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function summary(page) {
  return `${page.returned} newest of ${page.retained} kept (${page.recorded} recorded, capacity ${page.capacity})`;
}

export { duration, utc };
