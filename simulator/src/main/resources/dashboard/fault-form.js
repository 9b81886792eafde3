// The "add a fault rule" form: shows the fields of the chosen action and timing, and turns
// them into the body of POST /__sim/faults (the simulator checks it and names what is wrong).

export const OPERATIONS = [
  'events/create', 'events/list', 'events/update', 'events/delete', 'events/duplicate', 'events/duplicateStatus',
  'sessions/create', 'sessions/list', 'sessions/speakerList',
  'team-members/create', 'team-members/update', 'team-members/delete', 'team-members/list',
  'event-users/invite', 'event-users/list', 'event-users/update', 'event-users/delete',
  'session-participants/add', 'session-participants/remove', 'session-participants/update',
  'session-participants/list',
  // core API actions: a rule covers them only by name
  'session.start', 'session.get', 'session.end', 'session.startWidgetSession',
  'appToken.add', 'appToken.get', 'appToken.list', 'appToken.update', 'appToken.delete', 'appToken.startSession',
  'baseEntry.get', 'baseEntry.list', 'media.get', 'media.list', 'category.get', 'category.list', 'category.delete',
  'multirequest',
];

export function setUpFaultForm(form, datalist) {
  datalist.replaceChildren(...OPERATIONS.map((name) => Object.assign(document.createElement('option'), { value: name })));
  const show = () => {
    const when = form.elements.when.value;
    const type = form.elements.type.value;
    for (const label of form.querySelectorAll('[data-when]')) label.hidden = label.dataset.when !== when;
    for (const label of form.querySelectorAll('[data-action]')) label.hidden = !label.dataset.action.split(' ').includes(type);
  };
  form.elements.when.addEventListener('change', show);
  form.elements.type.addEventListener('change', show);
  show();
}

/** The rule the form describes, as POST /__sim/faults takes it. */
export function ruleFrom(form) {
  const f = form.elements;
  const rule = {};
  const operations = f.operations.value.split(/[\s,]+/).filter(Boolean);
  if (operations.length) rule.operations = operations;
  if (f.partnerId.value) rule.partnerId = Number(f.partnerId.value);
  if (f.when.value === 'times') rule.times = Number(f.times.value);
  if (f.when.value === 'probability') rule.probability = Number(f.probability.value);
  const action = { type: f.type.value };
  if (action.type === 'respond') {
    action.httpStatus = Number(f.httpStatus.value);
    if (f.status.value) action.status = f.status.value;
    if (f.retryAfterSeconds.value !== '') action.retryAfterSeconds = Number(f.retryAfterSeconds.value);
  }
  if ((action.type === 'respond' || action.type === 'commitThenFail') && f.message.value.trim()) {
    action.message = f.message.value.trim();
  }
  if (action.type === 'latency') {
    action.minMs = Number(f.minMs.value);
    action.maxMs = Number(f.maxMs.value);
  }
  rule.action = action;
  return rule;
}

/** Keeps the partner choices in step with the simulator's partners, keeping the one chosen. */
export function updatePartnerChoices(select, partners) {
  const key = partners.map((p) => p.partnerId).join(',');
  if (select.dataset.partners === key) return;
  select.dataset.partners = key;
  const chosen = select.value;
  const options = [new Option('every partner', '')];
  for (const p of partners) options.push(new Option(`${p.partnerId}${p.isDefault ? ' (default)' : ''}`, String(p.partnerId)));
  select.replaceChildren(...options);
  select.value = partners.some((p) => String(p.partnerId) === chosen) ? chosen : '';
}
