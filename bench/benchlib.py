"""benchlib — what the Go-against-minigo benchmark scripts share (bench/compute.sh,
bench/gc.sh, bench/goroutines.sh; tests/goroutine_memory_test.py uses the resident-set
probe).

Running a process (run: the process's own rusage from wait4, a watchdog for a time-out
and a resident-set limit), finding and building with Go and minigo, reporting (say,
loud, diff, describe), and medians. Standard library only.
"""
import difflib
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

NAMES = {"go": "Go", "minigo": "minigo"}


def say(*args):
    print(*args, flush=True)


def progress(msg):
    print(msg, file=sys.stderr, flush=True)


def loud(name, what, detail=""):
    """A failure: `*** name: what` and the indented detail."""
    say(f"*** {name}: {what}")
    for line in detail.rstrip("\n").splitlines():
        say(f"    {line}")


def head(text, lines=12):
    ls = text.rstrip("\n").splitlines()
    if len(ls) > lines:
        ls = ls[:lines] + [f"... ({len(ls) - lines} more lines)"]
    return "\n".join(ls)


def text(b):
    return b.decode("utf-8", errors="backslashreplace")


def diff(a, b, la, lb):
    d = difflib.unified_diff(text(a).splitlines(keepends=True),
                             text(b).splitlines(keepends=True), la, lb)
    return head("".join(d), 20)


class Result:
    def __init__(self):
        self.rc = None        # exit status (negative: signal), None: not run
        self.out = b""
        self.err = b""
        self.wall = 0.0       # s
        self.cpu = 0.0        # s, user + system
        self.maxrss = 0       # KB
        self.killed = None    # why the watchdog killed it


def kill(pid):
    """Kills the process group of pid (a process run() started, leader of its group)."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass


def page_kb():
    return os.sysconf("SC_PAGE_SIZE") // 1024


def rss_kb(pid, children=False):
    """The resident set of process pid in KB (/proc/PID/statm), None if unreadable;
    with children, plus that of its children (the program under GNU time)."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            kb = int(f.read().split()[1]) * page_kb()
    except (OSError, ValueError, IndexError):
        return None
    if children:
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                kids = f.read().split()
        except OSError:
            kids = []
        for k in kids:
            kb += rss_kb(k) or 0
    return kb


# GNU time, to read a program's true peak resident set. The ru_maxrss that wait4
# reports for a child of this script is at least this script's own resident set
# (~15 MB of Python): the forked child's memory, before it executes the program, counts
# towards the peak (the kernel keeps the larger of the old and new address spaces' high
# water marks across exec). A program forked by GNU time starts from time's ~2 MB.
GNU_TIME = "/usr/bin/time"


