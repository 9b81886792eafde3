// Calls to the simulator's control plane (/__sim). With --admin-token every call carries the
// token, kept in this tab's sessionStorage once the user typed it.

const TOKEN_KEY = 'eventsim.adminToken';

/** The control plane answered 401: the simulator wants the admin token (or a better one). */
export class TokenRequired extends Error {}

/** Any other refusal, with the simulator's request status and message. */
export class ControlError extends Error {
  constructor(httpStatus, status, message) {
    super(message);
    this.httpStatus = httpStatus;
    this.status = status;
  }
}

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Calls /__sim + path; answers the parsed JSON, throws TokenRequired or ControlError. */
export async function control(method, path, body) {
  const headers = { Accept: 'application/json' };
  const saved = token.get();
  if (saved) headers['X-Sim-Admin-Token'] = saved;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch('/__sim' + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (response.status === 401) throw new TokenRequired(json?.message ?? 'The admin token is needed');
  if (!response.ok) {
    throw new ControlError(response.status, json?.status, json?.message ?? `HTTP ${response.status}`);
  }
  return json;
}

export const sim = {
  health: () => control('GET', '/health'),
  clock: () => control('GET', '/clock'),
  overview: (limit) => control('GET', `/overview?limit=${limit}`),
  jobs: () => control('GET', '/jobs'),
  faults: () => control('GET', '/faults'),
  journal: (limit) => control('GET', `/journal?limit=${limit}&bodies=false`),
  journalEntry: (id) => control('GET', `/journal/${encodeURIComponent(id)}`),
  advance: (duration) => control('POST', '/clock/advance', { duration }),
  freeze: () => control('POST', '/clock/freeze', {}),
  resume: () => control('POST', '/clock/resume', {}),
  resetAll: () => control('POST', '/reset', {}),
  resetPartner: (partnerId) => control('POST', '/reset', { partnerId }),
  addFault: (rule) => control('POST', '/faults', rule),
  removeFault: (id) => control('DELETE', `/faults/${encodeURIComponent(id)}`),
  clearFaults: () => control('DELETE', '/faults'),
};
