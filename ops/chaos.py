#!/usr/bin/env python3
"""Chaos: SIGKILL every kind of Sluice process while an independent producer streams, then
check from the store that nothing was lost, nothing stored twice, nothing counted twice.

It runs a pipeline on ports of its own (its own data folder), streams --count synthetic
listings through the acknowledged intake with a pyzmq DEALER (resending whatever is not
acknowledged), and meanwhile kills a random process every --min..--max seconds — ingest,
relay, detect, score, penalise, notify, recorder and the supervisor, in turn at random —
--kills times. It waits until every acknowledged listing has its terminal record, stops the
pipeline, and prints the invariants as a table (JSON with --json). Exit status 1 if any fails.

usage: ops/chaos.sh [--count 20000] [--kills 100] [--min 1] [--max 3] [--detect 2]
                    [--redeliver 5] [--rate R] [--data DIR] [--seed N] [--json]
"""
import argparse, json, os, random, re, shutil, signal, socket, sqlite3, subprocess, sys, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["ingest", "relay", "detect", "score", "penalise", "notify", "recorder", "supervisor"]


def free_ports(n):
    socks, ports = [], []
    for _ in range(n):
        s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s); ports.append(s.getsockname()[1])
    for s in socks: s.close()
    return ports


def write_pipeline(path, data, args):
    it = iter(f"tcp://127.0.0.1:{p}" for p in free_ports(16))
    text = open(os.path.join(ROOT, "pipelines", "default.toml")).read()
    text = re.sub(r'tcp://127\.0\.0\.1:\d+', lambda m: next(it), text)
    text = re.sub(r'data_dir = ".*"', f'data_dir = "{data}"', text)
    text = re.sub(r'rules_dir = ".*"', f'rules_dir = "{ROOT}/pipelines/rules"', text)
    text = re.sub(r'policies_dir = ".*"', f'policies_dir = "{ROOT}/pipelines/policies"', text)
    text = re.sub(r'redeliver_after_seconds = \d+', f'redeliver_after_seconds = {args.redeliver}', text)
    text = re.sub(r'detect = \d+\n', f'detect = {args.detect}\n', text, count=1)
    open(path, "w").write(text)
    m = re.search(r'\[intake\]\nendpoint = "([^"]+)"', text)
    return m.group(1)


def listing(i, rng, prefix, merchants):
    platforms = ["douyin", "xiaohongshu", "taobao", "tmall", "wechat_channels", "kuaishou", "pinduoduo"]
    violating = rng.random() < 0.3
    text = rng.choice(["和田玉手镯，种水细腻，支持七天无理由", "羊毛大衣 新款热卖 包邮", "质量很好，会回购", "蓝牙耳机 续航20小时"])
    parts = [{"scene": "title", "text": text}]
    if violating:
        phone = "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))
        parts.append({"scene": "comment", "text": rng.choice([f"加微信 shop{i % 997}x 便宜", f"电话 {phone}", "私下转账便宜五十，不走平台",
                                                              f"加我vx：lg_{i % 991}a，发实拍"])})
    return {"listing_id": f"{prefix}-{i}", "revision": 1, "platform": rng.choice(platforms),
            "merchant_id": f"m-{rng.randint(1, merchants)}", "actor": "merchant", "category": rng.choice(["jewelry", "apparel", "food"]),
            "observed_at": "2026-11-29T08:00:00Z", "parts": parts}, violating


