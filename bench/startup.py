#!/usr/bin/env python3
"""One start of one side, timed as bench/bench.py times start-up: from starting `java -Xmx512m [options] -jar <jar>`
to the first answer below 500 of /camunda/app/tasklist/default/, with the same profile and environment. Prints the
seconds, the JVM's CPU seconds by then (utime + stime) and the load average, then stops the application.

  bench/startup.py ours|bare <jar> fresh|reuse [JVM options...]

fresh: a new database (DB, default rat_startup_<side>), as the benchmark does; reuse: the database the last run left,
a second start. WAIT_DEMO=1 also waits for "Demo complete" (ours). THREADS=1 also prints the JVM's CPU seconds by
thread (names with digits folded: all "C2 CompilerThread" together; the main thread is "java") when Tasklist answers:
how much is the main thread's and how much the compilers', the collector's or another thread's. docs/benchmarks.md,
"Start-up: where the time goes" and "Start-up, third pass".
"""
import os
import re
import sys
import tempfile
import time
import subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench
kind, jar, mode = sys.argv[1], sys.argv[2], sys.argv[3]
extra = sys.argv[4:]
db = os.environ.get("DB", "rat_startup_%s" % kind)
port = bench.free_port()
if mode == "fresh":
    bench.psql('drop database if exists "%s" with (force)' % db)
    bench.psql('create database "%s"' % db)
app = bench.App(kind, jar)
app.port = port
env, app_args = bench.environment(app, db)
args = ["java", "-Xmx512m"] + extra + ["-jar", jar] + app_args
folder = os.environ.get("FOLDER", os.path.join(tempfile.gettempdir(), "rat-startup-%s" % kind))
os.makedirs(folder, exist_ok=True)
log_path = os.path.join(folder, "app-%s.log" % mode)
load = open("/proc/loadavg").read().split()[0]
t0 = time.monotonic()
with open(log_path, "w") as log:
    proc = subprocess.Popen(args, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
bench.wait_for("tasklist", lambda: bench.answers(port, "/camunda/app/tasklist/default/") or proc.poll() is not None,
               900, every=0.1)
t = time.monotonic() - t0
if proc.poll() is not None:
    sys.exit("%s ended at start; see %s" % (kind, log_path))
cpu = bench.jvm_cpu_ms(proc.pid) / 1000
by_thread = {}
if os.environ.get("THREADS"):
    for tid in os.listdir("/proc/%d/task" % proc.pid):
        try:
            name = re.sub(r"[0-9]+", "#", open("/proc/%d/task/%s/comm" % (proc.pid, tid)).read().strip())
            by_thread[name] = by_thread.get(name, 0.0) + bench.jvm_cpu_ms(proc.pid, tid) / 1000
        except OSError:
            pass
    by_thread["(threads ended by then)"] = cpu - sum(by_thread.values())
ready = None
if kind == "ours" and os.environ.get("WAIT_DEMO"):
    bench.wait_for("demo", lambda: "Demo complete" in open(log_path, errors="replace").read()
                   or proc.poll() is not None, 1800, 1.0)
    ready = time.monotonic() - t0
proc.terminate()
proc.wait(60)
print("RESULT %s %s tasklist_s=%.1f jvm_cpu_s=%.1f demo_s=%s load1=%s extra=%s" % (
    kind, mode, t, cpu, "%.1f" % ready if ready else "-", load, " ".join(extra)), flush=True)
if by_thread:
    print("THREADS " + ", ".join("%s %.1f" % (name, sec) for name, sec in sorted(by_thread.items(), key=lambda kv: -kv[1])
                                 if sec >= 0.1), flush=True)
