// Operator Console bridge, top-frame half. Injected into the main frame only, in Qt's
// ApplicationWorld, after qwebchannel.js: QWebChannel works only in the main frame in Qt 6.4
// (qt-platform-notes.md), so worker frames relay to this script, which forwards to C++.
//
// A relay is accepted only when it carries this session's token, comes from an <iframe> that is
// a direct child of this document and has an http(s) origin (and the configured handler origin,
// if one is set). Of several worker frames, only one is granted the right to bind, so each event
// is counted once; a frame that reloads says hello again and is granted again.
(function () {
    'use strict';
    const CONFIG = /*OPC_CONFIG*/ {};
    if (window.top !== window) return;

    let bridge = null;
    const pending = [];
    // qt.webChannelTransport can appear a moment after document creation; retry briefly.
    (function connect(attempt) {
        if (typeof qt === 'undefined' || !qt.webChannelTransport) {
            if (attempt < 50) setTimeout(connect, 20, attempt + 1);
            return;
        }
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.opcBridge;
            for (const message of pending.splice(0)) bridge.relay(message);
        });
    })(0);

    function forward(message) {
        const text = JSON.stringify(message);
        if (bridge) bridge.relay(text);
        else if (pending.length < 256) pending.push(text);
    }

    function frameElementOf(source) {
        const frames = document.getElementsByTagName('iframe');
        for (let i = 0; i < frames.length; ++i) {
            if (frames[i].contentWindow === source) return frames[i];
        }
        return null;
    }

    let elected = null; // { element, origin }

    window.addEventListener('message', function (event) {
        const data = event.data;
        if (!data || typeof data !== 'object' || data.__opcRelay !== CONFIG.token) return;
        if (!/^https?:\/\/[^/]+$/.test(event.origin)) return;
        if (CONFIG.handlerOrigin && event.origin !== CONFIG.handlerOrigin) return;
        const element = frameElementOf(event.source);
        if (!element) return;
        const frameName = element.getAttribute('name') || '';

        if (data.kind === 'hello') {
            const current = elected && elected.element.isConnected ? elected : null;
            if (current && current.element !== element) return; // another worker frame listens already
            elected = { element: element, origin: event.origin };
            forward({ kind: 'hello', origin: event.origin, frame: frameName, init: data.init });
            event.source.postMessage(CONFIG.grant + ':', event.origin);
            return;
        }
        if (!elected || elected.element !== element || elected.origin !== event.origin) return;
        if (data.kind === 'bound') {
            forward({ kind: 'bound', origin: event.origin, frame: frameName, callbacks: data.callbacks });
        } else if (data.kind === 'event') {
            forward({ kind: 'event', origin: event.origin, frame: frameName, data: data.data });
        }
    }, true);
})();