class Producer(threading.Thread):
    """An independent client of the acknowledged intake (pyzmq DEALER)."""

    def __init__(self, endpoint, count, rate, seed, merchants, resend_after=5.0, window=2000):
        super().__init__(daemon=True)
        self.endpoint, self.count, self.rate, self.window, self.resend_after = endpoint, count, rate, window, resend_after
        self.rng = random.Random(seed)
        self.prefix = f"chaos{seed}"
        self.merchants = merchants
        self.acked = {}       # key -> (first sent, acked at, status)
        self.pending = {}     # key -> (bytes, sent at, first sent)
        self.resent = 0
        self.done = False
        self.error = None

    def run(self):
        import zmq
        try:
            ctx = zmq.Context()
            s = ctx.socket(zmq.DEALER)
            s.setsockopt(zmq.LINGER, 0)
            s.connect(self.endpoint)
            start = time.time()
            i = 0
            poller = zmq.Poller(); poller.register(s, zmq.POLLIN)
            while i < self.count or self.pending:
                now = time.time()
                if i < self.count and len(self.pending) < self.window and (self.rate <= 0 or i < (now - start) * self.rate):
                    event, _ = listing(i, self.rng, self.prefix, self.merchants)
                    key = f"{event['listing_id']}#1"
                    body = json.dumps(event, ensure_ascii=False).encode()
                    s.send(body, zmq.NOBLOCK) if True else None
                    self.pending[key] = (body, now, now)
                    i += 1
                    continue
                for sock, _ in poller.poll(20):
                    while True:
                        try:
                            ack = json.loads(s.recv(zmq.NOBLOCK))
                        except zmq.Again:
                            break
                        key = f"{ack.get('listing_id')}#{ack.get('revision')}"
                        p = self.pending.pop(key, None)
                        if p is not None:
                            self.acked[key] = (p[2], time.time(), ack["status"])
                now = time.time()
                for key, (body, sent, first) in list(self.pending.items()):
                    if now - sent > self.resend_after:
                        try:
                            s.send(body, zmq.NOBLOCK)
                        except zmq.Again:
                            continue
                        self.pending[key] = (body, now, first)
                        self.resent += 1
            s.close(); ctx.term()
        except Exception as e:  # noqa: BLE001 — reported by the caller
            self.error = repr(e)
        self.done = True


