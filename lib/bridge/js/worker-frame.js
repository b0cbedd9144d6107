// Operator Console bridge, worker-frame half. Injected into every sub-frame at document creation,
// in Qt's ApplicationWorld: the frame's own scripts (the integrator's app and whatever it loads)
// cannot see this code, its variables, the relay token or the callback marker.
//
// It acts only in a frame that is a direct child of the top page and whose window.name names the
// console's portal, "<host>|<0|1>|<APP_SID>" (bitrix24-protocol.md §3.1). It never sends
// getInitData (that would take the app's one-shot FIRST_RUN, §10.5) and never reloads the frame.
//   1. It says hello to the top-frame script, which checks the frame against the portal's DOM.
//   2. When the top script tells it to (a "go" for this very document, with a grant the later relays
//      carry), it announces and then sends
//      its own 17 placementBindEvent requests, with fresh callback ids that start with the secret
//      marker; the app's own bindings are never touched.
//   3. It relays each genuine delivery on those ids, exactly as received, and hides every message
//      that carries the marker from the frame's own scripts, so they never learn the ids.
// Only trusted (not script-dispatched) messages from the parent window on the portal's origin count.
(function () {
    'use strict';
    const CONFIG = /*OPC_CONFIG*/ {};

    if (window.top === window || window.parent !== window.top) return;
    if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
    const nameMatch = /^([A-Za-z0-9.-]+(?::[0-9]{1,5})?)\|([01])\|([0-9a-f]{32})$/.exec(window.name);
    if (!nameMatch) return;
    const host = nameMatch[1].toLowerCase().replace(/:(80|443)$/, '');
    const portalOrigin = (nameMatch[2] === '1' ? 'https://' : 'http://') + host;
    if (portalOrigin !== CONFIG.portalOrigin) return;
    const appSid = nameMatch[3];
    const parentWindow = window.parent;

    const EVENTS = [
        'initialized', 'addCommentButtonClick', 'muteButtonClick', 'holdButtonClick',
        'closeButtonClick', 'transferButtonClick', 'cancelTransferButtonClick',
        'completeTransferButtonClick', 'hangupButtonClick', 'nextButtonClick', 'skipButtonClick',
        'answerButtonClick', 'entityChanged', 'makeCallButtonClick', 'qualityMeterClick',
        'dialpadButtonClick', 'notifyAdminButtonClick',
    ].map(function (name) { return 'BackgroundCallCard::' + name; });

    function randomHex(bytes) {
        const data = new Uint8Array(bytes);
        crypto.getRandomValues(data);
        return Array.from(data, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    }

    const doc = randomHex(16); // this document's identity; ids of earlier documents mean nothing here
    const callbacks = new Map(); // callback id -> event name, for this document only
    let seq = 0;
    let grant = ''; // given by the top script with "go"; proves relays come from this document

    function relay(kind, body) {
        const message = { __opcRelay: CONFIG.token, kind: kind, sid: appSid, doc: doc, grant: grant };
        parentWindow.postMessage(Object.assign(message, body), portalOrigin);
    }

    function bindAll() {
        if (callbacks.size) return;
        const requests = EVENTS.map(function (event) {
            const id = CONFIG.marker + randomHex(12);
            callbacks.set(id, event);
            // The b24jssdk form (§3.2): "<command>:<params JSON>:<callback>:<APP_SID>".
            return { id: id, event: event, text: 'placementBindEvent:' + JSON.stringify({ event: event }) + ':' + id + ':' + appSid };
        });
        // Announced first: the top script lets through only requests it was told about.
        relay('bind', { requests: requests });
        for (const request of requests) parentWindow.postMessage(request.text, portalOrigin);
    }

    window.addEventListener('message', function (event) {
        // A page script can dispatch a MessageEvent with any origin and source; only the browser's count.
        if (!event.isTrusted || event.source !== parentWindow || event.origin !== portalOrigin) return;
        const data = event.data;
        if (typeof data !== 'string' || data.indexOf(CONFIG.marker) !== 0) return;
        event.stopImmediatePropagation(); // the app's scripts never see the console's traffic
        const colon = data.indexOf(':');
        const head = colon < 0 ? data : data.slice(0, colon);
        if (callbacks.has(head)) {
            relay('event', { seq: ++seq, data: data });
        } else if (data.slice(colon + 1, colon + 2 + doc.length) === doc + ':') {
            // "go" and "ping" name this document and carry its grant.
            if (!grant) grant = data.slice(colon + 2 + doc.length);
            if (head === CONFIG.marker + 'go') bindAll();
            else if (head === CONFIG.marker + 'ping') relay('pong', {});
        }
        // Anything else with the marker is a delivery on an id of an earlier document of this
        // frame (the portal keeps old bindings after a reload, §10.2): dropped.
    }, true);

    window.addEventListener('pagehide', function (event) {
        if (event.isTrusted) relay('bye', {});
    }, true);

    relay('hello', {});
})();
