#!/usr/bin/env python3
"""Issue 13's figures, the application against the bare Camunda engine, in one run on PostgreSQL.

Started by bench/run.sh (which builds both jars); Python 3 standard library and psql only. Each application gets a
fresh database and is started alone (-Xmx512m), measured, and stopped before the other starts. See
docs/benchmarks.md, "Against the bare engine", for what each figure is and how it is taken.
"""
import base64
import datetime
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

PG_HOST = os.environ.get("BENCH_PG_HOST", "127.0.0.1")
PG_PORT = os.environ.get("BENCH_PG_PORT", "5432")
PG_USER = os.environ.get("BENCH_PG_USER", "postgres")
ACTIONS = int(os.environ.get("BENCH_ACTIONS", "1200"))
PLAN_SIZE = int(os.environ.get("BENCH_PLAN_SIZE", "600"))
TIMERS = int(os.environ.get("BENCH_TIMERS", "300"))
QUERY_RUNS = int(os.environ.get("BENCH_QUERY_RUNS", "30"))
# Untimed rounds of every query call before the timed one: a server answers Tasklist for weeks, so its latency is
# measured once the JIT compiler has compiled the code those calls run, not while it competes for the two cores
# (docs/benchmarks.md, "Warm-up"). 0 gives the earlier method: 3 untimed calls of each query just before its runs.
QUERY_WARM_ROUNDS = int(os.environ.get("BENCH_QUERY_WARM_ROUNDS", "1"))
BARE_THREADS = int(os.environ.get("BENCH_BARE_THREADS", "4"))
# Rounds of the whole measurement, each side on a fresh database every round, bare and ours taking turns to go
# first; the table gives each figure's median over the rounds and the ratio of the medians, and a line lists every
# round's ratios. One run's start-up, import and timer rates moved by 30-50% from run to run on this machine with
# the same jars (docs/benchmarks.md, "Rounds"), so one round cannot say whether a ratio meets its target.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
KEEP = os.environ.get("BENCH_KEEP", "") == "true"
ONLY = os.environ.get("BENCH_ONLY", "")  # "ours" or "bare": measure one side only (for trying the script)
# How both jars are launched: "jar" (java -jar, the default) or "cds" (extracted, with a class data sharing archive
# from a training start; see prepare()). Always the same for both sides.
LAUNCH = os.environ.get("BENCH_LAUNCH", "jar")
CLK_TCK = os.sysconf("SC_CLK_TCK")
# PostgreSQL 15's backends report their tuple counts at most every second when busy and after 10 s when idle: the
# per-table breakdown waits this long before each reading (not inside any timed figure).
STATS_SETTLE_S = 11

# Plan rows go round these (agency, role) pairs, each held by one demo person (src/main/resources/demo/people.csv),
# so every action waits at "Deliver action" for its owner; the measured owner holds one pair in ten, as the bare
# engine's owner is in one of its ten agency groups.
OWNER_PAIRS = [
    ("Kingston Hospital", "Director of Nursing"),
    ("RBK Housing", "Head of Housing"),
    ("Kingston PCT", "Board Director for Child Protection"),
    ("Oxford Health", "Head of Safeguarding Children"),
    ("Children's Social Care", "Deputy Director Children's Social Care"),
    ("Oxford University Hospitals", "Named Doctor Safeguarding Children"),
    ("Thames Valley Police", "Detective Superintendent Protecting Vulnerable People"),
    ("GP practices", "Named GP Safeguarding"),
    ("Adults and Family Wellbeing", "Head of Adult Social Care"),
    ("BCC Children and Family Services", "Head of Children's Social Care"),
]
ACTIONS_PER_RECOMMENDATION = 3


class App:
    """How one side is started and spoken to."""

    def __init__(self, kind, jar, round_no=1):
        self.kind = kind
        self.jar = jar
        self.round = round_no
        self.db = "bench_%s_%d" % (kind, os.getpid()) + ("_%d" % round_no if round_no > 1 else "")
        self.port = free_port()
        if kind == "ours":
            self.admin = ("planner", "demo")
            self.owner = ("kingston.nursing", "demo")
            self.chair = ("chair", "demo")
            self.lapse_timer = "SubProcess_HandleLapse%"
        else:
            self.admin = ("admin", "admin")
            self.owner = ("owner", "bench")
            self.chair = ("chair", "bench")
            self.lapse_timer = "Timer_Deadline%"
        self.proc = None
        self.log_path = None
        self.prepare_s = None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(sql, db="postgres"):
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", PG_HOST, "-p", PG_PORT,
                          "-U", PG_USER, "-d", db, "-c", sql], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def jvm_cpu_ms(pid, thread=None):
    """CPU milliseconds (user + system) of process `pid` so far, or of its thread `thread` alone."""
    with open("/proc/%d/stat" % pid if thread is None else "/proc/%d/task/%s/stat" % (pid, thread)) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of stat; after the command's ")" they are the 12th and 13th.
    return (int(fields[11]) + int(fields[12])) * 1000.0 / CLK_TCK


