// Builds DOM nodes; every string becomes a text node, so names typed into the API never run as HTML.

export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** A table with a header row; rows are <tr> nodes (or arrays of them). */
export function table(className, headings, rows) {
  return h('table', { class: className },
    h('thead', null, h('tr', null, headings.map((heading) => h('th', null, heading)))),
    h('tbody', null, rows));
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

export function badge(text, kind) {
  return h('span', { class: `badge ${kind ?? text}` }, text);
}

/** 2030-05-01T14:00:00.000Z → 2030-05-01 14:00:00 UTC */
export function utc(instant) {
  if (!instant) return '—';
  return instant.replace('T', ' ').replace(/\.\d+Z$/, '').replace(/Z$/, '') + ' UTC';
}

/** 2030-05-01T14:00:00.000Z → 2030-05-01 14:00 */
export function shortUtc(instant) {
  if (!instant) return '—';
  return instant.slice(0, 16).replace('T', ' ');
}

/** The time of day of an instant, with milliseconds: 14:00:03.125 */
export function timeOfDay(instant) {
  return instant ? instant.slice(11, 23) : '—';
}

export function httpClass(code) {
  if (code >= 500) return 'http-5xx';
  if (code >= 400) return 'http-4xx';
  if (code >= 300) return 'http-3xx';
  if (code >= 200) return 'http-2xx';
  return 'http-none';
}

export function duration(millis) {
  const seconds = Math.floor(millis / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} days`;
}

/** Replaces a container's content only when what it shows changed, so open rows and scrolling stay. */
export function renderIfChanged(container, key, build) {
  if (container.dataset.renderKey === key) return;
  container.dataset.renderKey = key;
  container.replaceChildren(...[build()].flat());
}