def proc_start(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return None if f[0] in "ZX" else f[19]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None


def state(data):
    try:
        return json.load(open(os.path.join(data, "run", "state.json")))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def connect(data):
    db = sqlite3.connect(":memory:")
    for name in ("journal", "ledger", "records"):
        path = os.path.join(data, f"{name}.db")
        if os.path.exists(path):
            db.execute(f"ATTACH DATABASE 'file:{path}?mode=ro' AS {name}")
    return db


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--min", type=float, default=1.0)
    ap.add_argument("--max", type=float, default=3.0)
    ap.add_argument("--detect", type=int, default=2)
    ap.add_argument("--redeliver", type=int, default=5)
    ap.add_argument("--rate", type=float, default=0, help="listings/s (default: spread over the kill period)")
    ap.add_argument("--merchants", type=int, default=200)
    ap.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    ap.add_argument("--data", default=None)
    ap.add_argument("--bin", default=None, help="folder of the Sluice executables (default: the release build)")
    ap.add_argument("--settle", type=float, default=300, help="seconds to wait for completion after the last kill")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    bins = args.bin or subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, capture_output=True,
                                      text=True).stdout.strip()
    data = os.path.abspath(args.data or os.path.join(ROOT, ".sluice", f"chaos-{args.seed}"))
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(data)
    pipeline = os.path.join(data, "pipeline.toml")
    intake = write_pipeline(pipeline, os.path.join(data, "store"), args)
    store = os.path.join(data, "store")
    log = lambda m: (None if args.json else print(m, flush=True))  # noqa: E731
    up = subprocess.run([f"{bins}/pipectl", "up", pipeline, "--data", store, "--timeout", "60"], capture_output=True, text=True)
    if up.returncode != 0:
        sys.exit(f"pipectl up failed: {up.stderr}")
    mean = (args.min + args.max) / 2
    rate = args.rate or max(20.0, args.count / max(1.0, args.kills * mean * 0.8))
    producer = Producer(intake, args.count, rate, args.seed, args.merchants)
    producer.start()
    log(f"chaos: {args.count} listings at {rate:.0f}/s, {args.kills} kills every {args.min}-{args.max} s, data {data}")
    kills = []
    restarts = []
    for k in range(args.kills):
        time.sleep(rng.uniform(args.min, args.max))
        st = state(store)
        if st is None:
            continue
        kind = KINDS[k % len(KINDS)] if k < len(KINDS) else rng.choice(KINDS)
        if kind == "supervisor":
            name, pid = "supervisor", st["supervisor_pid"]
        else:
            choices = [p for p in st["processes"] if p["stage"] == kind and p["pid"] > 0]
            if not choices:
                continue
            p = rng.choice(choices)
            name, pid = p["name"], p["pid"]
        before = proc_start(pid)
        if before is None:
            continue
        t = time.time()
        os.kill(pid, signal.SIGKILL)
        kills.append({"kind": kind, "name": name, "pid": pid, "at": t})
        log(f"  kill {len(kills):3d}: {name} (pid {pid})")
        # Wait (briefly, in the background of the next sleep) for its replacement.
        deadline = t + 60
        while time.time() < deadline:
            st2 = state(store)
            if st2:
                if kind == "supervisor":
                    new = st2.get("supervisor_pid")
                    if new != pid and proc_start(new):
                        restarts.append(time.time() - t); break
                else:
                    q = next((p for p in st2["processes"] if p["name"] == name), None)
                    if q and q["pid"] != pid and q["pid"] > 0 and proc_start(q["pid"]):
                        restarts.append(time.time() - t); break
            time.sleep(0.02)
    log("kills done; waiting for the producer and for every acknowledged listing to finish…")
    deadline = time.time() + args.settle
    while not producer.done and time.time() < deadline:
        time.sleep(0.5)
    db = connect(store)
    keys_sql = "SELECT listing_id || '#' || revision FROM journal.journal WHERE listing_id IS NOT NULL"
    while time.time() < deadline:
        open_rows = db.execute("SELECT COUNT(*) FROM journal.journal WHERE state = 0").fetchone()[0]
        if open_rows == 0 and producer.done:
            break
        time.sleep(1)
    down = subprocess.run([f"{bins}/pipectl", "down", "--data", store, "--timeout", "60"], capture_output=True, text=True)
    leftovers = subprocess.run(["pgrep", "-f", f"--data {store}"], capture_output=True, text=True).stdout.split()
    db = connect(store)
    q = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    acked = {k for k, v in producer.acked.items() if v[2] in ("journaled", "duplicate")}
    journaled = {r[0] for r in db.execute(keys_sql)}
    terminal_rows = db.execute("""
        SELECT j.listing_id || '#' || j.revision, j.seq,
               (SELECT COUNT(*) FROM records.outcomes o WHERE o.jseq = j.seq),
               (SELECT COUNT(*) FROM records.dead_letters d WHERE d.jseq = j.seq),
               (SELECT MAX(recorded_at) FROM records.outcomes o WHERE o.jseq = j.seq)
        FROM journal.journal j WHERE j.listing_id IS NOT NULL""").fetchall()
    terminal = {r[0]: r for r in terminal_rows}
    lost = sorted(k for k in acked if k not in terminal or terminal[k][2] + terminal[k][3] == 0)
    not_journaled = sorted(k for k in acked if k not in journaled)
    double = [r[0] for r in terminal_rows if r[2] + r[3] > 1]
    dead_lettered = sum(1 for r in terminal_rows if r[3] > 0)
    no_notice = q("""SELECT COUNT(*) FROM ledger.decisions d WHERE d.counted = 1 AND NOT EXISTS
                     (SELECT 1 FROM records.notices n WHERE n.notice_id = 'ntc-' || d.decision_id)""")
    dup_notices = q("SELECT COUNT(*) - COUNT(DISTINCT notice_id) FROM records.notices")
    dup_decisions = q("SELECT COUNT(*) - COUNT(DISTINCT listing_id || '#' || revision) FROM ledger.decisions")
    ledger_mismatch = q("""SELECT COUNT(*) FROM (
        SELECT c.merchant_id, c.platform, c.natural_year, c.count,
               (SELECT COUNT(*) FROM ledger.decisions d WHERE d.merchant_id = c.merchant_id AND d.platform = c.platform
                  AND d.natural_year = c.natural_year AND d.counted = 1 AND d.state = 'in_force') AS n
        FROM ledger.counts c) WHERE count != n""")
    violating_outcomes_without_decision = q("""SELECT COUNT(*) FROM records.outcomes o WHERE o.violation = 1 AND o.decision = 1
        AND NOT EXISTS (SELECT 1 FROM ledger.decisions d WHERE d.listing_id = o.listing_id AND d.revision = o.revision)""")
    fewer_counted = q("""SELECT COUNT(*) FROM (SELECT d.merchant_id, d.platform, d.natural_year, COUNT(*) AS n,
        (SELECT COUNT(*) FROM ledger.decisions x JOIN records.outcomes o ON o.listing_id = x.listing_id AND o.revision = x.revision
           WHERE x.merchant_id = d.merchant_id AND x.platform = d.platform AND x.natural_year = d.natural_year AND o.violation = 1
             AND x.counted = 1) AS v
        FROM ledger.decisions d WHERE d.counted = 1 AND d.state = 'in_force' GROUP BY 1, 2, 3) WHERE n < v""")
    integrity = {}
    for name in ("journal", "ledger", "records"):
        path = os.path.join(store, f"{name}.db")
        integrity[name] = sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("PRAGMA integrity_check").fetchone()[0]
    # Kill → completion: the listings in flight at each kill, until the last of them finished.
    completes = []
    for kill in kills:
        t = kill["at"]
        finished = [terminal[k][4] for k, v in producer.acked.items()
                    if v[1] < t and k in terminal and terminal[k][4] is not None and terminal[k][4] > t]
        if finished:
            completes.append(max(finished) - t)
    status = subprocess.run([f"{bins}/pipectl", "status", "--json", "--data", store], capture_output=True, text=True)
    totals = json.loads(status.stdout)["totals"] if status.stdout.strip().startswith("{") else {}
    status_ok = totals.get("journaled") == len(journaled) and totals.get("completed") == q("SELECT COUNT(*) FROM records.outcomes")
    pct = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(p / 100 * len(xs)))] if xs else None  # noqa: E731
    result = {
        "listings_sent": args.count, "acknowledged": len(acked), "producer_resends": producer.resent,
        "producer_error": producer.error, "kills": len(kills),
        "kills_by_kind": {k: sum(1 for x in kills if x["kind"] == k) for k in KINDS},
        "journaled": len(journaled), "acknowledged_not_journaled": len(not_journaled),
        "lost": len(lost), "double_terminal": len(double), "dead_lettered": dead_lettered,
        "outcomes": q("SELECT COUNT(*) FROM records.outcomes"),
        "decisions_without_notice": no_notice, "duplicate_notices": dup_notices, "duplicate_decisions": dup_decisions,
        "ledger_counts_mismatch": ledger_mismatch, "merchant_years_fewer_counted_than_violating": fewer_counted,
        "violations_without_decision": violating_outcomes_without_decision,
        "integrity": integrity, "status_totals_match": status_ok,
        "kill_to_restart_p50_s": round(pct(restarts, 50), 2) if restarts else None,
        "kill_to_restart_max_s": round(max(restarts), 2) if restarts else None,
        "kill_to_complete_max_s": round(max(completes), 1) if completes else None,
        "processes_left_after_down": len(leftovers), "down": down.stdout.strip(), "data": data,
        "examples_lost": lost[:5], "examples_double": double[:5],
    }
    ok = (result["lost"] == 0 and result["double_terminal"] == 0 and no_notice == 0 and dup_notices == 0 and dup_decisions == 0
          and ledger_mismatch == 0 and fewer_counted == 0 and not not_journaled and all(v == "ok" for v in integrity.values())
          and not leftovers and producer.error is None and len(acked) == args.count)
    result["ok"] = ok
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        rows = [("listings sent / acknowledged / journaled", f"{args.count} / {len(acked)} / {len(journaled)}"),
                ("kills (by kind)", f"{len(kills)} (" + ", ".join(f"{k} {v}" for k, v in result["kills_by_kind"].items()) + ")"),
                ("acknowledged but never journaled", len(not_journaled)),
                ("lost (acknowledged, no terminal record)", result["lost"]),
                ("double terminal (outcome and dead letter, or two)", result["double_terminal"]),
                ("ended as dead letters", dead_lettered),
                ("counted decisions with no notice", no_notice),
                ("duplicate outcomes / decisions / notices", f"0 / {dup_decisions} / {dup_notices}"),
                ("ledger counts ≠ counted decisions (merchant-years)", ledger_mismatch),
                ("merchant-years with fewer counted decisions than violating listings", fewer_counted),
                ("PRAGMA integrity_check", ", ".join(f"{k} {v}" for k, v in integrity.items())),
                ("status totals vs SQL", "ok" if status_ok else "MISMATCH"),
                ("kill → restarted (p50 / max)", f"{result['kill_to_restart_p50_s']} / {result['kill_to_restart_max_s']} s"),
                ("worst kill → its in-flight listings done", f"{result['kill_to_complete_max_s']} s"),
                ("processes left after down", len(leftovers)),
                ("producer resends", producer.resent)]
        print("\n| invariant | result |\n|---|---|")
        for k, v in rows:
            print(f"| {k} | {v} |")
        print(f"\n{'PASS' if ok else 'FAIL'} — data in {data}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
