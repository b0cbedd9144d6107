// Demo portal, part 4: the external-call card (VOX view.js behaviour, bitrix24-protocol.md §1).
// Button clicks raise BackgroundCallCard::* on the bus; the app worker's CallCard* commands change
// the card. An external card starts in ui state 'externalCard' (close/fold only): the worker must
// switch it to 'connected' before Transfer exists.
(function () {
  'use strict';
  const lib = window.DemoPortalLib;
  const el = lib.el;
  const PREFIX = 'BackgroundCallCard::';

  const UI_STATES = [
    'incoming', 'transferIncoming', 'outgoing', 'connectingIncoming', 'connectingOutgoing', 'connected',
    'transferring', 'transferFailed', 'transferConnected', 'error', 'moneyError', 'redial',
  ];
  // Buttons per ui state (DOCS card.md); 'fold' is pure UI and always present.
  const BUTTONS = {
    externalCard: ['close'],
    incoming: ['answer', 'skip'],
    transferIncoming: ['answer', 'skip'],
    outgoing: ['makeCall'],
    connectingIncoming: ['hangup'],
    connectingOutgoing: ['hangup'],
    connected: ['hangup', 'hold', 'mute', 'transfer', 'dialpad', 'qualityMeter'],
    transferring: ['completeTransfer', 'cancelTransfer'],
    transferFailed: ['cancelTransfer'],
    transferConnected: ['hangup'],
    error: ['close'],
    moneyError: ['notifyAdmin', 'close'],
    redial: ['makeCall'],
  };
  const LABELS = {
    answer: 'Answer', skip: 'Skip', makeCall: 'Call', hangup: 'End call', hold: 'Hold', mute: 'Mute',
    transfer: 'Transfer', dialpad: 'Keypad', qualityMeter: 'Quality', completeTransfer: 'Transfer',
    cancelTransfer: 'Return to call', close: 'Close', notifyAdmin: 'Notify administrator', next: 'Next',
  };
  const STATE_TEXT = {
    externalCard: 'External call', incoming: 'Incoming call', transferIncoming: 'Incoming transfer',
    outgoing: 'Outgoing call', connectingIncoming: 'Connecting…', connectingOutgoing: 'Calling…',
    connected: 'Connected', transferring: 'Transferring…', transferFailed: 'Transfer failed',
    transferConnected: 'Transfer connected', error: 'Call error', moneyError: 'Insufficient funds',
    redial: 'Call ended',
  };
  const CRM_CHOICES = [
    { type: '', id: 0, label: 'Not in CRM' },
    { type: 'CONTACT', id: 17, label: 'Contact: Иван Кузнецов' },
    { type: 'LEAD', id: 204, label: 'Lead: Website enquiry' },
    { type: 'COMPANY', id: 9, label: 'Company: Nordwind GmbH' },
    { type: 'DEAL', id: 311, label: 'Deal: Annual licence' },
  ];
  const UNDEFINED_CARD = [{ result: 'error', errorCode: 'Call card is undefined' }];

  let card = null;
  let used = false; // any CallCard* command seen: switches the transfer payload shape (§1.4)
  let timerInterval = null;
  const changeListeners = [];

  function emit(name, payload) {
    lib.bus.emit(PREFIX + name, payload);
  }

  function buttonsFor(c) {
    const list = (BUTTONS[c.uiState] || []).slice();
    if (c.callListMode && (c.uiState === 'outgoing' || c.uiState === 'redial')) list.push('next');
    return list;
  }

  function timerSeconds() {
    if (!card) return 0;
    const running = card.timer.startedAt ? Date.now() - card.timer.startedAt : 0;
    return Math.floor((card.timer.elapsedMs + running) / 1000);
  }

  function startTimer() {
    if (card.timer.startedAt) return;
    card.timer.startedAt = Date.now();
    if (!timerInterval) timerInterval = setInterval(updateTimerText, 1000);
  }

  function stopTimer() {
    if (!card.timer.startedAt) return;
    card.timer.elapsedMs += Date.now() - card.timer.startedAt;
    card.timer.startedAt = 0;
  }

  function setUiState(state, disableAutoStartTimer) {
    card.uiState = state;
    card.popover = null;
    if (state !== 'connected' && lib.transfer) lib.transfer.close();
    if (state === 'connected') {
      // 'connected' resumes the timer; with disableAutoStartTimer it resets it instead (§1.3).
      if (disableAutoStartTimer) {
        stopTimer();
        card.timer.elapsedMs = 0;
      } else {
        startTimer();
      }
    }
    render();
  }

  function create(opts) {
    if (card) return null; // one card at a time: showExternalCall returns early (§1.1)
    opts = opts || {};
    const crm = opts.crmEntityType !== undefined
      ? { type: String(opts.crmEntityType), id: Number(opts.crmEntityId || 0) }
      : { type: 'CONTACT', id: 17 };
    // phoneNumber: null means an unknown number: the PHONE_NUMBER key is then absent (§1.2).
    const phoneNumber = opts.phoneNumber === null
      ? '' : opts.phoneNumber || '+1900' + String(Math.floor(1000000 + Math.random() * 8999999));
    const payload = {
      CALL_ID: 'externalCall.' + lib.randomHex(32),
      PHONE_NUMBER: phoneNumber,
      LINE_NUMBER: opts.lineNumber || 'DEMO-SIP-1',
      LINE_NAME: opts.lineName !== undefined ? opts.lineName : 'Demo SIP line',
      CRM_ENTITY_TYPE: crm.type,
      CRM_ENTITY_ID: crm.id,
      CRM_ACTIVITY_ID: crm.id ? 1000 + Math.floor(Math.random() * 9000) : '',
      CRM_BINDINGS: crm.id ? [{ ENTITY_TYPE: crm.type, ENTITY_ID: crm.id }] : [],
      CALL_DIRECTION: opts.direction || 'incoming',
      CALL_STATE: 'connected',
      CALL_LIST_MODE: !!opts.callListMode,
    };
    if (!phoneNumber) delete payload.PHONE_NUMBER;
    card = {
      callId: payload.CALL_ID, phoneNumber, lineNumber: payload.LINE_NUMBER, lineName: payload.LINE_NAME,
      crm, direction: payload.CALL_DIRECTION, callListMode: payload.CALL_LIST_MODE, uiState: 'externalCard',
      muted: false, held: false, title: '', statusText: '', folded: false, popover: null,
      commentDraft: '', quality: null, lastTransfer: null,
      timer: { elapsedMs: 0, startedAt: 0 }, initialized: payload,
    };
    render();
    emit('initialized', payload);
    return payload.CALL_ID;
  }

  function destroy() {
    if (lib.transfer) lib.transfer.close();
    card = null;
    clearInterval(timerInterval);
    timerInterval = null;
    render();
  }

  // The operator's clicks. Returns false when the button does not exist in the current state.
  function click(name, arg) {
    if (!card) return false;
    const always = ['fold', 'addComment', 'entity'];
    if (!always.includes(name) && !buttonsFor(card).includes(name)) return false;
    switch (name) {
      case 'fold': card.folded = !card.folded; break;
      case 'close': emit('closeButtonClick'); destroy(); return true;
      case 'mute': card.muted = !card.muted; emit('muteButtonClick', card.muted); break;
      case 'hold': card.held = !card.held; emit('holdButtonClick', card.held); break;
      case 'transfer': return lib.transfer.open();
      case 'dialpad':
        if (arg === undefined) { card.popover = card.popover === 'dialpad' ? null : 'dialpad'; break; }
        if (!/^[0-9*#]$/.test(String(arg))) return false;
        emit('dialpadButtonClick', String(arg));
        break;
      case 'qualityMeter':
        if (arg === undefined) { card.popover = card.popover === 'quality' ? null : 'quality'; break; }
        if (!/^[1-5]$/.test(String(arg))) return false;
        card.quality = Number(arg);
        card.popover = null;
        emit('qualityMeterClick', String(arg));
        break;
      case 'addComment': {
        const text = arg !== undefined ? String(arg) : card.commentDraft;
        if (!text.trim()) return false;
        card.commentDraft = '';
        emit('addCommentButtonClick', text);
        break;
      }
      case 'entity': {
        const choice = arg || {};
        card.crm = { type: String(choice.type || ''), id: Number(choice.id || 0) };
        emit('entityChanged', {
          PHONE_NUMBER: card.phoneNumber || 'unknown',
          CRM_ENTITY_TYPE: card.crm.type,
          CRM_ENTITY_ID: card.crm.id,
        });
        break;
      }
      default: emit(name + 'ButtonClick'); break; // answer, skip, hangup, makeCall, next, ...
    }
    render();
    return true;
  }

  // The worker's CallCard* commands: {reply} to answer, null to stay silent (§1.3).
  function command(name, params) {
    used = true;
    params = params || {};
    if (name === 'CallCardGetListUiStates') return { reply: UI_STATES.slice() };
    if (!card) return { reply: UNDEFINED_CARD };
    switch (name) {
      case 'CallCardSetMute': card.muted = !!params.muted; break;
      case 'CallCardSetHold': card.held = !!params.held; break;
      case 'CallCardSetUiState':
        if (!UI_STATES.includes(params.uiState)) return { reply: [{ result: 'error', errorCode: 'Invalid ui state' }] };
        setUiState(params.uiState, !!params.disableAutoStartTimer);
        return { reply: [] };
      case 'CallCardSetCardTitle': card.title = String(params.title ?? ''); break;
      case 'CallCardSetStatusText': card.statusText = String(params.statusText ?? ''); break;
      // The browser card never answers these on success; only the desktop app does.
      case 'CallCardStartTimer': startTimer(); render(); return null;
      case 'CallCardStopTimer': stopTimer(); render(); return null;
      case 'CallCardClose': destroy(); return { reply: [] };
      default: return null;
    }
    render();
    return { reply: [] };
  }

  function snapshot() {
    if (!card) return null;
    return {
      callId: card.callId, phoneNumber: card.phoneNumber, lineNumber: card.lineNumber, lineName: card.lineName,
      uiState: card.uiState, buttons: buttonsFor(card), muted: card.muted, held: card.held, title: card.title,
      statusText: card.statusText, folded: card.folded, callListMode: card.callListMode,
      crm: Object.assign({}, card.crm), quality: card.quality, popover: card.popover,
      timer: { running: !!card.timer.startedAt, seconds: timerSeconds() },
      transferOpen: lib.transfer ? lib.transfer.isOpen() : false,
      lastTransfer: card.lastTransfer, initialized: card.initialized,
    };
  }

  // ---- view ----------------------------------------------------------------------------------

  function formatTime(seconds) {
    return String(Math.floor(seconds / 60)).padStart(2, '0') + ':' + String(seconds % 60).padStart(2, '0');
  }

  function updateTimerText() {
    const node = document.getElementById('cc-timer');
    if (node && card) node.textContent = formatTime(timerSeconds());
  }

  function actionButton(name) {
    let label = LABELS[name];
    let cls = 'cc-btn';
    if (name === 'mute' && card.muted) { label = 'Unmute'; cls += ' on'; }
    if (name === 'hold' && card.held) { label = 'Resume'; cls += ' on'; }
    if ((name === 'dialpad' && card.popover === 'dialpad') || (name === 'qualityMeter' && card.popover === 'quality')) cls += ' on';
    if (name === 'hangup' || name === 'skip') cls += ' danger';
    if (name === 'answer' || name === 'makeCall' || name === 'completeTransfer') cls += ' success';
    return el('button', { class: cls, 'data-button': name, onclick: () => click(name) }, label);
  }

  function popover() {
    if (card.popover === 'dialpad') {
      const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
      return el('div', { class: 'cc-dialpad' },
        keys.map((k) => el('button', { class: 'cc-key', 'data-key': k, onclick: () => click('dialpad', k) }, k)));
    }
    if (card.popover === 'quality') {
      return el('div', { class: 'cc-quality' }, [el('span', {}, 'Call quality: ')].concat(
        [1, 2, 3, 4, 5].map((n) => el('button', { class: 'cc-star', onclick: () => click('qualityMeter', n) }, '★' + n))));
    }
    return null;
  }

  function render() {
    const root = document.getElementById('call-card-root');
    root.textContent = '';
    document.body.classList.toggle('has-card', !!card);
    if (!card) {
      changeListeners.forEach((fn) => fn());
      return;
    }
    const head = el('div', { class: 'cc-head' }, [
      el('div', { class: 'cc-avatar' }, '☎'),
      el('div', { class: 'cc-who' }, [
        el('div', { class: 'cc-title' }, card.title || card.phoneNumber || 'Unknown number'),
        el('div', { class: 'cc-sub' }, card.title ? card.phoneNumber : card.lineName + ' · ' + card.lineNumber),
      ]),
      el('button', { class: 'cc-icon', title: card.folded ? 'Unfold' : 'Fold', onclick: () => click('fold') },
        card.folded ? '▴' : '▾'),
    ]);
    const status = el('div', { class: 'cc-status' }, [
      el('span', { class: 'cc-state state-' + card.uiState }, STATE_TEXT[card.uiState] || card.uiState),
      card.statusText ? el('span', { class: 'cc-status-text' }, card.statusText) : null,
      el('span', { id: 'cc-timer', class: 'cc-timer' + (card.timer.startedAt ? ' running' : '') },
        formatTime(timerSeconds())),
    ]);
    const body = card.folded ? [] : [
      el('label', { class: 'cc-crm' }, [
        'CRM ',
        el('select', { onchange: (e) => click('entity', CRM_CHOICES[Number(e.target.value)]) },
          CRM_CHOICES.map((c, i) => el('option', {
            value: i, selected: c.type === card.crm.type && c.id === card.crm.id,
          }, c.label))),
      ]),
      el('div', { class: 'cc-actions' }, buttonsFor(card).map(actionButton)),
      popover(),
      el('div', { class: 'cc-comment' }, [
        el('textarea', {
          placeholder: 'Comment on the call…', rows: 2,
          oninput: (e) => { card.commentDraft = e.target.value; },
        }, card.commentDraft),
        el('button', { class: 'cc-btn small', onclick: () => click('addComment') }, 'Save comment'),
      ]),
    ];
    root.append(el('div', { class: 'call-card' + (card.folded ? ' folded' : ''), 'data-ui-state': card.uiState },
      [head, status].concat(body, [el('div', { class: 'cc-foot' }, 'Demo portal · external call card')])));
    changeListeners.forEach((fn) => fn());
  }

  lib.card = {
    UI_STATES,
    create, click, command, snapshot, setUiState, render,
    exists: () => !!card,
    current: () => card,
    isUsed: () => used,
    onChange: (fn) => changeListeners.push(fn),
  };
})();
