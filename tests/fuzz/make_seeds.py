#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora: python3 tests/fuzz/make_seeds.py tests/fuzz/corpus

Small real examples from bitrix24-protocol.md: the 17 events' wire payloads (section 1.2), the
transfer shapes (1.4), the getInitData echo with AUTH_ID (3.5), and malformed or hostile strings.
Input formats: fuzz_payloadvalidator takes the event index byte + the wire tail; fuzz_relaydecoder
one relay per line; fuzz_eventwriters events split by 0x1E, fields by 0x1F (parseEvent there).
"""
import json
import os
import sys

root = sys.argv[1]
EVENTS = ["initialized","addCommentButtonClick","muteButtonClick","holdButtonClick","closeButtonClick",
 "transferButtonClick","cancelTransferButtonClick","completeTransferButtonClick","hangupButtonClick",
 "nextButtonClick","skipButtonClick","answerButtonClick","entityChanged","makeCallButtonClick",
 "qualityMeterClick","dialpadButtonClick","notifyAdminButtonClick"]
INIT = '{"CALL_ID":"externalCall.5f3c0f1c2a9b4e7d.1700000000","PHONE_NUMBER":"+19001234567","LINE_NUMBER":"ext-line-1","LINE_NAME":"","CRM_ENTITY_TYPE":"CONTACT","CRM_ENTITY_ID":42,"CRM_ACTIVITY_ID":"","CRM_BINDINGS":[{"ENTITY_TYPE":"CONTACT","ENTITY_ID":42}],"CALL_DIRECTION":"incoming","CALL_STATE":"connected","CALL_LIST_MODE":false}'
TAILS = {  # §1.2: the wire tail after "<callbackId>:"
 "initialized": INIT,
 "addCommentButtonClick": '"Client asked for a callback, tomorrow 10:00"',
 "muteButtonClick": "true", "holdButtonClick": "false",
 "transferButtonClick": '{"phoneNumber":"+19001234567","target":12}',
 "entityChanged": '{"PHONE_NUMBER":"+19001234567","CRM_ENTITY_TYPE":"LEAD","CRM_ENTITY_ID":0}',
 "qualityMeterClick": '"5"', "dialpadButtonClick": '"#"',
}
TRANSFERS = {  # §1.4 shapes
 "transfer-number-target": '{"phoneNumber":"+19001234567","target":12}',
 "transfer-string-userid": '{"phoneNumber":"+19001234567","target":"12"}',
 "transfer-phone-target": '{"phoneNumber":"+19001234567","target":"+49 30 1234567"}',
 "transfer-type-user": '{"type":"user","target":12}',
 "transfer-type-pstn": '{"type":"pstn","target":"+4930123456"}',
 "transfer-type-queue": '{"type":"queue","target":"3"}',
 "transfer-no-phone": '{"phoneNumber":"","target":7}',
}
ECHO_INIT = '{"LANG":"en","DOMAIN":"portal.example.com","PROTOCOL":1,"PATH":"/rest","AUTH_ID":"a1b2c3","AUTH_EXPIRES":"3600","REFRESH_ID":"d4e5f6","MEMBER_ID":"m0","FIRST_RUN":false,"IS_ADMIN":false,"INSTALL":false,"USER_OPTIONS":{},"APP_OPTIONS":{},"PLACEMENT":"PAGE_BACKGROUND_WORKER","PLACEMENT_OPTIONS":{"ID":"PAGE_BACKGROUND_WORKER","URI":"/crm/deal/"}}'
MALFORMED = {  # tails a hostile or broken frame can send
 "unterminated-string": '"abc', "unterminated-object": '{"phoneNumber":"+1","target":',
 "trailing-garbage": '{"target":12}}', "two-values": '1,2', "lone-surrogate": '"\\ud800"',
 "huge-number": '1e999', "negative-target": '{"phoneNumber":"+1","target":-5}',
 "fraction-target": '{"type":"user","target":12.5}', "nested": '[' * 40 + ']' * 40,
 "nul-in-string": '"a\\u0000b"', "raw-newline-in-string": '"a\nb"', "whitespace-only": ' \t ',
 "empty-array": '[]', "empty-string": '""', "null": 'null', "quality-number": '5', "quality-six": '"6"',
 "dialpad-two-keys": '"12"', "callid-missing": '{"PHONE_NUMBER":"+1"}', "call-list-mode-string": '{"CALL_ID":"c","CALL_LIST_MODE":"true"}',
}
def write(target, name, data):
    d = os.path.join(root, target); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f: f.write(data if isinstance(data, bytes) else data.encode())

# --- payloadvalidator: first byte = event index, then the tail
for i, e in enumerate(EVENTS):
    write("payloadvalidator", e, bytes([i]) + TAILS.get(e, "").encode())
for n, t in TRANSFERS.items():
    write("payloadvalidator", n, bytes([5]) + t.encode())
write("payloadvalidator", "initialized-echo-with-auth", bytes([0]) + ECHO_INIT.encode())
for n, t in MALFORMED.items():
    idx = 14 if n.startswith("quality") else 15 if n.startswith("dialpad") else 0 if n.startswith(("callid","call-list")) else 5
    write("payloadvalidator", n, bytes([idx]) + t.encode())

# --- relaydecoder: one relay per line, as top-frame.js sends them: frame, bound, then events
SID = "0123456789abcdef0123456789abcdef"
DOC = "fedcba9876543210fedcba9876543210"
HANDLER = "https://app.example.net"
def relay(kind, **kw):
    base = dict(kind=kind, sid=SID, doc=DOC, handler=HANDLER, index=0)
    base.update(kw)
    return json.dumps(base, separators=(",", ":"), ensure_ascii=False)
frame = relay("frame")
cb = lambda e: "c0ffee00c0ffee00%024x" % EVENTS.index(e)
bound = relay("bound", callbacks={cb(e): "BackgroundCallCard::" + e for e in EVENTS})
def session(*deliveries):
    return "\n".join([frame, bound] + [relay("event", seq=i + 1, data=d) for i, d in enumerate(deliveries)]) + "\n"
for e in EVENTS:
    write("relaydecoder", e, session(cb(e) + ":" + TAILS.get(e, "")))
for n, t in TRANSFERS.items():
    write("relaydecoder", n, session(cb("transferButtonClick") + ":" + t))
write("relaydecoder", "call-sequence", session(cb("initialized") + ":" + INIT, cb("answerButtonClick") + ":",
      cb("transferButtonClick") + ":" + TRANSFERS["transfer-string-userid"], cb("completeTransferButtonClick") + ":"))
write("relaydecoder", "echo-with-auth-as-event", session(cb("initialized") + ":" + ECHO_INIT))
write("relaydecoder", "gone", "\n".join([frame, bound, relay("gone", why="pagehide")]) + "\n")
write("relaydecoder", "refused-summary", json.dumps(dict(kind="refused", counts={"echo-request-blocked": 3, "event-rate": 1})) + "\n")
write("relaydecoder", "refused-bad-reason", json.dumps(dict(kind="refused", counts={"DROP TABLE": 1})) + "\n")
write("relaydecoder", "frame-bad-sid", relay("frame", sid="not-hex") + "\n")
write("relaydecoder", "frame-bad-handler", relay("frame", handler="javascript:alert(1)") + "\n")
write("relaydecoder", "frame-file-handler", relay("frame", handler="file:///etc/passwd") + "\n")
write("relaydecoder", "frame-index-huge", relay("frame", index=1e308) + "\n")
write("relaydecoder", "seq-zero", "\n".join([frame, bound, relay("event", seq=0, data=cb("muteButtonClick") + ":true")]) + "\n")
write("relaydecoder", "seq-fraction", "\n".join([frame, bound, relay("event", seq=1.5, data=cb("muteButtonClick") + ":true")]) + "\n")
write("relaydecoder", "bind-unknown-event", "\n".join([frame, relay("bound", callbacks={"abcdef12abcdef12": "BackgroundCallCard::explode"})]) + "\n")
write("relaydecoder", "bind-short-id", "\n".join([frame, relay("bound", callbacks={"abc": "BackgroundCallCard::muteButtonClick"})]) + "\n")
write("relaydecoder", "unknown-callback", session("ffffffffffffffffffffffff:true"))
write("relaydecoder", "no-separator", session(cb("muteButtonClick")))
write("relaydecoder", "data-not-string", "\n".join([frame, bound, relay("event", seq=1, data={"x": 1})]) + "\n")
write("relaydecoder", "unknown-kind", relay("hello") + "\n")
for n in ("unterminated-string", "lone-surrogate", "huge-number", "nested", "nul-in-string", "raw-newline-in-string"):
    write("relaydecoder", "malformed-" + n, session(cb("transferButtonClick") + ":" + MALFORMED[n]))
write("relaydecoder", "not-json", "kind=frame&sid=0123\n{\"kind\":\n[1,2,3]\n")

# --- eventwriters: events separated by 0x1E, fields by 0x1F (fuzz_eventwriters.cpp parseEvent)
US, RS = b"\x1f", b"\x1e"
def event(name, ms, payload="", call="", portal="portal.example.com", phone="", target="", kind="", tname="", outcome="", after=""):
    fields = [name, str(ms), payload, call, portal, phone, target, kind, tname, outcome, after]
    return US.join(f if isinstance(f, bytes) else f.encode() for f in fields)
NOW = 1700000000123
write("eventwriters", "transfer-with-name", event("transferButtonClick", NOW, TRANSFERS["transfer-number-target"], "externalCall.5f3c", "portal.example.com", "+19001234567", "12", "user", "Анна Смирнова, Руководитель отдела продаж"))
write("eventwriters", "call-sequence", RS.join([
    event("initialized", NOW, INIT, "externalCall.5f3c"),
    event("answerButtonClick", NOW + 1500, "", "externalCall.5f3c"),
    event("transferButtonClick", NOW + 9000, TRANSFERS["transfer-phone-target"], "externalCall.5f3c", "portal.example.com:8443", "+19001234567", "+49 30 1234567", "phone"),
    event("transferButtonClick", NOW + 9500, TRANSFERS["transfer-type-queue"], "externalCall.5f3c", "portal.example.com", "", "3", "queue"),
    event("hangupButtonClick", NOW + 60000, "", "externalCall.5f3c")]))
write("eventwriters", "csv-specials", event("transferButtonClick", NOW, '"He said ""call back"", then, hung up\r\n"', " edge spaces ", "a,b", "line\nbreak", "\r", "", "tab\there,\r\n"))
write("eventwriters", "json-specials", event("transferButtonClick", NOW, '{\n  "phoneNumber": "+1",\n  "target": 12\n}', "back\\slash", "ctl\x01\x1b", "\"", "12", "user", "\u2028sep"))
write("eventwriters", "lone-surrogate", event("transferButtonClick", NOW, '"\\ud800"', b"\x00\x00\xd8a\x00", "p", b"\x00\x00\xdc", "12", "user", b"\x00=\xd8\x00\xde"))
write("eventwriters", "invalid-utf8-payload", event("addCommentButtonClick", NOW, b'"\xff\xfe\xc3"', b"\xff"))
write("eventwriters", "time-edges", RS.join(event("closeButtonClick", ms) for ms in (0, -1, 253402300799999, 253402300800000, -62135596800000, -62135596800001, 9223372036854775807, -9223372036854775808)))
write("eventwriters", "every-event", RS.join(event(e, NOW + i, TAILS.get(e, "")) for i, e in enumerate(EVENTS)))
write("eventwriters", "empty", b"")
write("eventwriters", "transfer-outcomes", RS.join(
    event("transferButtonClick", NOW + i, TRANSFERS["transfer-number-target"], "externalCall.5f3c", "portal.example.com", "+19001234567", "12", "user", "Wei Chen", o, a)
    for i, (o, a) in enumerate([("completed", "12000"), ("cancelled", "0"), ("superseded", ""), ("unknown", "-5"), ("pending", ""), ("bogus", "9223372036854775807")])))
write("eventwriters", "qt-lenient-json", RS.join([
    event("addCommentButtonClick", NOW, '"raw\ttab\r\nand bell\x07"'),
    event("addCommentButtonClick", NOW, '"unknown \\q escape \\\'"'),
    event("entityChanged", NOW, '{"CRM_ENTITY_ID":1.,"x":.5,"y":-.5,"z":1.e2,"big":1e400}'),
    event("transferButtonClick", NOW, '{"phoneNumber":"\\ud800","target":12}', "", "portal.example.com", "", "12", "user")]))