def backend_cpu(db):
    """CPU of every PostgreSQL backend now connected to the database, by pid (the pool keeps them open)."""
    pids = psql("select pid from pg_stat_activity where datname = '%s' and pid <> pg_backend_pid()" % db)
    result = {}
    for pid in pids.split():
        try:
            result[int(pid)] = jvm_cpu_ms(int(pid))
        except OSError:
            pass
    return result


def backend_delta(before, after):
    return sum(v - before.get(pid, 0.0) for pid, v in after.items())


def rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


class Client:
    """One kept-alive HTTP connection as one user (HTTP Basic), as a Tasklist or REST client holds it."""

    def __init__(self, port, user):
        self.port = port
        self.auth = "Basic " + base64.b64encode(("%s:%s" % user).encode()).decode()
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        all_headers = {"Authorization": self.auth, "Accept": "application/json"}
        all_headers.update(headers or {})
        if body is not None and not isinstance(body, bytes):
            body = json.dumps(body).encode()
            all_headers["Content-Type"] = "application/json"
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
            try:
                self.conn.request(method, path, body=body, headers=all_headers)
                response = self.conn.getresponse()
                data = response.read()
                return response.status, dict(response.getheaders()), data
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise

    def json(self, method, path, body=None):
        status, _, data = self.request(method, path, body)
        if status >= 300:
            raise RuntimeError("%s %s: %d %s" % (method, path, status, data[:300]))
        return json.loads(data) if data else None


