#!/usr/bin/env python3
"""Console vs Chromium on the same demo portal page (bench/footprint runs this).

One Xvfb, one bench_portal (the demo portal whose worker runs the official b24jssdk). The console
starts first, then Chromium, each on a throw-away profile. For each: launch -> all 17 call-card
events bound, whole-process-tree PSS after load and after an idle minute, CPU over that minute,
number of processes. Ratios console/Chromium last.
"""
import argparse
import datetime
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")


def now_ms():
    return time.time() * 1000.0


def proc_children_map():
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(name))
    return children


def cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def tree(root, marker=None):
    """The root and its descendants, plus (for daemonised helpers such as crashpad) processes whose
    command line holds the run's private marker path."""
    children = proc_children_map()
    seen, todo = set(), [root]
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        todo.extend(children.get(pid, []))
    if marker:
        for pids in children.values():
            for pid in pids:
                if pid not in seen and marker in cmdline(pid):
                    seen.add(pid)
                    todo = [pid]
                    while todo:
                        p = todo.pop()
                        for c in children.get(p, []):
                            if c not in seen:
                                seen.add(c)
                                todo.append(c)
    return sorted(p for p in seen if os.path.exists(f"/proc/{p}"))


def rollup_kib(pid, keys=("Pss:",)):
    total = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith(keys):
                    total += int(line.split()[1])
    except OSError:
        pass
    return total


def pss_kib(pid):
    return rollup_kib(pid)


def uss_kib(pid):
    """Memory only this process maps (USS): unlike PSS, not lowered by other programs that happen to
    map the same libraries."""
    return rollup_kib(pid, ("Private_Clean:", "Private_Dirty:"))


def outsiders_mapping(library, inside):
    count = 0
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in inside:
            continue
        try:
            with open(f"/proc/{name}/maps") as f:
                if library in f.read():
                    count += 1
        except OSError:
            pass
    return count


def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError):
        return 0


def short_name(pid):
    line = cmdline(pid)
    exe = os.path.basename(line.split(" ", 1)[0]) if line else "?"
    kind = re.search(r"--type=([a-z-]+)", line)
    return exe + (f" ({kind.group(1)})" if kind and exe != "QtWebEngineProcess" else "")


class Subject:
    def __init__(self, name, argv, env, marker, bound_check):
        self.name, self.argv, self.env, self.marker = name, argv, env, marker
        self.bound_check = bound_check  # () -> epoch ms when bound, or None
        self.proc = None
        self.figures = {}

    def pids(self):
        return tree(self.proc.pid, self.marker)

    def pss_mib(self):
        pids = self.pids()
        per = {pid: (pss_kib(pid), short_name(pid)) for pid in pids}
        return sum(kib for kib, _ in per.values()) / 1024.0, per

    def uss_mib(self):
        return sum(uss_kib(pid) for pid in self.pids()) / 1024.0

    def ticks(self):
        return {pid: cpu_ticks(pid) for pid in self.pids()}


class PortalServer:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary], stdout=subprocess.PIPE, text=True, bufsize=1)
        self.url = None
        self.bound = []  # (phase, client, epoch ms)
        self.lock = threading.Lock()
        first = self.proc.stdout.readline().split()
        if len(first) != 2 or first[0] != "portal":
            raise SystemExit(f"bench_portal did not start: {first}")
        self.url = first[1]
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            parts = line.split()
            if len(parts) == 4 and parts[0] == "bound":
                with self.lock:
                    self.bound.append((parts[1], parts[2], float(parts[3])))

    def bound_at(self, client, phase="sent", after=0.0):
        with self.lock:
            for p, c, t in self.bound:
                if p == phase and c == client and t >= after:
                    return t
        return None


