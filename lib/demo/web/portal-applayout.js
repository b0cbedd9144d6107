// Demo portal, part 2: the portal side of the app-frame protocol, one AppLayout per
// PAGE_BACKGROUND_WORKER frame (like BX.rest.AppLayout; bitrix24-protocol.md §3.2-§3.5, §10).
// Every layout listens on the window; it accepts only its handler's origin and its own APP_SID, from
// any window (no event.source check, §10.6), and always replies to its registered frame element.
(function () {
  'use strict';
  const lib = window.DemoPortalLib;
  const config = lib.config;
  const PLACEMENT = 'PAGE_BACKGROUND_WORKER';
  // intranet.placement times every load of a worker frame against the first append (§10.1).
  const MAX_LOAD_DELAY = 5000;
  const STORAGE_PREFIX = 'demoPortal.app.';

  // Same split as applayout.js: first = command, last = APP_SID, second-to-last = callback id,
  // everything in between re-joined with ':' = params (JSON may contain colons).
  function split(text) {
    const r = text.split(':');
    return [r[0], r.slice(1, r.length - 2).join(':'), r[r.length - 2], r[r.length - 1]];
  }

  // Stand-in for the user option app_options/params_<APP_ID>: {install, userOptions} per app, kept
  // in this page's localStorage so a reload of the portal page keeps them.
  const storage = {
    load(appId) {
      try {
        const record = JSON.parse(window.localStorage.getItem(STORAGE_PREFIX + appId));
        return record && typeof record === 'object' ? record : {};
      } catch (e) {
        return {};
      }
    },
    save(appId, record) {
      try {
        window.localStorage.setItem(STORAGE_PREFIX + appId, JSON.stringify(record));
      } catch (e) {
        console.warn('demo portal: cannot store app options', e);
      }
    },
  };

  class AppLayout {
    constructor(app) {
      // {index, appSid, appId, placementId, installed, frameName, handlerUrl, handlerOrigin, formHtml}
      this.app = app;
      this.record = storage.load(app.appId);
      // Decided once per page render, like app.layout's FIRST_RUN: true until setInstall (§10.5).
      this.firstRun = !this.isInstalled();
      this.userOptions = Object.assign({}, this.record.userOptions);
      this.authId = config.authId;
      this.refreshId = config.refreshId;
      this.bindings = []; // [{event, callback}] in bind order; a second bind doubles delivery
      this.stats = {
        accepted: 0, droppedOrigin: 0, droppedSid: 0, droppedFormat: 0, ignored: 0, replies: 0,
        loads: 0, longLoads: 0,
      };
      this.destroyed = false;
      this.started = false;
      this.receive = (e) => this.receiveMessage(e);
      window.addEventListener('message', this.receive);
    }

    isInstalled() {
      return this.app.installed || this.record.install === true;
    }

    frame() {
      return document.getElementById('appframe_' + this.app.appSid);
    }

    form() {
      return document.forms['appform_' + this.app.appSid];
    }

    // app.layout on BX.ready: the form goes in a hidden div at the end of document.body (non-DEFAULT
    // placement), then it is POSTed into the frame with DOMAIN/PROTOCOL/LANG/APP_SID + auth fields.
    start() {
      if (this.started) return;
      this.started = true;
      const holder = document.createElement('div');
      holder.style.display = 'none';
      holder.innerHTML = this.app.formHtml;
      document.body.appendChild(holder);
      const frame = this.frame();
      const appended = Date.now();
      if (frame) {
        frame.addEventListener('load', () => {
          this.stats.loads++;
          frame.classList.remove('app-loading');
          if (Date.now() - appended > MAX_LOAD_DELAY) this.stats.longLoads++;
        });
      }
      this.submit();
    }

    // Also a reload of the frame document for tests: bindings of the old document stay (§10.2).
    submit() {
      const form = this.form();
      if (form) form.submit();
    }

    receiveMessage(e) {
      if (this.destroyed) return;
      if (e.origin !== this.app.handlerOrigin) {
        this.stats.droppedOrigin++;
        return;
      }
      let method;
      let params = {};
      let callback;
      let appSid;
      if (typeof e.data === 'string') {
        const cmd = split(e.data);
        [method, , callback, appSid] = cmd;
        if (cmd[1]) {
          try {
            params = JSON.parse(cmd[1]);
          } catch (err) {
            // A real portal throws here and answers nothing.
            this.stats.droppedFormat++;
            lib.wire.add('drop', this.app.index, e.data, this.sourceOf(e));
            return;
          }
        }
      } else if (e.data && typeof e.data === 'object' && typeof e.data.method === 'string') {
        // Newer portals also take {method, params, callback, appSid} (§3.2).
        ({ method, callback, appSid } = e.data);
        params = e.data.params || {};
      } else {
        // Not protocol traffic (e.g. the demo worker's state report); real portals ignore it too.
        this.stats.ignored++;
        return;
      }
      if (appSid !== this.app.appSid) {
        this.stats.droppedSid++;
        return;
      }
      const handler = Object.prototype.hasOwnProperty.call(COMMANDS, method) ? COMMANDS[method] : null;
      const text = typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
      lib.wire.add(handler ? 'in' : 'drop', this.app.index, text, this.sourceOf(e));
      if (!handler) {
        // Unknown to this placement, or denied (setTitle, setScroll, reloadWindow): no answer at all.
        this.stats.ignored++;
        return;
      }
      this.stats.accepted++;
      handler.call(this, params || {}, (value) => this.reply(callback, value), callback);
    }

    // For the wire log only: the portal itself never looks at event.source.
    sourceOf(e) {
      const frame = this.frame();
      return frame && e.source === frame.contentWindow ? 'frame' : 'other';
    }

    // "<callbackId>:<JSON>" or "<callbackId>:" for no value; only ever to the registered frame element
    // and the handler origin, whoever asked (§10.6).
    reply(callback, value) {
      if (!callback || this.destroyed) return;
      const frame = this.frame();
      if (!frame || !frame.contentWindow) return;
      const text = callback + ':' + (value === undefined ? '' : JSON.stringify(value));
      this.stats.replies++;
      lib.wire.add('out', this.app.index, text);
      frame.contentWindow.postMessage(text, this.app.handlerOrigin);
    }

    bindEvent(eventName, callback) {
      this.bindings.push({ event: eventName, callback });
      lib.bus.on(eventName, (payload) => this.reply(callback, payload));
    }

    boundCount(eventName) {
      return this.bindings.filter((b) => eventName === undefined || b.event === eventName).length;
    }

    recordInstall(install) {
      this.record.install = install;
      storage.save(this.app.appId, this.record);
    }

    recordUserOption(name, value) {
      this.userOptions[name] = value;
      this.record.userOptions = Object.assign({}, this.userOptions);
      storage.save(this.app.appId, this.record);
    }

    initData() {
      return {
        LANG: config.lang,
        DOMAIN: location.host,
        PROTOCOL: 0,
        PATH: '/rest',
        AUTH_ID: this.authId,
        AUTH_EXPIRES: '3600',
        REFRESH_ID: this.refreshId,
        MEMBER_ID: config.memberId,
        FIRST_RUN: this.firstRun,
        IS_ADMIN: true,
        INSTALL: false,
        USER_OPTIONS: Object.assign({}, this.userOptions),
        APP_OPTIONS: {},
        PLACEMENT,
        PLACEMENT_OPTIONS: { ID: PLACEMENT, URI: location.pathname + location.search },
      };
    }
  }

  const CALL_CARD_COMMANDS = [
    'CallCardSetMute', 'CallCardSetHold', 'CallCardSetUiState', 'CallCardGetListUiStates',
    'CallCardSetCardTitle', 'CallCardSetStatusText', 'CallCardStartTimer', 'CallCardStopTimer', 'CallCardClose',
  ];

  const COMMANDS = {
    // FIRST_RUN goes to the first request only, whoever sends it; a reloaded frame gets false (§10.5).
    getInitData(params, cb) {
      cb(this.initData());
      this.firstRun = false;
    },
    getInterface(params, cb) {
      cb({ command: CALL_CARD_COMMANDS.slice(), event: config.events.slice() });
    },
    // Only the placement's 17 event names; anything else is silently ignored. Never answered.
    placementBindEvent(params, cb, callback) {
      if (params && config.events.includes(params.event)) this.bindEvent(params.event, callback);
    },
    // Echoes the request's params (§10.6) and records the flag for the next page render.
    setInstall(params, cb) {
      this.recordInstall(!!params.install);
      cb(params);
    },
    setUserOption(params, cb) {
      this.recordUserOption(String(params.name), params.value);
      cb(params);
    },
    // Sizes the layout div; inside the hidden container its box is 0 x 0, as on a real portal.
    resizeWindow(params, cb) {
      const layout = document.getElementById('appframe_layout_' + this.app.appSid);
      const width = params.width === '100%' ? params.width : (parseInt(params.width, 10) || 100) + 'px';
      const height = parseInt(params.height, 10);
      if (layout) {
        layout.style.width = width;
        if (height) layout.style.height = height + 'px';
      }
      const box = layout ? layout.getBoundingClientRect() : { width: 0, height: 0 };
      cb({ width: box.width, height: box.height });
    },
    // A real portal reloads the page after its ajax call; the demo just records it.
    setInstallFinish() {},
    refreshAuth(params, cb) {
      fetch('/demo/api/refresh-auth', { method: 'POST' })
        .then((r) => r.json())
        .then((data) => {
          this.authId = data.access_token;
          this.refreshId = data.refresh_token;
          cb({ AUTH_ID: this.authId, AUTH_EXPIRES: data.expires_in, REFRESH_ID: this.refreshId });
        })
        .catch((e) => console.error('demo portal: refreshAuth failed', e));
    },
  };

  for (const name of CALL_CARD_COMMANDS) {
    COMMANDS[name] = function (params, cb) {
      const result = lib.card.command(name, params);
      if (result && 'reply' in result) cb(result.reply);
    };
  }

  lib.AppLayout = AppLayout;
  lib.callCardCommands = CALL_CARD_COMMANDS;
})();
