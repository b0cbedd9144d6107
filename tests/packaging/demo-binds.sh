#!/bin/sh
# Runs inside a clean root (plain sh and coreutils only):
#
#   demo-binds.sh DATA_DIR PROGRAM [ARGS...]
#
# Starts PROGRAM --demo --data-dir DATA_DIR (offscreen) and waits up to 90 s until its diagnostics
# log says the console's script bound the 17 call-card events in the demo's worker frame. Then it
# checks that Chromium's sandbox is on (no QtWebEngineProcess with --no-sandbox, the renderers'
# zygote in user and PID namespaces of its own), or off with EXPECT_SANDBOX=off, stops the
# program and prints one PASS line.
# Exit 1 with the program's output and log on any failure.
data=$1
shift
log=$data/logs/console.log
mkdir -p "$data"
"$@" --demo --data-dir "$data" >"$data/stdout.txt" 2>&1 &
pid=$!

show() {
    echo "--- output of $*" >&2
    cat "$data/stdout.txt" >&2
    echo "--- $log" >&2
    tail -n 40 "$log" >&2 2>/dev/null
    kill "$pid" 2>/dev/null
    exit 1
}

tries=0
until grep -q 'listening in worker frame.*( 17 events bound)' "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "FAIL: the program exited before binding" >&2; show "$@"; }
    tries=$((tries + 1))
    [ "$tries" -le 180 ] || { echo "FAIL: no '17 events bound' in $log after 90 s" >&2; show "$@"; }
    sleep 0.5
done

# Chromium's sandbox on Linux: the zygote that forks the renderers runs in a user and PID
# namespace of its own (renderers are forked from it, so their command line says --type=zygote).
# With the sandbox off, QtWebEngine passes --no-sandbox to every QtWebEngineProcess.
self_ns=$(readlink /proc/self/ns/user)
self_depth=$(awk '/^NSpid:/ {print NF}' /proc/self/status)
helpers=0
unsandboxed=0
sandboxed=0
for proc in /proc/[0-9]*; do
    cmdline=$(tr '\0' ' ' <"$proc/cmdline" 2>/dev/null) || continue
    case $cmdline in *QtWebEngineProcess*) ;; *) continue ;; esac
    helpers=$((helpers + 1))
    case $cmdline in *--no-sandbox*) unsandboxed=$((unsandboxed + 1)) ;; esac
    depth=$(awk '/^NSpid:/ {print NF}' "$proc/status" 2>/dev/null)
    if [ "${depth:-0}" -gt "$self_depth" ] && [ "$(readlink "$proc/ns/user" 2>/dev/null)" != "$self_ns" ]; then
        sandboxed=$((sandboxed + 1))
    fi
done
[ "$helpers" -gt 0 ] || { echo "FAIL: no QtWebEngineProcess running" >&2; show "$@"; }
if [ "${EXPECT_SANDBOX:-on}" = on ]; then
    [ "$unsandboxed" -eq 0 ] || { echo "FAIL: $unsandboxed QtWebEngineProcess(es) run with --no-sandbox" >&2; show "$@"; }
    [ "$sandboxed" -gt 0 ] || { echo "FAIL: no QtWebEngineProcess runs in a sandbox namespace" >&2; show "$@"; }
else
    if [ "$sandboxed" -ne 0 ] || [ "$unsandboxed" -eq 0 ]; then
        echo "FAIL: expected the sandbox off ($sandboxed sandboxed, $unsandboxed with --no-sandbox)" >&2
        show "$@"
    fi
fi

kill "$pid"
wait "$pid" 2>/dev/null
if grep -q 'renderer terminated' "$log"; then
    echo "FAIL: a renderer crashed" >&2
    show "$@"
fi
# What the program or its launcher said about itself (AppRun's sandbox notice), for the caller.
grep '^operator-console: ' "$data/stdout.txt" || true
echo "PASS: $* --demo bound 17 events as uid $(id -u) in about $((tries / 2)) s; $helpers QtWebEngineProcess(es), $sandboxed in sandbox namespaces"
