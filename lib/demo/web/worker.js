// The built-in demo telephony app: what an integrator writes against the wire protocol by hand,
// without BX24.js or b24jssdk (bitrix24-protocol.md §3). It runs hidden in the portal's
// PAGE_BACKGROUND_WORKER frame on the handler origin.
//
// window.demoWorker (for debugging in the frame): {received: [{event, data, time}], sent: [...],
//   initData, rejected, unknownCallbacks, counts()}. Because Qt 6.4's runJavaScript reaches only the
// top frame, the worker also posts {demoWorkerState: ...} to the portal after every change; the demo
// portal exposes it as demoPortal.workerState(index).
(function () {
  'use strict';
  const EVENTS = [
    'initialized', 'addCommentButtonClick', 'muteButtonClick', 'holdButtonClick', 'closeButtonClick',
    'transferButtonClick', 'cancelTransferButtonClick', 'completeTransferButtonClick', 'hangupButtonClick',
    'nextButtonClick', 'skipButtonClick', 'answerButtonClick', 'entityChanged', 'makeCallButtonClick',
    'qualityMeterClick', 'dialpadButtonClick', 'notifyAdminButtonClick',
  ].map((name) => 'BackgroundCallCard::' + name);

  const logList = document.getElementById('log');
  function log(text, bad) {
    const li = document.createElement('li');
    li.textContent = new Date().toISOString().slice(11, 23) + ' ' + text;
    if (bad) li.className = 'bad';
    logList.prepend(li);
    while (logList.children.length > 100) logList.lastChild.remove();
  }

  // window.name = "<DOMAIN>|<PROTOCOL 0/1>|<APP_SID>" is the only trusted source of identity (§3.1).
  const [rawDomain, protocol, appSid] = String(window.name).split('|');
  const domain = (rawDomain || '').replace(/:(80|443)$/, '');
  const portalOrigin = (protocol === '1' ? 'https://' : 'http://') + domain;
  const callbacks = new Map(); // callback id -> fn(value)

  const state = {
    appSid: appSid || '',
    domain,
    portalOrigin,
    initData: null,
    received: [],
    sent: [],
    replies: [],
    rejected: 0,
    unknownCallbacks: 0,
    counts() {
      const result = {};
      for (const r of this.received) result[r.event] = (result[r.event] || 0) + 1;
      return result;
    },
  };
  window.demoWorker = state;

  document.getElementById('identity').textContent = domain && appSid
    ? 'Portal ' + portalOrigin + ', APP_SID ' + appSid
    : 'Not inside a portal frame (window.name has no DOMAIN|PROTOCOL|APP_SID)';
  if (!domain || !/^[0-9a-f]{32}$/.test(appSid || '')) return;

  function callbackId() {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
    const bytes = new Uint8Array(32);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  }

  // Tokens stay out of the report; the portal page is another origin.
  function report() {
    const init = state.initData
      ? {
        DOMAIN: state.initData.DOMAIN, PLACEMENT: state.initData.PLACEMENT,
        PLACEMENT_OPTIONS: state.initData.PLACEMENT_OPTIONS, FIRST_RUN: state.initData.FIRST_RUN,
        hasAuth: !!state.initData.AUTH_ID,
      }
      : null;
    window.parent.postMessage({
      demoWorkerState: {
        appSid, portalOrigin, initData: init, received: state.received, sent: state.sent,
        replies: state.replies, rejected: state.rejected, unknownCallbacks: state.unknownCallbacks, counts: state.counts(),
      },
    }, portalOrigin);
  }

  // "<command>:<params JSON>:<callback id>:<APP_SID>", BX24.js style with all four fields (§3.2).
  function send(command, params, onReply) {
    const id = callbackId();
    if (onReply) callbacks.set(id, onReply);
    const text = command + ':' + (params === undefined ? '' : JSON.stringify(params)) + ':' + id + ':' + appSid;
    state.sent.push(command + (params === undefined ? '' : ' ' + JSON.stringify(params)));
    window.parent.postMessage(text, portalOrigin);
    log('→ ' + text);
    return id;
  }

  function call(command, params) {
    send(command, params, (value) => {
      state.replies.push({ command, value });
      log('← ' + command + ' ' + JSON.stringify(value));
      report();
    });
  }

  // A real integration moves the card itself; the portal does nothing for external calls (§1.1, §6).
  const REACTIONS = {
    initialized: () => call('CallCardSetUiState', { uiState: 'connected' }),
    answerButtonClick: () => call('CallCardSetUiState', { uiState: 'connected' }),
    transferButtonClick: (data) => call('CallCardSetStatusText', { statusText: 'Transferring to ' + (data && data.target) }),
    cancelTransferButtonClick: () => {
      call('CallCardSetStatusText', { statusText: '' });
      call('CallCardSetUiState', { uiState: 'connected' });
    },
    completeTransferButtonClick: () => call('CallCardClose', {}),
    hangupButtonClick: () => call('CallCardClose', {}),
  };

  function onEvent(fullName, data) {
    const event = fullName.slice('BackgroundCallCard::'.length);
    state.received.push({ event, data, time: Date.now() });
    log('event ' + event + ' ' + (data === undefined ? '' : JSON.stringify(data)));
    if (REACTIONS[event]) REACTIONS[event](data);
    report();
  }

  window.addEventListener('message', (e) => {
    // Only the portal page that framed us: origin from window.name AND the parent window itself.
    if (e.origin !== portalOrigin || e.source !== window.parent || typeof e.data !== 'string') {
      state.rejected++;
      report();
      return;
    }
    const colon = e.data.indexOf(':');
    const id = colon < 0 ? e.data : e.data.slice(0, colon);
    const tail = colon < 0 ? '' : e.data.slice(colon + 1);
    const fn = callbacks.get(id);
    if (!fn) {
      // Replies to requests other windows sent in our name, deliveries for bindings of an earlier
      // document of this frame (§10.2, §10.6): not ours, and no error.
      state.unknownCallbacks++;
      report();
      return;
    }
    let value;
    try {
      value = tail === '' ? undefined : JSON.parse(tail);
    } catch (err) {
      log('bad JSON from portal: ' + tail, true);
      return;
    }
    fn(value);
  });

  send('getInitData', undefined, (data) => {
    state.initData = data;
    log('init: ' + data.DOMAIN + ' ' + data.PLACEMENT + (data.FIRST_RUN ? ' (first run)' : ''));
    // First run for this user: record the install, as b24jssdk does (§10.5).
    if (data.FIRST_RUN === true) call('setInstall', { install: true });
    // Bind once per frame load: there is no unbind, a second bind doubles delivery (§1.1).
    for (const name of EVENTS) {
      const id = callbackId();
      callbacks.set(id, (value) => onEvent(name, value));
      const text = 'placementBindEvent:' + JSON.stringify({ event: name }) + ':' + id + ':' + appSid;
      state.sent.push('placementBindEvent ' + name);
      window.parent.postMessage(text, portalOrigin);
    }
    log('bound ' + EVENTS.length + ' events');
    report();
  });
})();