def wait_for(what, check, timeout, every=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise RuntimeError("%s: not within %d s" % (what, timeout))


def answers(port, path):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", path)
        status = conn.getresponse().status
        conn.close()
        return status < 500
    except OSError:
        return False


def log_has(app, text):
    with open(app.log_path, errors="replace") as f:
        return text in f.read()


def due_jobs(db):
    return int(psql("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
                    "and (duedate_ is null or duedate_ <= now())", db))


def drain(app, timeout=900):
    """Waits until no job is due (the job executor has run what the last step made), or gives up after timeout."""
    start = time.monotonic()
    try:
        wait_for("jobs drained", lambda: due_jobs(app.db) == 0, timeout, every=1.0)
        return time.monotonic() - start, True
    except RuntimeError:
        return time.monotonic() - start, False


def environment(app, db):
    """The environment and the arguments after `-jar <jar>` that start one side on database `db`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAT_", "SPRING_", "BARE_"))}
    args = ["--server.port=%d" % app.port]
    if app.kind == "ours":
        env.update(RAT_DB_HOST=PG_HOST, RAT_DB_PORT=PG_PORT, RAT_DB_NAME=db, RAT_DB_USER=PG_USER)
        args.append("--spring.profiles.active=postgres")
    else:
        env.update(BARE_DB_URL="jdbc:postgresql://%s:%s/%s" % (PG_HOST, PG_PORT, db), BARE_DB_USER=PG_USER)
    return env, args


def prepare(app, workdir):
    """BENCH_LAUNCH=cds: the deployment docs/operations.md describes, done the same way for both sides before the
    clock starts: the jar extracted (`-Djarmode=tools extract`), then one training start on a database of its own that
    stops once the context is refreshed and writes the class data sharing archive the measured start maps."""
    app.java_options = []
    app.launch_jar = app.jar
    if LAUNCH != "cds":
        return
    t0 = time.monotonic()
    folder = os.path.join(workdir, app.kind + "-extracted")
    app.launch_jar = os.path.join(folder, os.path.basename(app.jar))
    archive = os.path.join(workdir, app.kind + ".jsa")
    app.java_options = ["-XX:SharedArchiveFile=" + archive]
    if os.path.exists(archive):  # a later round: the same extracted jar and archive as the first
        app.prepare_s = None
        return
    subprocess.run(["java", "-Djarmode=tools", "-jar", app.jar, "extract", "--destination", folder], check=True,
                   capture_output=True)
    training_db = app.db + "_training"
    psql('create database "%s"' % training_db)
    env, args = environment(app, training_db)
    training = os.path.join(workdir, app.kind + "-training")
    os.makedirs(training, exist_ok=True)
    try:
        with open(os.path.join(workdir, app.kind + "-training.log"), "w") as log:
            subprocess.run(["java", "-Xmx512m", "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                            "-jar", app.launch_jar] + args, cwd=training, env=env, stdout=log, stderr=subprocess.STDOUT,
                           check=True, timeout=1800)
    finally:
        psql('drop database if exists "%s" with (force)' % training_db)
    app.prepare_s = time.monotonic() - t0


def start(app, workdir):
    prepare(app, workdir)
    psql('create database "%s"' % app.db)
    app.log_path = os.path.join(workdir, "%s-%d.log" % (app.kind, app.round))
    env, app_args = environment(app, app.db)
    args = ["java", "-Xmx512m"] + app.java_options + ["-jar", app.launch_jar] + app_args
    folder = os.path.join(workdir, "%s-%d" % (app.kind, app.round))
    os.makedirs(folder, exist_ok=True)
    t0 = app.t0 = time.monotonic()
    with open(app.log_path, "w") as log:
        app.proc = subprocess.Popen(args, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    wait_for(app.kind + " Tasklist answering", lambda: answers(app.port, "/camunda/app/tasklist/default/")
             or app.proc.poll() is not None, 900)
    if app.proc.poll() is not None:
        raise RuntimeError("%s ended at start; see %s" % (app.kind, app.log_path))
    return time.monotonic() - t0


def stop(app):
    if app.proc and app.proc.poll() is None:
        app.proc.terminate()
        try:
            app.proc.wait(60)
        except subprocess.TimeoutExpired:
            app.proc.kill()
            app.proc.wait()
    if not KEEP:
        psql('drop database if exists "%s" with (force)' % app.db)


def plan_csv(first, count, due):
    rows = ["Rec No,Recommendation,Action,Timescale,Responsible,Agency"]
    for i in range(first, first + count):
        agency, role = OWNER_PAIRS[i % len(OWNER_PAIRS)]
        rec = (i - first) // ACTIONS_PER_RECOMMENDATION + 1
        rows.append('%d,"Recommendation %d",%s,%s,"%s","%s"' % (
            rec, rec, "Audit the referrals made in case %d" % i, due, role, agency))
    return ("\n".join(rows) + "\n").encode()


def multipart(fields, filename, content):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (boundary, name, value))
                     .encode())
    parts.append(('--%s\r\nContent-Disposition: form-data; name="file"; filename="%s"\r\nContent-Type: text/csv\r\n\r\n'
                  % (boundary, filename)).encode() + content + b"\r\n")
    parts.append(("--%s--\r\n" % boundary).encode())
    return b"".join(parts), "multipart/form-data; boundary=" + boundary


def import_ours(app, total):
    """Imports `total` actions as plans of PLAN_SIZE through POST /api/action-plans, one after the other."""
    client = Client(app.port, app.admin)
    due = (datetime.date.today() + datetime.timedelta(days=240)).strftime("by %B %Y")
    done, plan = 0, 0
    while done < total:
        size = min(PLAN_SIZE, total - done)
        plan += 1
        ref = "BENCH-%d-%d" % (os.getpid(), plan)
        body, content_type = multipart([("reviewRef", ref), ("title", "Bench plan %d" % plan),
                                        ("board", "Bench LSCB"), ("published", "2026-01-15"),
                                        ("acknowledge", "unreachable")], ref + ".csv", plan_csv(done, size, due))
        status, headers, data = client.request("POST", "/api/action-plans", body, {"Content-Type": content_type})
        if status == 202:
            location = headers.get("Location") or headers.get("location")
            path = location[location.index("/api/"):]
            result = wait_for("import " + ref, lambda: finished(client, path), 3600, every=1.0)
            if result["status"] != "DONE":
                raise RuntimeError("import %s ended %s: %s" % (ref, result["status"], result.get("error")))
        elif status != 201:
            raise RuntimeError("import %s: %d %s" % (ref, status, data[:500]))
        done += size
    return plan


def finished(client, path):
    status = client.json("GET", path)
    return status if status["status"] in ("DONE", "ROLLED_BACK") else None


def start_bare(app, total):
    """Starts `total` instances through POST /engine-rest/process-definition/key/bare-action/start."""
    def one(i):
        client = clients.setdefault(threading_id(), Client(app.port, app.admin))
        client.json("POST", "/engine-rest/process-definition/key/bare-action/start", {
            "businessKey": "BENCH/%d" % i,
            "variables": {"group": {"value": "agency%02d" % (i % 10 + 1), "type": "String"},
                          "reviewRef": {"value": "BENCH", "type": "String"},
                          "action": {"value": "Audit the referrals made in case %d" % i, "type": "String"}}})
    clients = {}
    with ThreadPoolExecutor(BARE_THREADS) as pool:
        list(pool.map(one, range(total)))


def threading_id():
    import threading
    return threading.get_ident()


def timed(client, method, path, body=None):
    for _ in range(3):
        client.json(method, path, body)
    times, result = [], None
    # The server's CPU per call (JVM and database backends), which the machine's load stretches far less than the
    # wall clock; it includes whatever else the JVM did meanwhile (job acquisition), little when nothing is due.
    db0, cpu0 = backend_cpu(client.app.db), jvm_cpu_ms(client.app.proc.pid)
    for _ in range(QUERY_RUNS):
        t = time.perf_counter()
        result = client.json(method, path, body)
        times.append((time.perf_counter() - t) * 1000)
    db1, cpu1 = backend_cpu(client.app.db), jvm_cpu_ms(client.app.proc.pid)
    times.sort()
    return {"p50": statistics.median(times), "p95": times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)],
            "jvm_cpu_ms": (cpu1 - cpu0) / QUERY_RUNS, "db_cpu_ms": backend_delta(db0, db1) / QUERY_RUNS,
            "result": result}


def queries(app):
    for _ in range(QUERY_WARM_ROUNDS):
        query_calls(app)
    return query_calls(app)


def query_calls(app):
    out = {}
    for role, user in (("owner", app.owner), ("chair", app.chair)):
        client = Client(app.port, user)
        client.app = app
        out[role + " task count"] = timed(client, "GET", "/engine-rest/task/count")
        out[role + " task list of 15"] = timed(
            client, "GET", "/engine-rest/task?firstResult=0&maxResults=15&sortBy=created&sortOrder=desc")
        for f in client.json("GET", "/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc"):
            out["%s filter '%s' count" % (role, f["name"])] = timed(client, "GET", "/engine-rest/filter/%s/count" % f["id"])
            out["%s filter '%s' list of 15" % (role, f["name"])] = timed(
                client, "POST", "/engine-rest/filter/%s/list?firstResult=0&maxResults=15" % f["id"], {})
    for value in out.values():
        result = value.pop("result")
        value["rows"] = result["count"] if isinstance(result, dict) else len(result)
    return out


def timers(app):
    """Moves TIMERS lapse (ours) or deadline (bare) timers to now and measures until they and what they made ran."""
    # Only the benchmark's own actions (business keys BENCH...), not the demo's.
    ids = psql("select j.id_ from act_ru_job j join act_ru_execution p on p.id_ = j.process_instance_id_ "
               "left join act_ru_jobdef d on d.id_ = j.job_def_id_ "
               "where (j.handler_cfg_ like '%s' or d.act_id_ like '%s') and j.retries_ > 0 "
               "and p.business_key_ like 'BENCH%%' order by j.id_ limit %d"
               % (app.lapse_timer, app.lapse_timer, TIMERS), app.db).split()
    if not ids:
        print("BENCHMARK no timer matched %s; the jobs there are:\n%s" % (app.lapse_timer, psql(
            "select handler_type_, handler_cfg_, count(*) from act_ru_job group by 1, 2 order by 3 desc limit 20",
            app.db)), flush=True)
        return {"count": 0}
    id_list = ",".join("'%s'" % i for i in ids)
    remaining = lambda: int(psql("select count(*) from act_ru_job where id_ in (%s)" % id_list, app.db))
    db0, cpu0, t0 = backend_cpu(app.db), jvm_cpu_ms(app.proc.pid), time.monotonic()
    psql("update act_ru_job set duedate_ = now() where id_ in (%s)" % id_list, app.db)
    first = last = None
    deadline = t0 + 1800
    while time.monotonic() < deadline:
        left = remaining()
        now = time.monotonic()
        if first is None and left < len(ids):
            first = now
        if left == 0:
            last = now
            break
        time.sleep(0.2)
    follow_up, drained = drain(app)
    db1, cpu1 = backend_cpu(app.db), jvm_cpu_ms(app.proc.pid)
    fired = len(ids) - remaining()
    return {"count": len(ids), "fired": fired, "wait_for_first_s": (first or t0) - t0,
            "firing_s": (last - first) if last and first else float("nan"),
            "per_second": fired / (last - first) if last and first and last > first else float("nan"),
            "follow_up_s": follow_up, "drained": drained,
            "jvm_cpu_ms": (cpu1 - cpu0) / max(fired, 1), "db_cpu_ms": backend_delta(db0, db1) / max(fired, 1)}


def table_stats(db):
    """Per table: total bytes (heap, indexes, TOAST), index bytes, and the statistics collector's live, dead,
    inserted and updated tuple counts (cumulative since the database was made)."""
    rows = psql("select relname, pg_total_relation_size(relid), pg_indexes_size(relid), n_live_tup, n_dead_tup, "
                "n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables", db)
    out = {}
    for line in rows.splitlines():
        name, *numbers = line.split("|")
        out[name] = [int(n) for n in numbers]
    return out


def table_growth(before, after):
    """What each table grew by over the import, largest first: bytes, index bytes, live, dead, inserted, updated and
    deleted tuples (only tables that changed)."""
    keys = ("bytes", "index_bytes", "live", "dead", "inserted", "updated", "deleted")
    out = []
    for name, values in after.items():
        old = before.get(name, [0] * len(keys))
        delta = [a - b for a, b in zip(values, old)]
        if any(delta):
            out.append(dict(table=name, **dict(zip(keys, delta))))
    return sorted(out, key=lambda r: -r["bytes"])


def growth_text(kind, tables):
    lines = ["BENCHMARK %s growth per action by table: bytes (of them index), rows inserted, updated, dead" % kind]
    for t in tables:
        lines.append("  %-28s %8.0f B (%6.0f)  ins %5.2f  upd %5.2f  dead %5.2f" % (
            t["table"], t["bytes"] / ACTIONS, t["index_bytes"] / ACTIONS, t["inserted"] / ACTIONS,
            t["updated"] / ACTIONS, t["dead"] / ACTIONS))
    return "\n".join(lines)


def measure(app, workdir):
    r = {}
    r["startup_s"] = start(app, workdir)
    r["launch"], r["prepare_s"] = LAUNCH, app.prepare_s
    if app.kind == "ours":
        wait_for("demo loaded", lambda: log_has(app, "Demo complete") or app.proc.poll() is not None, 1800, 1.0)
        r["demo_loaded_s"] = time.monotonic() - app.t0
    r["startup_drain_s"], _ = drain(app)
    r["rss_mb"] = rss_mb(app.proc.pid)
    time.sleep(STATS_SETTLE_S)
    tables0 = table_stats(app.db)
    size0 = int(psql("select pg_database_size(current_database())", app.db))
    r["open_tasks_before"] = int(psql("select count(*) from act_ru_task", app.db))
    db0, cpu0, t0 = backend_cpu(app.db), jvm_cpu_ms(app.proc.pid), time.monotonic()
    if app.kind == "ours":
        r["plans"] = import_ours(app, ACTIONS)
    else:
        start_bare(app, ACTIONS)
    r["import_s"] = time.monotonic() - t0
    cpu1, db1 = jvm_cpu_ms(app.proc.pid), backend_cpu(app.db)
    r["per_second"] = ACTIONS / r["import_s"]
    r["cpu_ms_per_action"] = (cpu1 - cpu0) / ACTIONS
    r["db_cpu_ms_per_action"] = backend_delta(db0, db1) / ACTIONS
    r["import_drain_s"], r["import_drained"] = drain(app)
    cpu2 = jvm_cpu_ms(app.proc.pid)
    r["drain_cpu_ms_per_action"] = (cpu2 - cpu1) / ACTIONS
    psql("checkpoint", app.db)
    size1 = int(psql("select pg_database_size(current_database())", app.db))
    r["db_bytes_per_action"] = (size1 - size0) / ACTIONS
    r["db_mb_after_import"] = size1 / 1048576.0
    time.sleep(STATS_SETTLE_S)
    r["tables"] = table_growth(tables0, table_stats(app.db))
    r["open_tasks"] = int(psql("select count(*) from act_ru_task", app.db))
    r["rss_mb_after_import"] = rss_mb(app.proc.pid)
    r["analyze_s"] = analyze_if_autovacuum_off(app)
    r["queries"] = queries(app)
    r["timers"] = timers(app)
    r["alive_at_end"] = app.proc.poll() is None
    r["rss_mb_at_end"] = rss_mb(app.proc.pid) if r["alive_at_end"] else float("nan")
    return r


def analyze_if_autovacuum_off(app):
    """A server with autovacuum on (PostgreSQL's default, and docs/operations.md's) analyzes each table as it grows,
    and vacuums it after inserts (which marks pages all-visible); the query plans rely on both. A server with it off
    (this kind of machine's CI configuration, /etc/postgresql/15/main/conf.d/90-ci.conf) never does either, and its
    planner works from default guesses. Then, after the import and its size are measured and before the queries, the
    benchmark runs VACUUM (ANALYZE) once, for both sides, as autovacuum would have. Returns the seconds it took, or
    None when autovacuum is on."""
    if psql("show autovacuum", app.db).strip() == "on":
        return None
    t0 = time.monotonic()
    psql("vacuum (analyze)", app.db)
    took = time.monotonic() - t0
    print("BENCHMARK %s: autovacuum is off on this server, so VACUUM (ANALYZE) was run once after the import, as "
          "autovacuum would have (%.1f s)" % (app.kind, took), flush=True)
    return took


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip() or \
            subprocess.run(cmd, shell=True, capture_output=True, text=True).stderr.strip()
    except OSError as e:
        return str(e)


def fmt(v, digits=1):
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return "{:,.{d}f}".format(v, d=digits)


def ratio(a, b):
    return a / b if a and b else float("nan")


LAUNCH_NAMES = {"jar": "java -jar", "cds": "extracted jar with a CDS archive"}


def verdict(ok):
    return "met" if ok else "missed"


def table(o, b):
    rows = []

    def row(name, ov, bv, unit, digits=1, target=None):
        rt = ratio(ov, bv)
        rows.append((name, fmt(ov, digits) + unit, fmt(bv, digits) + unit if bv is not None else "", fmt(rt, 2),
                     target or ""))

    rt = ratio(o["startup_s"], b["startup_s"])
    row("start-up to Tasklist answering (%s)" % LAUNCH_NAMES[LAUNCH], o["startup_s"], b["startup_s"], " s",
        target="within 1.3 of bare: " + verdict(rt <= 1.3))
    row("RSS after start", o["rss_mb"], b["rss_mb"], " MB", 0)
    rt = ratio(o["per_second"], b["per_second"])
    row("actions started per second (%s actions; bare: instances via REST)" % fmt(ACTIONS, 0), o["per_second"],
        b["per_second"], "/s", target="at least 0.7 of bare: " + verdict(rt >= 0.7))
    row("JVM CPU per action (the import / the starts)", o["cpu_ms_per_action"], b["cpu_ms_per_action"], " ms")
    row("database CPU per action (the import / the starts)", o["db_cpu_ms_per_action"], b["db_cpu_ms_per_action"],
        " ms")
    row("JVM CPU per action of the jobs after it (e-mails)", o["drain_cpu_ms_per_action"],
        b["drain_cpu_ms_per_action"], " ms", 2)
    for key in o["queries"]:
        q = o["queries"][key]
        bq = b["queries"].get(key)
        name = "%s p50 (rows: %s%s)" % (key, fmt(q["rows"], 0), " / " + fmt(bq["rows"], 0) if bq else "")
        rows.append((name, fmt(q["p50"]) + " ms", fmt(bq["p50"]) + " ms" if bq else "",
                     fmt(ratio(q["p50"], bq["p50"]), 1) if bq else "",
                     "p95 %s ms, under 50 ms: %s" % (fmt(q["p95"]), verdict(q["p95"] < 50))))
        if "jvm_cpu_ms" in q:
            cpu = q["jvm_cpu_ms"] + q["db_cpu_ms"]
            bcpu = bq["jvm_cpu_ms"] + bq["db_cpu_ms"] if bq and "jvm_cpu_ms" in bq else None
            rows.append(("%s, server CPU per call (JVM + database)" % key,
                         "%s + %s ms" % (fmt(q["jvm_cpu_ms"]), fmt(q["db_cpu_ms"])),
                         "%s + %s ms" % (fmt(bq["jvm_cpu_ms"]), fmt(bq["db_cpu_ms"])) if bcpu is not None else "",
                         fmt(ratio(cpu, bcpu), 1) if bcpu is not None else "", ""))
    for key in b["queries"]:
        if key not in o["queries"]:
            q = b["queries"][key]
            rows.append(("%s p50, bare only (rows: %s)" % (key, fmt(q["rows"], 0)), "", fmt(q["p50"]) + " ms", "",
                         "p95 %s ms" % fmt(q["p95"])))
    ot, bt = o["timers"], b["timers"]
    if ot.get("count") and bt.get("count"):
        rt = ratio(ot["per_second"], bt["per_second"])
        row("timer jobs fired per second (%d due at once; ours: lapse, bare: deadline)" % ot["count"],
            ot["per_second"], bt["per_second"], "/s", target="at least 0.7 of bare: " + verdict(rt >= 0.7))
        row("JVM CPU per fired timer, and the jobs it made", ot["jvm_cpu_ms"], bt["jvm_cpu_ms"], " ms")
        row("database CPU per fired timer (backends)", ot["db_cpu_ms"], bt["db_cpu_ms"], " ms")
    rt = ratio(o["db_bytes_per_action"], b["db_bytes_per_action"])
    row("database size per open action", o["db_bytes_per_action"] / 1024, b["db_bytes_per_action"] / 1024, " kB",
        target="at most 2.5 of bare: " + verdict(rt <= 2.5))
    row("RSS after the import and the queries", o["rss_mb_at_end"], b["rss_mb_at_end"], " MB", 0,
        target="alive with -Xmx512m at the end: %s" % ("yes" if o["alive_at_end"] else "NO"))
    return rows


def launch_text(o, b):
    if LAUNCH != "cds":
        return "`java -Xmx512m -jar` the packaged jar"
    return ("each jar extracted (`java -Djarmode=tools -jar <jar> extract`) and started once to write a class data "
            "sharing archive (`-XX:ArchiveClassesAtExit`, `-Dspring.context.exit=onRefresh`, on a database of its own), "
            "then measured with `java -Xmx512m -XX:SharedArchiveFile=<archive> -jar <extracted jar>`; this preparation, "
            "not in the start-up figure, took ours %.0f s and bare %.0f s" % (o["prepare_s"], b["prepare_s"]))


def analyzed_text(o, b):
    if o.get("analyze_s") is None and b.get("analyze_s") is None:
        return "autovacuum is on; the benchmark ran no ANALYZE of its own."
    return ("autovacuum is off on this server, so after the import (and its size measured) the benchmark ran "
            "VACUUM (ANALYZE) once on each side before the queries, as autovacuum would have: ours %.1f s, bare %.1f s."
            % (o.get("analyze_s") or 0, b.get("analyze_s") or 0))


def median_of(results):
    """One result with the median of every number over the rounds' results (NaN and missing left out), a flag true
    only if true in every round, and anything else from the first round."""
    first = results[0]
    if isinstance(first, dict):
        return {k: median_of([r[k] for r in results if isinstance(r, dict) and k in r]) for k in first}
    if isinstance(first, bool):
        return all(results)
    if isinstance(first, (int, float)):
        numbers = [r for r in results if isinstance(r, (int, float)) and not isinstance(r, bool) and r == r]
        if not numbers:
            return float("nan")
        middle = statistics.median(numbers)
        return round(middle) if all(isinstance(r, int) for r in numbers) else middle
    return first


ROUND_FIGURES = [
    ("start-up", lambda r: r["startup_s"], " s"),
    ("actions started per second", lambda r: r["per_second"], "/s"),
    ("timers fired per second", lambda r: r["timers"].get("per_second"), "/s"),
    ("database size per open action", lambda r: r["db_bytes_per_action"] / 1024, " kB"),
]


def rounds_text(rounds):
    """Each round's figures for the four ratio targets, ours / bare = ratio, as Markdown list items."""
    lines = []
    for name, get, unit in ROUND_FIGURES:
        cells = []
        for o, b in zip(rounds["ours"], rounds["bare"]):
            try:
                ov, bv = get(o), get(b)
            except (KeyError, TypeError):
                continue
            if ov is None or bv is None:
                continue
            cells.append("%s / %s%s = %s" % (fmt(ov), fmt(bv), unit, fmt(ratio(ov, bv), 2)))
        lines.append("  - %s, round by round: %s" % (name, "; ".join(cells) or "none"))
    return "\n".join(lines)


def markdown(rows):
    lines = ["| figure | ours | bare | ratio | target |", "|---|---|---|---|---|"]
    lines += ["| %s |" % " | ".join(r) for r in rows]
    return "\n".join(lines)


def main():
    ours_jar, bare_jar, root = sys.argv[1], sys.argv[2], sys.argv[3]
    workdir = tempfile.mkdtemp(prefix="rat-bench-")
    started = datetime.datetime.now(datetime.timezone.utc)
    machine = {
        "date": started.strftime("%d %B %Y, %H:%M UTC"),
        "nproc": sh("nproc"), "memory": sh("free -g | awk '/Mem:/ {print $2 \" GB\"}'"),
        "java": sh("java -version 2>&1 | head -1"), "postgres": psql("select version()").split(" on ")[0],
        "commit": sh("git -C %s rev-parse --short HEAD" % root) + (" (with uncommitted changes)"
                                                                  if sh("git -C %s status --porcelain" % root) else ""),
        "load_start": sh("uptime"),
    }
    print("BENCHMARK machine", json.dumps(machine), flush=True)
    print("BENCHMARK logs in", workdir, flush=True)
    rounds = {"bare": [], "ours": []}
    for n in range(ROUNDS):
        sides = (("bare", bare_jar), ("ours", ours_jar))
        for kind, jar in (sides if n % 2 == 0 else sides[::-1]):
            if ONLY and kind != ONLY:
                continue
            app = App(kind, jar, n + 1)
            try:
                r = measure(app, workdir)
                r["load_after"] = sh("cat /proc/loadavg")
            finally:
                stop(app)
            rounds[kind].append(r)
            print("BENCHMARK round %d of %d, %s" % (n + 1, ROUNDS, kind), json.dumps(r), flush=True)
            print(growth_text(kind, r["tables"]), flush=True)
    machine["load_end"] = sh("uptime")
    if not rounds["bare"] or not rounds["ours"]:
        return
    results = {kind: median_of(rs) for kind, rs in rounds.items()}
    rows = table(results["ours"], results["bare"])
    text = markdown(rows)
    print(text)
    o, b = results["ours"], results["bare"]
    spread = rounds_text(rounds)
    print(spread)
    section = """
## Against the bare engine: run of {date}

- Machine: `nproc` {nproc}, {memory} memory, {java}, {postgres}; commit {commit}.
- Launch (`BENCH_LAUNCH`, the same for both): {launch}.
- `uptime` at start: `{load_start}`; at end: `{load_end}`. Load average after the bare side: {lb}; after ours:
  {lo}. Wall-clock figures (start-up, rates, latencies) stretch with the load shown, by a factor that changes
  during the run; CPU and sizes much less.
- {n:,} open actions (`BENCH_ACTIONS`), ours imported as {plans} plans of up to {ps} actions (3 to a recommendation,
  round ten owners); bare: {n:,} instances started through REST by {threads} client threads, round ten agency
  groups. Open tasks after: ours {ot:,}, bare {bt:,}. {runs} timed runs of each query after 3 to warm up, and before them {warm} untimed round(s) of every query call (`BENCH_QUERY_WARM_ROUNDS`). Timers:
  `BENCH_TIMERS` {timers}. Import drained of its jobs: ours {od} ({ods:.0f} s), bare {bd}.
- Statistics: {analyzed}
- Timer rate is timed from the first moved timer gone to the last; ours waited {ow:.1f} s and bare {bw:.1f} s for
  the job executor's next acquisition first. CPU per fired timer covers the wait, the firing and the jobs the timers
  made (ours: the lapse e-mails), until no job was due.
- {rounds} round(s) (`BENCH_ROUNDS`), each side on a fresh database in every round, taking turns to go first; every
  figure below is the median over the rounds (wait times above too), each ratio the ratio of the medians.
{spread}

{table}
""".format(lb=b["load_after"], lo=o["load_after"], n=ACTIONS, plans=o.get("plans"), ps=PLAN_SIZE,
           threads=BARE_THREADS, ot=o["open_tasks"], bt=b["open_tasks"], runs=QUERY_RUNS, warm=QUERY_WARM_ROUNDS, timers=TIMERS,
           od="yes" if o["import_drained"] else "NO (timed out)", ods=o["import_drain_s"],
           bd="yes" if b["import_drained"] else "NO", ow=o["timers"].get("wait_for_first_s", float("nan")),
           bw=b["timers"].get("wait_for_first_s", float("nan")), table=text, rounds=ROUNDS, spread=spread, analyzed=analyzed_text(o, b), launch=launch_text(o, b), **machine)
    with open(os.path.join(root, "docs", "benchmarks.md"), "a") as f:
        f.write(section)
    with open(os.path.join(workdir, "results.json"), "w") as f:
        json.dump({"machine": machine, "medians": results, "rounds": rounds}, f, indent=2, default=str)
    print("BENCHMARK appended to docs/benchmarks.md; raw figures in", os.path.join(workdir, "results.json"))


if __name__ == "__main__":
    main()
