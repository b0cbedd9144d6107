// Demo portal, part 1: the page-wide event bus (the stand-in for BX.addCustomEvent/onCustomEvent)
// and the wire log shown on the page. Shared internals live on window.DemoPortalLib.
(function () {
  'use strict';
  const lib = (window.DemoPortalLib = window.DemoPortalLib || {});
  const listeners = new Map();
  const wireLog = [];
  const wireListeners = [];
  const MAX_LOG = 500;

  lib.config = JSON.parse(document.getElementById('demo-portal-config').textContent);

  lib.bus = {
    on(name, fn) {
      if (!listeners.has(name)) listeners.set(name, []);
      listeners.get(name).push(fn);
    },
    // Calls every handler, in bind order; one failing handler must not starve the others.
    emit(name, payload) {
      for (const fn of (listeners.get(name) || []).slice()) {
        try {
          fn(payload);
        } catch (e) {
          console.error('demo portal: handler of', name, 'failed', e);
        }
      }
    },
    count(name) {
      return (listeners.get(name) || []).length;
    },
  };

  lib.wire = {
    // dir: 'in' (app frame → portal), 'out' (portal → app frame), 'drop' (ignored message);
    // from (requests only): 'frame' (the app's registered frame) or 'other' (any other window).
    add(dir, frameIndex, text, from) {
      const entry = { dir, frame: frameIndex, text: String(text), time: Date.now() };
      if (from) entry.from = from;
      wireLog.push(entry);
      if (wireLog.length > MAX_LOG) wireLog.shift();
      for (const fn of wireListeners) fn(entry);
    },
    entries() {
      return wireLog.slice();
    },
    onEntry(fn) {
      wireListeners.push(fn);
    },
  };

  lib.randomHex = function (length) {
    const bytes = new Uint8Array(Math.ceil(length / 2));
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').slice(0, length);
  };

  // Small DOM helper: el('div', {class: 'x', onclick: fn}, [children or text]).
  lib.el = function (tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of [].concat(children || [])) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  };
})();
