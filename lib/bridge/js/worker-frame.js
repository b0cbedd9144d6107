// Operator Console bridge, worker-frame half. Injected by the console into every sub-frame, in
// Qt's ApplicationWorld: the frame's own scripts (the integrator's app) cannot see this code,
// its variables or the relay token.
//
// It acts only in a PAGE_BACKGROUND_WORKER frame: a direct child of the top frame whose
// window.name is "<portal host>|<0|1>|<APP_SID>" (bitrix24-protocol.md §2.1, §3.1). There it
//   1. confirms the placement with its own getInitData request,
//   2. says hello to the top frame (auth fields removed: only PLACEMENT, LANG and DOMAIN leave),
//   3. once the top frame grants it, binds all 17 BackgroundCallCard events with its OWN callback
//      ids (the integrator's bindings are never touched), and
//   4. relays each delivery on those ids, exactly as received, to the top frame.
// Messages are accepted only from the parent window on the portal's origin.
(function () {
    'use strict';
    const CONFIG = /*OPC_CONFIG*/ {};

    if (window.top === window || window.parent !== window.top) return;
    if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
    const nameMatch = /^([A-Za-z0-9.-]+(?::[0-9]{1,5})?)\|([01])\|([0-9a-f]{32})$/.exec(window.name);
    if (!nameMatch) return;
    const domain = nameMatch[1].toLowerCase().replace(/:(80|443)$/, '');
    if (domain !== CONFIG.portalHost) return;
    const appSid = nameMatch[3];
    const portalOrigin = (nameMatch[2] === '1' ? 'https://' : 'http://') + domain;
    const frameName = window.name;

    const EVENTS = [
        'initialized', 'addCommentButtonClick', 'muteButtonClick', 'holdButtonClick',
        'closeButtonClick', 'transferButtonClick', 'cancelTransferButtonClick',
        'completeTransferButtonClick', 'hangupButtonClick', 'nextButtonClick', 'skipButtonClick',
        'answerButtonClick', 'entityChanged', 'makeCallButtonClick', 'qualityMeterClick',
        'dialpadButtonClick', 'notifyAdminButtonClick',
    ].map((name) => 'BackgroundCallCard::' + name);

    function randomId() {
        const bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return 'opc' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    }

    const initCallback = randomId();
    const callbacks = Object.create(null); // callback id -> event name
    let confirmed = false;
    let bound = false;

    // Requests use the b24jssdk form "<command>:<params JSON>:<callback>:<APP_SID>" (§3.2).
    function sendToPortal(command, params, callback) {
        const parts = [command];
        if (params !== undefined) parts.push(JSON.stringify(params));
        parts.push(callback, appSid);
        window.parent.postMessage(parts.join(':'), portalOrigin);
    }

    function relay(kind, body) {
        const message = { __opcRelay: CONFIG.token, kind: kind, frame: frameName };
        Object.assign(message, body);
        window.top.postMessage(message, portalOrigin);
    }

    function bindAll() {
        bound = true;
        for (const event of EVENTS) {
            const callback = randomId();
            callbacks[callback] = event;
            sendToPortal('placementBindEvent', { event: event }, callback);
        }
        relay('bound', { callbacks: Object.assign({}, callbacks) });
    }

    function onInitData(tail) {
        let init;
        try {
            init = JSON.parse(tail);
        } catch (e) {
            return;
        }
        if (!init || typeof init !== 'object' || init.PLACEMENT !== 'PAGE_BACKGROUND_WORKER') return;
        confirmed = true;
        // Only what the console needs; AUTH_ID, REFRESH_ID and the rest never leave this frame.
        relay('hello', {
            init: {
                PLACEMENT: String(init.PLACEMENT),
                LANG: typeof init.LANG === 'string' ? init.LANG : '',
                DOMAIN: typeof init.DOMAIN === 'string' ? init.DOMAIN : '',
            },
        });
    }

    window.addEventListener('message', function (event) {
        if (event.source !== window.parent || event.origin !== portalOrigin) return;
        const data = event.data;
        if (typeof data !== 'string') return;
        const colon = data.indexOf(':');
        if (colon < 0) return;
        const head = data.slice(0, colon);
        if (head === CONFIG.grant) {
            if (confirmed && !bound) bindAll();
        } else if (head === initCallback) {
            if (!confirmed) onInitData(data.slice(colon + 1));
        } else if (Object.prototype.hasOwnProperty.call(callbacks, head)) {
            relay('event', { data: data });
        }
    }, true);

    sendToPortal('getInitData', undefined, initCallback);
})();
