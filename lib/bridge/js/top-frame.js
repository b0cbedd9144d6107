// Operator Console bridge, top-frame half. Injected into the main frame only, in Qt's
// ApplicationWorld, after qwebchannel.js (QWebChannel works only in the main frame in Qt 6.4). It is
// the only part that talks to C++, and it is inert unless this document is the portal itself.
//
// What it trusts: the portal's own DOM (it is the portal's document) and relays that carry the
// session token, arrive as genuine (isTrusted) messages from the contentWindow of a worker frame the
// portal placed in its PAGE_BACKGROUND_WORKER container (bitrix24-protocol.md §10.8), from that
// frame's handler origin. Everything else is refused and counted, never forwarded one by one.
//
// It also guards the portal: a request naming one of the console's callback ids (they all start
// with the secret CONFIG.marker) that the console's own worker script did not announce is stopped
// before the portal's handler sees it, so no script can make the portal echo data to those ids
// (§10.6). The console's relays are stopped too: the portal never sees them.
(function () {
    'use strict';
    const CONFIG = /*OPC_CONFIG*/ {};
    if (window.top !== window || location.origin !== CONFIG.portalOrigin) return;

    const CONTAINER_ID = 'intranet-placement-PAGE_BACKGROUND_WORKER';
    const NAME = /^([A-Za-z0-9.-]+(?::[0-9]{1,5})?)\|([01])\|([0-9a-f]{32})$/;
    const DOC = /^[0-9a-f]{32}$/;
    const MAX_FRAMES = 32;
    const LISTENERS = 2; // bound frames kept alive: the preferred one (or the first) and a standby
    const PING_MS = 3000;
    const QUIET_MS = 10000;

    function randomHex(bytes) {
        const data = new Uint8Array(bytes);
        crypto.getRandomValues(data);
        return Array.from(data, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    }

    // ---- the channel to C++ ---------------------------------------------------------------
    let bridge = null;
    const pending = [];
    (function connect(attempt) {
        if (typeof qt === 'undefined' || !qt.webChannelTransport) {
            if (attempt < 100) setTimeout(connect, 20, attempt + 1);
            return;
        }
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.opcBridge;
            for (const text of pending.splice(0)) bridge.relay(text);
        });
    })(0);

    function forward(message) {
        const text = JSON.stringify(message);
        if (bridge) bridge.relay(text);
        else if (pending.length < 512) pending.push(text);
        else refuse('backlog');
    }

    // ---- refusals: counted, summarised at most once a second -------------------------------
    const refused = Object.create(null);
    let summaryTimer = 0;
    function refuse(reason) {
        refused[reason] = (refused[reason] || 0) + 1;
        if (!summaryTimer) {
            summaryTimer = setTimeout(function () {
                summaryTimer = 0;
                const counts = Object.assign({}, refused);
                for (const key of Object.keys(refused)) delete refused[key];
                forward({ kind: 'refused', counts: counts });
            }, 1000);
        }
    }

    // ---- budgets per frame: a flood from one frame only ever spends its own ----------------
    function Bucket(burst, perSecond) {
        this.tokens = burst;
        this.burst = burst;
        this.rate = perSecond / 1000;
        this.last = performance.now();
    }
    Bucket.prototype.take = function (cost) {
        const now = performance.now();
        this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.rate);
        this.last = now;
        if (this.tokens < cost) return false;
        this.tokens -= cost;
        return true;
    };

    // ---- worker frames, identified from the portal's DOM (§10.8) ---------------------------
    const frames = new Map(); // iframe element -> state

    function frameInfo(source) {
        const container = document.getElementById(CONTAINER_ID);
        if (!container || !source) return null;
        const list = container.getElementsByTagName('iframe');
        for (let i = 0; i < list.length; ++i) {
            const element = list[i];
            if (element.contentWindow !== source) continue;
            const match = NAME.exec(element.getAttribute('name') || '');
            if (!match || element.id !== 'appframe_' + match[3]) return null;
            const host = match[1].toLowerCase().replace(/:(80|443)$/, '');
            if ((match[2] === '1' ? 'https://' : 'http://') + host !== CONFIG.portalOrigin) return null;
            const form = document.querySelector('form[name="appform_' + match[3] + '"]');
            const target = form ? form.getAttribute('action') : element.getAttribute('src');
            let handler;
            try {
                handler = new URL(target || '', location.href).origin;
            } catch (e) {
                return null;
            }
            if (!/^https?:\/\//.test(handler)) return null; // an opaque origin ("null") is no app
            return { element: element, sid: match[3], handler: handler, index: i };
        }
        return null;
    }

    function stateOf(info) {
        let state = frames.get(info.element);
        if (!state) {
            if (frames.size >= MAX_FRAMES) return null;
            state = {
                element: info.element, sid: info.sid, handler: info.handler, index: info.index,
                doc: '', bound: false, lastSeen: 0, expected: new Set(),
                control: new Bucket(40, 2), events: new Bucket(CONFIG.eventBurst, CONFIG.eventsPerSecond),
                bytes: new Bucket(CONFIG.byteBurst, CONFIG.bytesPerSecond),
            };
            frames.set(info.element, state);
        }
        return state;
    }

    function describe(state) {
        return { sid: state.sid, doc: state.doc, handler: state.handler, index: state.index };
    }

    function isLive(state) {
        return state.doc && state.element.isConnected && performance.now() - state.lastSeen < QUIET_MS;
    }

    function retire(state, why) {
        if (!state.doc) return;
        forward(Object.assign(describe(state), { kind: 'gone', why: why }));
        state.doc = '';
        state.grant = '';
        state.bound = false;
        state.expected.clear();
    }

    // Keeps the preferred handler's frames and the first others in the portal's DOM order bound, so
    // that one frame going away, quiet or slow never stops the log. Rank, not who spoke first,
    // decides; a frame bound earlier stays bound (there is no unbind), which costs nothing.
    function ensureListeners() {
        const live = Array.from(frames.values()).filter(isLive);
        live.sort(function (a, b) {
            const pa = a.handler === CONFIG.preferredHandler ? 0 : 1;
            const pb = b.handler === CONFIG.preferredHandler ? 0 : 1;
            return pa - pb || a.index - b.index;
        });
        live.forEach(function (state, rank) {
            if (state.bound || (rank >= LISTENERS && state.handler !== CONFIG.preferredHandler)) return;
            state.bound = true;
            post(state, 'go');
        });
    }

    // Messages to a worker start with the secret marker; the worker script hides them from the
    // frame's own scripts. They carry no secret beyond the marker and name the frame document.
    function post(state, what) {
        const text = CONFIG.marker + what + ':' + state.doc + ':' + state.grant;
        state.element.contentWindow.postMessage(text, state.handler);
    }

    setInterval(function () {
        for (const state of frames.values()) {
            if (!state.doc) continue;
            if (!state.element.isConnected) retire(state, 'removed');
            else if (performance.now() - state.lastSeen >= QUIET_MS) retire(state, 'quiet');
            else post(state, 'ping');
        }
        for (const [element, state] of frames) {
            if (!element.isConnected && !state.doc) frames.delete(element);
        }
        ensureListeners();
    }, PING_MS);

    // A load of a worker frame that did not say hello replaced the document we knew.
    document.addEventListener('load', function (event) {
        const state = frames.get(event.target);
        if (!state) return;
        if (!state.helloSinceLoad) retire(state, 'navigated');
        state.helloSinceLoad = false;
        ensureListeners();
    }, true);

    // ---- relays from the worker script -------------------------------------------------------
    function onRelay(event, data) {
        const info = frameInfo(event.source);
        // A removed or navigated frame's last goodbye is expected, not suspicious.
        if (!info || event.origin !== info.handler) return data.kind === 'bye' ? undefined : refuse('relay-from-unknown-frame');
        const state = stateOf(info);
        if (!state) return refuse('too-many-frames');
        if (data.sid !== state.sid || typeof data.doc !== 'string' || !DOC.test(data.doc)) return refuse('relay-malformed');

        if (data.kind === 'hello') {
            if (!state.control.take(1)) return refuse('control-rate');
            if (state.doc && state.doc !== data.doc) retire(state, 'reloaded');
            state.doc = data.doc;
            state.grant = randomHex(16); // this document's grant: useless to any other
            state.bound = false;
            state.lastSeen = performance.now();
            state.helloSinceLoad = true;
            forward(Object.assign(describe(state), { kind: 'frame' }));
            ensureListeners();
            return;
        }
        if (data.doc !== state.doc) return refuse('relay-from-old-document');
        if (data.kind !== 'bye' && data.grant !== state.grant) return refuse('relay-without-grant');
        state.lastSeen = performance.now();
        if (data.kind === 'pong') return;
        if (data.kind === 'bye') {
            retire(state, 'unloaded');
            ensureListeners();
            return;
        }
        if (data.kind === 'bind') {
            if (!state.control.take(1)) return refuse('control-rate');
            if (!state.bound || !Array.isArray(data.requests) || data.requests.length > 17) return refuse('relay-malformed');
            const callbacks = {};
            for (const request of data.requests) {
                if (!request || typeof request.id !== 'string' || request.id.indexOf(CONFIG.marker) !== 0 ||
                    request.text !== 'placementBindEvent:' + JSON.stringify({ event: request.event }) + ':' +
                        request.id + ':' + state.sid) return refuse('relay-malformed');
                state.expected.add(request.text);
                callbacks[request.id] = request.event;
            }
            forward(Object.assign(describe(state), { kind: 'bound', callbacks: callbacks }));
            return;
        }
        if (data.kind === 'event') {
            if (typeof data.data !== 'string' || typeof data.seq !== 'number') return refuse('relay-malformed');
            if (!state.events.take(1)) return refuse('event-rate');
            if (!state.bytes.take(data.data.length)) return refuse('event-bytes');
            forward(Object.assign(describe(state), { kind: 'event', seq: data.seq, data: data.data }));
            return;
        }
        refuse('relay-malformed');
    }

    // ---- requests to the portal that name the console's callback ids ----------------------
    function requestText(data) {
        if (typeof data === 'string') return data;
        if (!data || typeof data !== 'object') return '';
        try {
            return JSON.stringify(data) || '';
        } catch (e) {
            return String(data.callback);
        }
    }

    function guardRequest(event) {
        const text = requestText(event.data);
        if (text.indexOf(CONFIG.marker) < 0) return;
        const info = frameInfo(event.source);
        const state = info && frames.get(info.element);
        if (typeof event.data === 'string' && state && state.doc && event.origin === state.handler &&
            state.expected.delete(event.data)) return; // the console's own bind, announced before it was sent
        event.stopImmediatePropagation();
        refuse('echo-request-blocked');
    }

    // Registered at document creation, in the capture phase: this runs before any portal listener.
    window.addEventListener('message', function (event) {
        const data = event.data;
        const isRelay = data && typeof data === 'object' && data.__opcRelay === CONFIG.token;
        if (!event.isTrusted) {
            if (isRelay || requestText(data).indexOf(CONFIG.marker) >= 0) {
                event.stopImmediatePropagation();
                refuse('synthetic-event');
            }
            return;
        }
        if (isRelay) {
            event.stopImmediatePropagation();
            onRelay(event, data);
            return;
        }
        if (data && typeof data === 'object' && '__opcRelay' in data) {
            event.stopImmediatePropagation();
            return refuse('relay-bad-token');
        }
        guardRequest(event);
    }, true);
})();
