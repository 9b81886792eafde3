// The dashboard: polls the control plane every second (pausable) and renders what it answers;
// buttons call the control plane and refresh at once.
import { ControlError, TokenRequired, sim, token } from './api.js';
import { duration, renderIfChanged, utc } from './dom.js';
import { ruleFrom, setUpFaultForm, updatePartnerChoices } from './fault-form.js';
import { callKey, renderCore, renderEvents, renderFaults, renderJobs, renderJournal, renderPartners, summary } from './panels.js';

const POLL_MILLIS = 1000;
const EVENTS_PER_PARTNER = 50;
const JOURNAL_ROWS = 50;

const $ = (id) => document.getElementById(id);

const ui = {
  partner: null, // null: every partner
  openEvents: new Set(),
  openCalls: new Set(),
  callDetails: new Map(),
  paused: false,
  waitingForToken: false,
  timer: null,
  running: null,
  data: null,
};

const actions = {
  selectPartner(partnerId) {
    ui.partner = partnerId;
    render();
  },
  toggleEvent(eventId) {
    toggle(ui.openEvents, eventId);
    render();
  },
  async toggleCall(entry) {
    const key = callKey(entry);
    toggle(ui.openCalls, key);
    render();
    if (ui.openCalls.has(key) && !ui.callDetails.has(key)) {
      try {
        ui.callDetails.set(key, await sim.journalEntry(entry.id));
      } catch (e) {
        ui.callDetails.set(key, { method: '', path: 'not in the journal any more', httpStatus: '', requestBody: null, responseBody: e.message });
      }
      render();
    }
  },
  resetPartner: (partnerId) => confirmThen(
    `Reset partner ${partnerId}? Its events, sessions, users, team members and jobs are forgotten.`,
    () => sim.resetPartner(partnerId), `Partner ${partnerId} reset`),
  removeFault: (id) => act(() => sim.removeFault(id), `Fault rule ${id} removed`),
};

function toggle(set, value) {
  if (set.has(value)) set.delete(value);
  else set.add(value);
}

// ---- polling ---------------------------------------------------------------------------------

async function refresh() {
  const [health, clock, overview, jobs, faults, journal] = await Promise.all([
    sim.health(), sim.clock(), sim.overview(EVENTS_PER_PARTNER), sim.jobs(), sim.faults(), sim.journal(JOURNAL_ROWS),
  ]);
  ui.data = { health, clock, overview, jobs: jobs.jobs, faults: faults.rules, journal };
  render();
  // 24-hour UTC, as every time on the page (the clock above is the simulator's, this one the browser's)
  $('refresh-state').textContent = `updated ${new Date().toISOString().slice(11, 19)} UTC`;
  $('refresh-state').classList.remove('error-text');
}

/** Refreshes now (after whatever refresh is running), then every second unless paused. */
function refreshNow() {
  clearTimeout(ui.timer);
  const previous = ui.running ?? Promise.resolve();
  ui.running = previous.then(refresh).catch(failed).finally(() => {
    ui.running = null;
    schedule();
  });
  return ui.running;
}

function schedule() {
  clearTimeout(ui.timer);
  if (!ui.paused && !ui.waitingForToken) ui.timer = setTimeout(refreshNow, POLL_MILLIS);
}

function failed(error) {
  if (error instanceof TokenRequired) {
    askForToken();
    return;
  }
  const state = $('refresh-state');
  state.textContent = error instanceof ControlError ? `refresh failed: ${error.message}` : 'simulator not reachable';
  state.classList.add('error-text');
}

function setPaused(paused) {
  ui.paused = paused;
  $('pause-polling').textContent = paused ? 'Resume updates' : 'Pause';
  $('pause-polling').classList.toggle('active', paused);
  document.body.classList.toggle('paused', paused);
  if (paused) {
    clearTimeout(ui.timer);
    $('refresh-state').textContent = 'updates paused';
  } else {
    refreshNow();
  }
}

// ---- rendering -------------------------------------------------------------------------------