def have_gnu_time():
    try:
        r = subprocess.run([GNU_TIME, "--version"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return b"GNU" in r.stdout + r.stderr


def parse_gnu_time(report):
    """(exit status (negative: signal) or None, maxrss KB or None) from the -o file of
    `time -f %M`: "Command terminated by signal N" / "Command exited with non-zero
    status N" lines, then the number."""
    rc, kb = 0, None
    for line in report.decode(errors="replace").splitlines():
        line = line.strip()
        if line.startswith("Command terminated by signal "):
            rc = -int(line.rsplit(" ", 1)[1])
        elif line.startswith("Command exited with non-zero status "):
            rc = int(line.rsplit(" ", 1)[1])
        elif line.isdigit():
            kb = int(line)
    return rc, kb


def account(r, returncode, ru, ftime):
    """Fills r's status, CPU time and peak RSS from wait4's rusage, or, with ftime (the
    report of GNU time wrapping the program), the program's own status and peak."""
    r.rc = returncode
    r.cpu = ru.ru_utime + ru.ru_stime
    r.maxrss = ru.ru_maxrss
    if ftime is not None:
        ftime.seek(0)
        rc, kb = parse_gnu_time(ftime.read())
        if r.rc == 0 or rc != 0:
            r.rc = rc
        if kb is not None:
            r.maxrss = kb


def find_impls(script, root, go_only):
    """The Go and (unless go_only) minigo executables, said on stdout: (go, minigo or
    None, the implementations' names)."""
    go = find_go(script)
    impls = ["go"]
    minigo = None
    if not go_only:
        minigo = find_minigo(script, root,
                             "build it (./setup.sh build), set MINIGO, or use --go-only")
        impls.append("minigo")
    say(f"go:     {version([go, 'version'])}")
    if minigo:
        say(f"minigo: {minigo} ({version([minigo, 'version'])})")
    return go, minigo, impls


def run(argv, env=None, timeout=600, max_rss_kb=0, cwd=None, true_peak=False):
    """Runs argv (stdin /dev/null; stdout and stderr to files); returns a Result with the
    process's own rusage (wait4). env None: ours. A watchdog thread kills it after
    timeout seconds or when its resident set exceeds max_rss_kb (0: no limit). The
    process is waited for with WNOWAIT first, so its pid stays reserved (a zombie) until
    the watchdog is stopped.

    With true_peak (the caller has checked have_gnu_time()), the program runs under GNU
    time, whose report gives its exit status and its own peak resident set (see
    GNU_TIME); otherwise maxrss is wait4's, at least this script's size."""
    r = Result()
    with tempfile.TemporaryFile() as fout, tempfile.TemporaryFile() as ferr, \
            tempfile.NamedTemporaryFile(prefix="time-") as ftime:
        if true_peak:
            argv = [GNU_TIME, "-f", "%M", "-o", ftime.name, "--"] + list(argv)
        t0 = time.perf_counter()
        try:
            # A session of its own, so that a kill reaches the compiler's children.
            p = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                 stdout=fout, stderr=ferr, start_new_session=True)
        except OSError as e:
            r.rc, r.err = 127, str(e).encode()
            return r
        stop = threading.Event()

        def watchdog():
            while not stop.wait(0.05):
                if time.perf_counter() - t0 > timeout:
                    r.killed = f"killed after {timeout:g} s (--timeout)"
                elif max_rss_kb:
                    rss = rss_kb(p.pid, children=true_peak)
                    if rss is not None and rss > max_rss_kb:
                        r.killed = (f"killed: resident set above {max_rss_kb // 1024} MB "
                                    "(--max-rss)")
                if r.killed:
                    kill(p.pid)
                    return

        w = threading.Thread(target=watchdog, daemon=True)
        w.start()
        try:
            os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
            r.wall = time.perf_counter() - t0
        except BaseException:       # ^C: do not leave the benchmark running
            stop.set()
            w.join()
            kill(p.pid)
            os.wait4(p.pid, 0)
            p.returncode = -signal.SIGKILL
            raise
        stop.set()
        w.join()
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        account(r, p.returncode, ru, ftime if true_peak else None)
        fout.seek(0)
        r.out = fout.read()
        ferr.seek(0)
        r.err = ferr.read()
    return r


def describe(r):
    if r.killed:
        return r.killed
    if r.rc is None:
        return "not run"
    if r.rc < 0:
        return f"killed by signal {-r.rc}"
    return f"exit status {r.rc}"


def version(argv):
    r = run(argv, None, 60)
    s = text(r.out or r.err).strip().splitlines()
    return s[0] if r.rc == 0 and s else "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def load_average():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def machine_line(runs):
    """The header of a results table: CPU, date, number of runs."""
    return (f"{cpu_model()}, {os.cpu_count()} CPUs; "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
            f"medians of {runs} run{'s' if runs > 1 else ''}")


def med(xs):
    return statistics.median(xs) if xs else None


def ratio(m, g):
    if m is None or g is None:
        return "n/a"
    if g == 0:
        return "—"
    return f"{m / g:.2f}x"


def find_go(script):
    """Go's command (GO, default go); exits with a message when it is missing."""
    go = os.environ.get("GO", "go")
    if shutil.which(go) is None:
        sys.exit(f"{script}: Go not found ({go!r}); install golang-go or set GO")
    return go


def find_minigo(script, root, hint="build it (./setup.sh build) or set MINIGO"):
    """minigo's absolute path (MINIGO, default build/bin/minigo of the repository);
    exits with a message when it is missing."""
    minigo = os.environ.get("MINIGO") or os.path.join(root, "build", "bin", "minigo")
    if not (os.path.isfile(minigo) and os.access(minigo, os.X_OK)):
        sys.exit(f"{script}: minigo not found at {minigo}; {hint}")
    return os.path.abspath(minigo)


def minigo_build_O2(minigo, src, exe, timeout, cwd=None, note=None):
    """`minigo build -O2 -o exe src`; a minigo without -O2 builds at its default level
    (note(msg) is told so). Returns the build's Result."""
    r = run([minigo, "build", "-O2", "-o", exe, src], None, timeout, 0, cwd=cwd)
    if r.rc != 0 and b"flag provided but not defined: -O2" in r.out + r.err:
        if note:
            note("this minigo has no -O2 flag; building at its default level")
        r = run([minigo, "build", "-o", exe, src], None, timeout, 0, cwd=cwd)
    return r


def md_table(cols, rows):
    """Prints a Markdown table: the first column left-aligned, the others right."""
    say("| " + " | ".join(cols) + " |")
    say("|---|" + "---:|" * (len(cols) - 1))
    for row in rows:
        say("| " + " | ".join(row) + " |")


def on_sigterm_interrupt():
    """SIGTERM raises KeyboardInterrupt, so that run() kills its child on the way out."""
    def interrupted(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupted)


def status_rss_bytes(pid):
    """VmRSS of /proc/PID/status in bytes."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise OSError(f"no VmRSS in /proc/{pid}/status")


def blocked_rss(exe, n, env=None, timeout=120, true_peak=False):
    """Runs bench/goroutines/blocked.go's executable with N goroutines, talking to it
    on its standard input and output: reads its resident set when it says "start" and
    again when it says "ready", then lets it finish. Returns
    (bytes per goroutine, rss before, rss after, Result) — the first three None when
    the run failed; the Result has the exit status, the whole output and stderr.
    true_peak: as for run()."""
    r = Result()
    before = after = None
    argv = [exe, str(n)]
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as ferr, \
            tempfile.NamedTemporaryFile(prefix="time-") as ftime:
        if true_peak:
            argv = [GNU_TIME, "-f", "%M", "-o", ftime.name, "--"] + argv
        try:
            p = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=ferr,
                                 start_new_session=True)
        except OSError as e:
            r.rc, r.err = 127, str(e).encode()
            return None, None, None, r
        timer = threading.Timer(timeout, lambda: (setattr(r, "killed",
                                f"killed after {timeout:g} s"), kill(p.pid)))
        timer.start()
        out = b""
        try:
            line = p.stdout.readline()
            out += line
            pid = p.pid
            if true_peak and line:      # the program is time's child
                with open(f"/proc/{p.pid}/task/{p.pid}/children") as f:
                    pid = int(f.read().split()[0])
            if line == b"start\n":
                before = status_rss_bytes(pid)
                p.stdin.write(b"\n")
                p.stdin.flush()
                line = p.stdout.readline()
                out += line
                if line.startswith(b"ready"):
                    after = status_rss_bytes(pid)
                    p.stdin.write(b"\n")
                    p.stdin.flush()
            p.stdin.close()
            out += p.stdout.read()
        except (OSError, ValueError, IndexError):
            pass
        except BaseException:
            kill(p.pid)
            p.wait()
            timer.cancel()
            raise
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        timer.cancel()
        r.wall = time.perf_counter() - t0
        account(r, p.returncode, ru, ftime if true_peak else None)
        p.stdout.close()
        r.out = out
        ferr.seek(0)
        r.err = ferr.read()
    if r.rc != 0 or before is None or after is None:
        return None, None, None, r
    return (after - before) / n, before, after, r


def finish(failed):
    """The exit status of a benchmark script: 1, after saying what failed, if anything
    did ((name, implementation, reason) triples); else 0."""
    if failed:
        say("")
        say("FAILED: " + ", ".join(f"{n} ({impl}: {why})" for n, impl, why in failed))
        return 1
    return 0


def run_main(main, script):
    """Runs a benchmark script's main: exits with its status, or 130 on ^C or SIGTERM."""
    on_sigterm_interrupt()
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print(f"{script}: interrupted", file=sys.stderr)
        sys.exit(130)



def select_configs(ap, names, configs, also, make_args):
    """The (configuration, arguments) pairs that NAME[=ARGS] command-line words select
    (all configurations when there are none): NAME is a configuration's or a program's
    name (also: the program names to list in the error). make_args(c, given, spec)
    returns c's arguments — from given, the comma-separated ARGS split, or, when None,
    c's defaults — or calls ap.error."""
    by_name = {c.name: c for c in configs}
    selected = []
    for spec in names or [c.name for c in configs]:
        name, eq, a = spec.partition("=")
        if name in by_name:
            group = [by_name[name]]
        else:
            group = [c for c in configs if c.program == name]
            if not group:
                ap.error(f"unknown configuration or program {name!r} (have: "
                         f"{', '.join(by_name)}, {also})")
        for c in group:
            cargs = make_args(c, a.split(",") if eq else None, spec)
            if any(x for x, _ in selected if x.name == c.name):
                continue
            selected.append((c, cargs))
    return selected
