// Demo portal, part 2: the portal side of the app-frame protocol, one AppLayout per
// PAGE_BACKGROUND_WORKER frame (like BX.rest.AppLayout; bitrix24-protocol.md §3.2-§3.5).
// Every layout listens on the window; it accepts only its handler's origin and its own APP_SID.
(function () {
  'use strict';
  const lib = window.DemoPortalLib;
  const config = lib.config;
  const PLACEMENT = 'PAGE_BACKGROUND_WORKER';

  // Same split as applayout.js: first = command, last = APP_SID, second-to-last = callback id,
  // everything in between re-joined with ':' = params (JSON may contain colons).
  function split(text) {
    const r = text.split(':');
    return [r[0], r.slice(1, r.length - 2).join(':'), r[r.length - 2], r[r.length - 1]];
  }

  class AppLayout {
    constructor(app) {
      this.app = app; // {index, appSid, frameName, handlerUrl, handlerOrigin}
      this.firstRun = false;
      this.authId = config.authId;
      this.refreshId = config.refreshId;
      this.bindings = []; // [{event, callback}] in bind order; a second bind doubles delivery
      this.stats = { accepted: 0, droppedOrigin: 0, droppedSid: 0, droppedFormat: 0, ignored: 0, replies: 0 };
      this.destroyed = false;
      this.receive = (e) => this.receiveMessage(e);
      window.addEventListener('message', this.receive);
    }

    frame() {
      return document.getElementById('appframe_' + this.app.appSid);
    }

    // The form POSTs DOMAIN/PROTOCOL/LANG/APP_SID + auth fields into the frame (app.layout init()).
    init() {
      const form = document.forms['appform_' + this.app.appSid];
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
            this.stats.droppedFormat++;
            lib.wire.add('drop', this.app.index, e.data);
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
      lib.wire.add(handler ? 'in' : 'drop', this.app.index, typeof e.data === 'string' ? e.data : JSON.stringify(e.data));
      if (!handler) {
        // Unknown to this placement: no answer at all, as on a real portal.
        this.stats.ignored++;
        return;
      }
      this.stats.accepted++;
      handler.call(this, params || {}, (value) => this.reply(callback, value), callback);
    }

    // "<callbackId>:<JSON>" or "<callbackId>:" for no value; only ever to the handler origin.
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
        USER_OPTIONS: {},
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
    setInstall(params, cb) {
      cb(params);
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
