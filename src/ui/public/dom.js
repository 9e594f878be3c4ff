// @ts-check
// Builds DOM nodes. Text is always set with textContent (never innerHTML): values from payments cannot become markup.

/**
 * h('tr', { class: 'x', dataset: { id } , onclick }, child, 'text', [more]) → Element.
 * Attributes: class, dataset, on* handlers, boolean true/false, everything else via setAttribute.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

const statusEl = () => document.getElementById('status');

/** A message in the live region (read out by screen readers). kind: 'info' | 'ok' | 'error'. */
export function say(text, kind = 'info') {
  const el = statusEl();
  el.textContent = text;
  el.dataset.kind = kind;
}