def console_bridge_bound_at(log_path):
    """Epoch ms of the console bridge's "listening in worker frame" line, or None."""
    try:
        with open(log_path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if "listening in worker frame" in line:
                    stamp = line.split(" ", 1)[0]
                    when = datetime.datetime.strptime(stamp.rstrip("Z"), "%Y-%m-%dT%H:%M:%S.%f")
                    return when.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000.0
    except (OSError, ValueError):
        pass
    return None


def wait_for(check, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = check()
        if value is not None:
            return value
        time.sleep(0.01)
    return None


def start_xvfb():
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], pass_fds=[write_fd], stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        display = f.readline().strip()
    return xvfb, ":" + display


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--idle", type=float, default=60.0, help="idle window, seconds")
    ap.add_argument("--settle", type=float, default=3.0, help="seconds after bound before 'after load'")
    ap.add_argument("--console-env", action="append", default=[], metavar="KEY=VALUE",
                    help="extra environment for the console only (to try a lever)")
    args = ap.parse_args()
    build = os.path.abspath(args.build_dir)
    console_bin = os.path.join(build, "app", "operator-console")
    portal_bin = os.path.join(build, "bench", "bench_portal")
    chromium_bin = shutil.which("chromium") or "/usr/bin/chromium"

    work = tempfile.mkdtemp(prefix="opc-footprint.")
    xvfb, display = start_xvfb()
    base_env = dict(os.environ, DISPLAY=display, HOME=os.path.join(work, "home"),
                    XDG_RUNTIME_DIR=os.path.join(work, "runtime"))
    base_env.pop("WAYLAND_DISPLAY", None)
    base_env.pop("QT_QPA_PLATFORM", None)
    for d in ("home", "runtime"):
        os.makedirs(os.path.join(work, d), mode=0o700)
    server = PortalServer(portal_bin)
    root = os.geteuid() == 0

    console_dir = os.path.join(work, "console-data")
    console_log = os.path.join(console_dir, "logs", "console.log")

    def console_bound():
        worker = server.bound_at("console")
        bridge = console_bridge_bound_at(console_log)
        return max(worker, bridge) if worker is not None and bridge is not None else None

    console_env = dict(base_env)
    for pair in args.console_env:
        key, _, value = pair.partition("=")
        console_env[key] = value
    console = Subject("console", [console_bin, "--portal", server.url, "--data-dir", console_dir], console_env,
                      console_dir, console_bound)
    chrome_profile = os.path.join(work, "chromium-profile")
    chrome_argv = [chromium_bin, f"--user-data-dir={chrome_profile}", "--no-first-run", "--no-default-browser-check",
                   "--password-store=basic", "--window-size=1280,800", server.url]
    if root:
        chrome_argv.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
    chromium = Subject("chromium", chrome_argv, base_env, chrome_profile,
                       lambda: server.bound_at("chromium"))
    subjects = [console, chromium]
    load0 = os.getloadavg()
    try:
        for s in subjects:
            t0 = now_ms()
            s.proc = subprocess.Popen(s.argv, env=s.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                      start_new_session=True)
            bound = wait_for(s.bound_check, 60)
            if bound is None:
                raise SystemExit(f"{s.name}: no 17 binds within 60 s")
            s.figures["bound_ms"] = bound - t0
            time.sleep(args.settle)
            s.figures["pss_load"], _ = s.pss_mib()
            s.figures["procs_load"] = len(s.pids())
        ticks0 = {s.name: s.ticks() for s in subjects}
        time.sleep(args.idle)
        for s in subjects:
            ticks1 = s.ticks()
            spent = sum(t - ticks0[s.name].get(pid, 0) for pid, t in ticks1.items())
            s.figures["cpu_idle"] = 100.0 * spent / CLK_TCK / args.idle
            s.figures["pss_idle"], s.figures["per_process"] = s.pss_mib()
            s.figures["uss_idle"] = s.uss_mib()
            s.figures["procs"] = len(s.pids())
        sharing = outsiders_mapping("libQt6WebEngineCore", set(console.pids()))
    finally:
        for s in subjects:
            if s.proc and s.proc.poll() is None:
                os.killpg(s.proc.pid, signal.SIGTERM)
        for s in subjects:
            if s.proc:
                try:
                    s.proc.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(s.proc.pid, signal.SIGKILL)
        server.proc.terminate()
        xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)
    load1 = os.getloadavg()

    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                         text=True).stdout.strip()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"machine: {os.cpu_count()} cores, {cpu}, {mem:.1f} GiB RAM; load average "
          f"{load0[0]:.2f} before, {load1[0]:.2f} after; page {server.url}")
    print(f"console: {console_bin}" + (f" with {' '.join(args.console_env)}" if args.console_env else ""))
    print(f"chromium: {subprocess.run([chromium_bin, '--version'], capture_output=True, text=True).stdout.strip()}"
          + (" (--no-sandbox: running as root)" if root else ""))
    if sharing:
        print(f"note: {sharing} other processes map QtWebEngine and lower the console's PSS; compare USS")
    print()
    rows = [
        ("launch -> 17 events bound", "bound_ms", "{:.0f} ms"),
        ("PSS after load (whole tree)", "pss_load", "{:.1f} MiB"),
        (f"PSS after {args.idle:.0f} s idle", "pss_idle", "{:.1f} MiB"),
        (f"USS (private memory) after {args.idle:.0f} s idle", "uss_idle", "{:.1f} MiB"),
        (f"CPU over {args.idle:.0f} s idle (% of one core)", "cpu_idle", "{:.2f} %"),
        ("processes", "procs", "{}"),
    ]
    print(f"| figure | console | Chromium | console/Chromium |")
    print(f"|---|---|---|---|")
    for label, key, fmt in rows:
        a, b = console.figures[key], chromium.figures[key]
        ratio = f"{a / b:.2f}" if b else "—"
        print(f"| {label} | {fmt.format(a)} | {fmt.format(b)} | {ratio} |")
    print(f"| launch -> bound, console minus Chromium | {console.figures['bound_ms'] - chromium.figures['bound_ms']:+.0f} ms"
          " | | |")
    print()
    for s in subjects:
        print(f"{s.name} processes after the idle minute (PSS MiB):")
        for kib, name in sorted(s.figures["per_process"].values(), reverse=True):
            print(f"  {kib / 1024:7.1f}  {name}")


if __name__ == "__main__":
    main()
