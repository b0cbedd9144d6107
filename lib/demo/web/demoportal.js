// Demo portal, part 6: boot and the test API.
//
// window.demoPortal: a small, stable API for tests (QWebEnginePage::runJavaScript) and the console.
//   simulateIncomingCall(opts?)  -> CALL_ID string, or null while a card is already open.
//       opts: {phoneNumber (null = unknown), lineNumber, lineName, crmEntityType, crmEntityId, direction,
//              callListMode}
//       Creates an external-call card in ui state 'externalCard' and fires BackgroundCallCard::initialized.
//   state()                      -> {card: null | {callId, phoneNumber, uiState, buttons, muted, held, title,
//                                    statusText, timer: {running, seconds}, folded, crm, lastTransfer, ...},
//                                    used, transferOpen, frames: frames()}
//   clickButton(name, arg?)      -> true if the button exists in the current ui state and was clicked.
//       names: answer skip makeCall hangup hold mute transfer dialpad qualityMeter completeTransfer
//              cancelTransfer close notifyAdmin next fold addComment entity
//       arg: dialpad key ('0'-'9', '*', '#'), quality 1-5, comment text, entity {type, id}.
//   openTransfer()               -> true if the picker opened (only in ui state 'connected').
//   pickEmployee(id, choice?)    -> the transferButtonClick payload, or null (e.g. phone menu shown).
//       choice: undefined | 'internal' | one of the employee's phone strings.
//   pickQueue(id), pickPhone(number) -> payload or null (queues only before any CallCard* command).
//   employees(), queues()        -> copies of the demo directory (employees carry a `phones` array).
//   boundCallbackCount(eventName?, frameIndex?) -> number of placementBindEvent registrations.
//   frames()                     -> [{index, appSid, appId, placementId, frameName, handlerUrl, handlerOrigin,
//                                     installed, firstRunPending, userOptions, stats, bound}], in DOM order.
//       installed: the app's install is recorded (option DemoWorkerApp::installed, or its setInstall
//       {install:true}, kept in this page's localStorage across portal reloads); firstRunPending: the next
//       getInitData for this frame answers FIRST_RUN:true (only the first one per page render, §10.5).
//       stats: {accepted, droppedOrigin, droppedSid, droppedFormat, ignored, replies, loads, longLoads};
//       loads counts load events of the frame (every document, §10.1), longLoads those > 5 s after append.
//   reloadFrame(frameIndex)      -> true; POSTs the app's form into its frame again: a new frame
//       document, while the old document's bindings stay and keep posting on their ids (§10.2).
//   wireLog()                    -> [{dir: 'in'|'out'|'drop', frame, text, time, from?}]
//       from ('in'/'drop' only): 'frame' = sent by the app's registered frame window, 'other' = any other
//       window on the handler origin naming the APP_SID (the portal answers both, §10.6).
//   workerState(frameIndex?)     -> the last state the built-in demo worker reported (see worker.js), or null.
//   autoplayState()              -> 'off' | 'waiting' | 'connecting' | 'transferred' | 'failed' (see below).
//
// ?autoplay=transfer runs a sample call by itself, for demos and the console's end-to-end tests: once
// the built-in worker has bound its events (and, with &binds=N, once N callbacks are bound in all, e.g.
// 34 with the Operator Console attached), an incoming call from +19001234567 arrives, the worker
// connects the card, and Transfer picks employee 12 (payload {"phoneNumber":"+19001234567","target":12}).
(function () {
  'use strict';
  const lib = window.DemoPortalLib;
  const el = lib.el;
  const layouts = lib.config.apps.map((app) => new lib.AppLayout(app));
  const workerStates = new Map(); // frame index -> last report

  // The built-in worker posts {demoWorkerState} so tests can read it from the top frame
  // (runJavaScript reaches the main frame only in Qt 6.4). Same checks as protocol traffic.
  window.addEventListener('message', (e) => {
    if (!e.data || typeof e.data !== 'object' || !e.data.demoWorkerState) return;
    const layout = layouts.find((l) => l.app.handlerOrigin === e.origin && l.frame()
      && l.frame().contentWindow === e.source);
    if (layout) workerStates.set(layout.app.index, e.data.demoWorkerState);
  });

  function frames() {
    return layouts.map((l) => ({
      index: l.app.index, appSid: l.app.appSid, appId: l.app.appId, placementId: l.app.placementId,
      frameName: l.app.frameName, handlerUrl: l.app.handlerUrl, handlerOrigin: l.app.handlerOrigin,
      installed: l.isInstalled(), firstRunPending: l.firstRun, userOptions: Object.assign({}, l.userOptions),
      stats: Object.assign({}, l.stats), bound: l.boundCount(),
    }));
  }

  window.demoPortal = Object.freeze({
    simulateIncomingCall: (opts) => lib.card.create(opts),
    state: () => ({
      card: lib.card.snapshot(), used: lib.card.isUsed(), transferOpen: lib.transfer.isOpen(), frames: frames(),
    }),
    clickButton: (name, arg) => lib.card.click(name, arg),
    openTransfer: () => lib.transfer.open(),
    pickEmployee: (id, choice) => lib.transfer.pickEmployee(id, choice),
    pickQueue: (id) => lib.transfer.pickQueue(id),
    pickPhone: (number) => lib.transfer.pickPhone(number),
    employees: () => lib.directory.copy(),
    queues: () => lib.directory.queues.map((q) => Object.assign({}, q)),
    boundCallbackCount: (eventName, frameIndex) => layouts
      .filter((l) => frameIndex === undefined || l.app.index === frameIndex)
      .reduce((sum, l) => sum + l.boundCount(eventName), 0),
    frames,
    reloadFrame: (frameIndex) => {
      const layout = layouts[frameIndex || 0];
      if (!layout || !layout.started) return false;
      layout.submit();
      return true;
    },
    wireLog: () => lib.wire.entries(),
    workerState: (frameIndex) => workerStates.get(frameIndex || 0) || null,
    autoplayState: () => autoplay.state,
  });

  const autoplay = { state: 'off' };
  (function startAutoplay() {
    const params = new URLSearchParams(location.search);
    if (params.get('autoplay') !== 'transfer') return;
    const minBinds = Math.max(0, Number(params.get('binds')) || 0);
    const deadline = Date.now() + 60000;
    autoplay.state = 'waiting';
    // Polls page state: the worker and the console bind on their own schedules.
    const timer = setInterval(() => {
      if (Date.now() > deadline) {
        console.warn('demo autoplay gave up in state', autoplay.state);
        autoplay.state = 'failed';
      } else if (autoplay.state === 'waiting') {
        if (workerStates.has(0) && window.demoPortal.boundCallbackCount() >= minBinds
            && lib.card.create({ phoneNumber: '+19001234567' })) autoplay.state = 'connecting';
        return;
      } else if (autoplay.state === 'connecting') {
        const card = lib.card.snapshot();
        if (!card || card.uiState !== 'connected') return;
        autoplay.state = lib.transfer.open() && lib.transfer.pickEmployee(12) ? 'transferred' : 'failed';
      }
      clearInterval(timer);
    }, 100);
  })();

  // ---- page chrome ----------------------------------------------------------------------------

  function renderFrames() {
    const root = document.getElementById('frames-info');
    root.textContent = '';
    root.append(el('table', { class: 'frames' }, [
      el('tr', {}, ['App frame', 'Handler', 'APP_SID', 'Bound events'].map((h) => el('th', {}, h))),
    ].concat(layouts.map((l) => el('tr', {}, [
      el('td', {}, '#' + (l.app.index + 1)),
      el('td', {}, el('code', {}, l.app.handlerOrigin + new URL(l.app.handlerUrl).pathname)),
      el('td', {}, el('code', {}, l.app.appSid)),
      el('td', {}, String(l.boundCount())),
    ])))));
  }

  const logList = document.getElementById('wire-log');
  lib.wire.onEntry((entry) => {
    const arrow = entry.dir === 'in' ? '→ portal' : entry.dir === 'out' ? '→ app' : '✕ dropped';
    logList.prepend(el('li', { class: 'wire-' + entry.dir }, [
      el('span', { class: 'wire-dir' }, 'frame ' + (entry.frame + 1) + ' ' + arrow),
      el('code', {}, entry.text.length > 400 ? entry.text.slice(0, 400) + '…' : entry.text),
    ]));
    while (logList.children.length > 200) logList.lastChild.remove();
    renderFrames();
  });

  const simulate = document.getElementById('simulate-call');
  simulate.addEventListener('click', () => lib.card.create());
  lib.card.onChange(() => { simulate.disabled = lib.card.exists(); });

  renderFrames();
  // Like app.layout on BX.ready: the listeners exist before the forms are submitted into the frames,
  // and the forms' hidden divs end up last in document.body.
  function start() {
    layouts.forEach((l) => l.start());
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