function render() {
  const data = ui.data;
  if (!data) return;
  const { health, clock, overview, jobs, faults, journal } = data;

  $('version').textContent = `version ${health.version}`;
  $('uptime').textContent = `up ${duration(health.uptimeMillis)}`;
  $('clock-now').textContent = utc(clock.now);
  $('clock-now').dataset.instant = clock.now;
  $('clock-mode').textContent = clock.frozen ? 'frozen' : 'running';
  $('clock-mode').className = `badge ${clock.frozen ? 'frozen' : 'running'}`;
  $('clock-toggle').textContent = clock.frozen ? 'Resume' : 'Freeze';

  if (ui.partner !== null && !overview.partners.some((p) => p.partnerId === ui.partner)) ui.partner = null;
  const uiKey = JSON.stringify([ui.partner, [...ui.openEvents]]);
  renderIfChanged($('partners'), JSON.stringify([overview.partners.map(countsOf), ui.partner]),
    () => renderPartners(overview, ui, actions));
  renderIfChanged($('events'), JSON.stringify([overview.partners, uiKey]), () => renderEvents(overview, ui, actions));
  $('events-scope').textContent = ui.partner === null ? 'every partner, newest first' : `partner ${ui.partner}, newest first`;
  renderIfChanged($('jobs'), JSON.stringify(jobs), () => renderJobs(jobs));
  renderIfChanged($('core'), JSON.stringify([overview.partners.map((p) => [p.partnerId, p.appTokens, p.endedSessions]), ui.partner]),
    () => renderCore(overview, ui));
  renderIfChanged($('faults'), JSON.stringify(faults), () => renderFaults(faults, actions));
  $('faults-clear').hidden = faults.length === 0;
  updatePartnerChoices($('fault-partner'), overview.partners);
  const callsKey = JSON.stringify([journal.entries.map(callKey), [...ui.openCalls], [...ui.callDetails.keys()]]);
  renderIfChanged($('journal'), callsKey, () => renderJournal(journal, ui, actions));
  $('journal-summary').textContent = summary(journal);
}

function countsOf(p) {
  return [p.partnerId, p.isDefault, p.totalEvents, p.totalSessions];
}

// ---- actions ---------------------------------------------------------------------------------

/** Runs a control call, says how it went, and refreshes; never throws. */
async function act(call, done) {
  try {
    await call();
    notice(done, 'ok');
  } catch (error) {
    if (error instanceof TokenRequired) askForToken();
    else notice(error.message, 'error');
  } finally {
    refreshNow();
  }
}

async function confirmThen(message, call, done) {
  if (await confirmDialog(message)) await act(call, done);
}

function confirmDialog(message) {
  const dialog = $('confirm-dialog');
  $('confirm-message').textContent = message;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    const closed = () => {
      // 'close' is dispatched later than the dialog closes: one left over from the previous
      // answer can arrive after the dialog opened again, and must not answer this question.
      if (dialog.open) return;
      dialog.removeEventListener('close', closed);
      resolve(dialog.returnValue === 'ok');
    };
    dialog.addEventListener('close', closed);
  });
}

let noticeTimer = null;
function notice(text, kind) {
  const box = $('notice');
  box.textContent = text;
  box.className = kind;
  box.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { box.hidden = true; }, kind === 'error' ? 8000 : 3000);
}

function askForToken() {
  if (ui.waitingForToken) return;
  ui.waitingForToken = true;
  clearTimeout(ui.timer);
  $('token-refused').hidden = !token.get();
  token.clear();
  $('token-input').value = '';
  $('token-dialog').showModal();
}

function wire() {
  for (const button of document.querySelectorAll('[data-advance]')) {
    button.addEventListener('click', () => act(() => sim.advance(button.dataset.advance),
      `Clock advanced by ${button.dataset.advance}`));
  }
  $('advance-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const by = $('advance-by').value.trim();
    act(() => sim.advance(/^\d+$/.test(by) ? Number(by) : by), `Clock advanced by ${by}`);
  });
  $('clock-toggle').addEventListener('click', () => {
    const frozen = ui.data?.clock.frozen;
    act(frozen ? sim.resume : sim.freeze, frozen ? 'Clock follows real time again' : 'Clock frozen');
  });
  $('pause-polling').addEventListener('click', () => setPaused(!ui.paused));
  $('notice').addEventListener('click', () => { $('notice').hidden = true; });
  $('reset-all').addEventListener('click', () => confirmThen(
    'Reset everything? Every partner\'s data, jobs, fault rules, limits and the journal go; the clock follows real time again.',
    sim.resetAll, 'Simulator reset'));
  $('faults-clear').addEventListener('click', () => act(sim.clearFaults, 'Every fault rule removed'));

  const form = $('fault-form');
  setUpFaultForm(form, $('operation-names'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    $('fault-error').textContent = '';
    try {
      const rule = await sim.addFault(ruleFrom(form));
      notice(`Fault rule ${rule.id} added`, 'ok');
    } catch (error) {
      if (error instanceof TokenRequired) askForToken();
      else $('fault-error').textContent = error.message;
    } finally {
      refreshNow();
    }
  });

  $('token-form').addEventListener('submit', () => {
    token.set($('token-input').value);
    ui.waitingForToken = false;
    refreshNow();
  });
  $('token-dialog').addEventListener('cancel', (e) => e.preventDefault()); // nothing to show without it
}

wire();
refreshNow();
