#!/usr/bin/env python3
"""Sluice beside the plain Python pipeline (../shared/bench/python-peer), in one sitting.

For each of --runs rounds, on ports of their own:
  * Sluice (release build, default pipeline, --detect workers) fed a pre-generated stream of
    --count listings (~30 % violating, --merchants merchants) through the acknowledged intake as
    fast as it accepts: end-to-end listings/s; then --latency-count listings paced at --rate:
    end-to-end p50/p99. CPU µs per listing summed over every process (pipeline and producer,
    from /proc), peak RSS of every Sluice process, and the store's bytes per listing (all
    database files after the owners checkpointed and closed).
  * The Python peer on the same counts and rate, CPU from getrusage of its process tree.
Prints min/median/max over the rounds and the ratio Sluice/peer, and writes the table to
<data>/bench-<time>.md and .json. To compare two builds in one sitting, point SLUICE_BENCH_BIN at
the other build's binaries (with --skip-build) and alternate.

usage: ops/bench.sh [--runs 3] [--count 60000] [--rate 5000] [--latency-count 30000]
                    [--detect 2] [--merchants 3000] [--data .sluice/bench] [--skip-build]
"""
import argparse, json, os, random, re, shutil, socket, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER = os.environ.get("SLUICE_PYTHON_PEER", os.path.join(ROOT, "ops", "python-peer", "run.py"))
TICK = os.sysconf("SC_CLK_TCK")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def free_ports(n):
    socks, ports = [], []
    for _ in range(n):
        s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s); ports.append(s.getsockname()[1])
    for s in socks: s.close()
    return ports


def pipeline_file(path, data, ports, security="auto"):
    p = [f"tcp://127.0.0.1:{x}" for x in ports]
    text = open(os.path.join(ROOT, "pipelines", "default.toml")).read()
    text = re.sub(r'^mode = "auto"', f'mode = "{security}"', text, flags=re.M)
    text = re.sub(r'data_dir = ".*"', f'data_dir = "{data}"', text)
    text = re.sub(r'rules_dir = ".*"', f'rules_dir = "{ROOT}/pipelines/rules"', text)
    text = re.sub(r'policies_dir = ".*"', f'policies_dir = "{ROOT}/pipelines/policies"', text)
    it = iter(p)
    text = re.sub(r'tcp://127\.0\.0\.1:\d+', lambda m: next(it), text)
    open(path, "w").write(text)


def cpu_seconds(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / TICK
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0.0


def peak_rss(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except FileNotFoundError:
        pass
    return 0


def pipeline_pids(data):
    state = json.load(open(os.path.join(data, "run", "state.json")))
    pids = {p["name"]: p["pid"] for p in state["processes"]}
    pids["supervisor"] = state["supervisor_pid"]
    if state.get("standby_pid"): pids["standby"] = state["standby_pid"]
    return pids


def loadgen(binary, pipeline, data, args):
    start = {}
    r = subprocess.run([binary, "--pipeline", pipeline, "--data", data, "--json", "--window", "4096"] + args,
                       text=True, capture_output=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr[-2000:])
        raise SystemExit(f"sluice-loadgen failed ({r.returncode})")
    return json.loads(r.stdout)


def run_sluice(bins, work, stream, latency_stream, args, i):
    data = os.path.join(work, f"sluice-{i}")
    shutil.rmtree(data, ignore_errors=True)
    pipeline = os.path.join(work, f"pipeline-{i}.toml")
    pipeline_file(pipeline, data, free_ports(16), args.security)
    if args.security == "curve":
        sh([f"{bins}/pipectl", "keys", "init", "--pipeline", pipeline, "--data", data])
    sh([f"{bins}/pipectl", "up", pipeline, "--scale", f"detect={args.detect}", "--data", data, "--timeout", "60"])
    try:
        pids = pipeline_pids(data)
        before = {n: cpu_seconds(p) for n, p in pids.items()}
        t0 = time.time()
        lg = subprocess.Popen([f"{bins}/sluice-loadgen", "--pipeline", pipeline, "--data", data, "--json", "--window", "4096",
                               "--from-file", stream, "--rate", "0", "--wait", "300"], text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        lg_cpu = 0.0
        while lg.poll() is None:
            lg_cpu = max(lg_cpu, cpu_seconds(lg.pid)); time.sleep(0.05)
        out, err = lg.communicate()
        if lg.returncode != 0:
            sys.stderr.write(err[-3000:]); raise SystemExit("sluice-loadgen (throughput) failed")
        sat = json.loads(out)
        after = {n: cpu_seconds(p) for n, p in pids.items()}
        n = sat["end_to_end"]["completed"] + sat["end_to_end"]["dead_lettered"]
        cpu_sat = (sum(after.values()) - sum(before.values()) + lg_cpu) / max(n, 1) * 1e6
        sat_by_process = {k: round((after[k] - before.get(k, 0)) / max(n, 1) * 1e6, 1) for k in after}
        sat_by_process["producer"] = round(lg_cpu / max(n, 1) * 1e6, 1)
        # Latency at a fixed offered load.
        before = {n2: cpu_seconds(p) for n2, p in pids.items()}
        lg = subprocess.Popen([f"{bins}/sluice-loadgen", "--pipeline", pipeline, "--data", data, "--json", "--window", "4096",
                               "--from-file", latency_stream, "--rate", str(args.rate), "--wait", "120"], text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        lg_cpu = 0.0
        while lg.poll() is None:
            lg_cpu = max(lg_cpu, cpu_seconds(lg.pid)); time.sleep(0.05)
        out, err = lg.communicate()
        if lg.returncode != 0:
            sys.stderr.write(err[-3000:]); raise SystemExit("sluice-loadgen (latency) failed")
        lat = json.loads(out)
        after = {n2: cpu_seconds(p) for n2, p in pids.items()}
        m = lat["end_to_end"]["completed"] + lat["end_to_end"]["dead_lettered"]
        cpu_rate = (sum(after.values()) - sum(before.values()) + lg_cpu) / max(m, 1) * 1e6
        by_process = {k: round((after[k] - before.get(k, 0)) / max(m, 1) * 1e6, 1) for k in after}
        by_process["producer"] = round(lg_cpu / max(m, 1) * 1e6, 1)
        rss = {name: peak_rss(p) for name, p in pids.items()}
    finally:
        sh([f"{bins}/pipectl", "down", "--data", data, "--timeout", "60"])
    files = [os.path.join(data, f) for f in os.listdir(data) if ".db" in f and not f.endswith(".lock")]
    size = sum(os.path.getsize(f) for f in files)
    return {
        "listings_per_s": sat["end_to_end"]["throughput_per_s"], "listings": n,
        "p50_ms": lat["end_to_end"]["p50_ms"], "p99_ms": lat["end_to_end"]["p99_ms"],
        "cpu_us_per_listing_saturated": round(cpu_sat, 1), "cpu_us_per_listing_at_rate": round(cpu_rate, 1),
        "cpu_us_per_listing_saturated_by_process": sat_by_process, "cpu_us_per_listing_at_rate_by_process": by_process, "peak_rss_bytes": rss, "store_bytes_per_listing": round(size / max(n + m, 1), 1),
        "missing": sat["end_to_end"]["missing"] + lat["end_to_end"]["missing"],
    }


def free_range(n):
    """A base port with n consecutive ports free: the peer binds base … base+n-1, and one taken
    port (an ephemeral one in use) would leave a stage dead and the peer waiting for ever."""
    for _ in range(200):
        base = random.randint(20000, 60000)
        socks = []
        try:
            for k in range(n):
                s = socket.socket(); s.bind(("127.0.0.1", base + k)); socks.append(s)
            return base
        except OSError:
            continue
        finally:
            for s in socks: s.close()
    raise SystemExit(f"no {n} consecutive free ports for the python peer")


def run_peer(work, args, i):
    db = os.path.join(work, f"peer-{i}.db")
    # Runs the peer (argv[2:]) within argv[1] seconds and reports its children's CPU time.
    wrapper = ("import resource,subprocess,sys,json;"
               "r=subprocess.run(sys.argv[2:],capture_output=True,text=True,timeout=float(sys.argv[1]));"
               "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
               "print(json.dumps({'out':r.stdout,'err':r.stderr[-2000:],'code':r.returncode,'cpu':u.ru_utime+u.ru_stime}))")
    def one(n, rate):
        # A stalled peer (a stage that could not bind) is killed and run again on other ports.
        limit = max(300, n / 200)
        for attempt in range(3):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix): os.remove(db + suffix)
            try:
                r = json.loads(sh([sys.executable, "-c", wrapper, str(limit), sys.executable, PEER, "--n", str(n), "--rate", str(rate),
                                   "--port", str(free_range(8)), "--db", db], timeout=limit + 30).stdout)
            except (subprocess.TimeoutExpired, subprocess.CalledProcessError):
                subprocess.run(["pkill", "-f", "python-peer/"], check=False)
                print(f"   python peer stalled (attempt {attempt + 1}); again on other ports", flush=True)
                continue
            if r["code"] != 0:
                sys.stderr.write(r["err"]); raise SystemExit("python peer failed")
            res = json.loads(r["out"].strip().splitlines()[-1])
            return res, r["cpu"]
        raise SystemExit("python peer stalled three times")
    sat, cpu_sat = one(args.count, 0)
    lat, cpu_rate = one(args.latency_count, args.rate)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix): os.remove(db + suffix)
    return {"listings_per_s": sat["listings_per_s"], "p50_ms": lat["lat_commit_p50_ms"], "p99_ms": lat["lat_commit_p99_ms"],
            "cpu_us_per_listing_saturated": round(cpu_sat / args.count * 1e6, 1),
            "cpu_us_per_listing_at_rate": round(cpu_rate / args.latency_count * 1e6, 1)}


def mmm(values):
    v = sorted(values)
    return {"min": v[0], "median": statistics.median(v), "max": v[-1]}


def fmt(d, unit="", digits=0):
    f = f"{{:,.{digits}f}}"
    return f"{f.format(d['min'])} / {f.format(d['median'])} / {f.format(d['max'])}{unit}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--count", type=int, default=60000)
    ap.add_argument("--latency-count", type=int, default=30000)
    ap.add_argument("--rate", type=int, default=5000)
    ap.add_argument("--detect", type=int, default=2)
    ap.add_argument("--merchants", type=int, default=3000)
    ap.add_argument("--data", default=os.path.join(ROOT, ".sluice", "bench"))
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--no-peer", action="store_true", help="Sluice only (no ratio)")
    ap.add_argument("--security", choices=["auto", "plain", "curve"], default="auto",
                    help="Link security for Sluice (auto: PLAIN on loopback). Run once with plain and once with curve to see CURVE's cost.")
    args = ap.parse_args()
    os.makedirs(args.data, exist_ok=True)
    if not args.skip_build:
        print("== building (release)", flush=True)
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    # SLUICE_BENCH_BIN: another build's binaries (to compare builds in one sitting).
    bins = os.environ.get("SLUICE_BENCH_BIN") or sh(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT).stdout.strip()
    if not args.no_peer and not os.path.exists(PEER):
        raise SystemExit(f"no Python peer at {PEER} (set SLUICE_PYTHON_PEER, or pass --no-peer)")
    stream = os.path.join(args.data, "stream.jsonl")
    latency_stream = os.path.join(args.data, "stream-latency.jsonl")
    results = []
    for i in range(args.runs):
        for path, seed, n in ((stream, 1000 + i, args.count), (latency_stream, 2000 + i, args.latency_count)):
            sh([f"{bins}/sluice-loadgen", "--generate", path, "--count", str(n), "--seed", str(seed),
                "--violation-ratio", "0.3", "--merchants", str(args.merchants)])
        print(f"== round {i + 1}/{args.runs}: Sluice", flush=True)
        s = run_sluice(bins, args.data, stream, latency_stream, args, i)
        print(f"   {s['listings_per_s']:,.0f} listings/s, p99 {s['p99_ms']} ms at {args.rate}/s, {s['cpu_us_per_listing_saturated']} µs CPU/listing", flush=True)
        p = None
        if not args.no_peer:
            print(f"== round {i + 1}/{args.runs}: Python peer", flush=True)
            p = run_peer(args.data, args, i)
            print(f"   {p['listings_per_s']:,.0f} listings/s, p99 {p['p99_ms']} ms at {args.rate}/s", flush=True)
        results.append({"sluice": s, "peer": p, "ratio": round(s["listings_per_s"] / p["listings_per_s"], 2) if p else None})

    S = [r["sluice"] for r in results]
    rows = [("listings/s (saturated)", mmm([x["listings_per_s"] for x in S]), 0, ""),
            (f"end-to-end p50 at {args.rate}/s", mmm([x["p50_ms"] for x in S]), 1, " ms"),
            (f"end-to-end p99 at {args.rate}/s", mmm([x["p99_ms"] for x in S]), 1, " ms"),
            ("CPU µs/listing (saturated)", mmm([x["cpu_us_per_listing_saturated"] for x in S]), 0, ""),
            (f"CPU µs/listing at {args.rate}/s", mmm([x["cpu_us_per_listing_at_rate"] for x in S]), 0, ""),
            ("store bytes/listing", mmm([x["store_bytes_per_listing"] for x in S]), 0, "")]
    lines = [f"# Sluice vs Python peer — {time.strftime('%Y-%m-%d %H:%M:%S')} — {args.runs} rounds, {args.count} listings "
             f"(~30 % violating, {args.merchants} merchants), detect x{args.detect}", "",
             "| measure (min / median / max) | Sluice | Python peer |", "|---|---|---|"]
    P = [r["peer"] for r in results if r["peer"]]
    keys = ["listings_per_s", "p50_ms", "p99_ms", "cpu_us_per_listing_saturated", "cpu_us_per_listing_at_rate", None]
    for (label, stats, digits, unit), key in zip(rows, keys):
        peer = fmt(mmm([x[key] for x in P]), unit, digits) if P and key else "-"
        lines.append(f"| {label} | {fmt(stats, unit, digits)} | {peer} |")
    if P:
        lines.append(f"| **ratio Sluice / peer (listings/s)** | **{fmt(mmm([r['ratio'] for r in results]), '×', 2)}** | |")
    lines += ["", "CPU µs/listing saturated by process (median over rounds): " + ", ".join(
        f"{k} {statistics.median(x['cpu_us_per_listing_saturated_by_process'].get(k, 0) for x in S):.0f}"
        for k in sorted(S[0]["cpu_us_per_listing_saturated_by_process"]))]
    lines += ["", f"CPU µs/listing at {args.rate}/s by process (median over rounds): " + ", ".join(
        f"{k} {statistics.median(x['cpu_us_per_listing_at_rate_by_process'].get(k, 0) for x in S):.0f}"
        for k in sorted(S[0]["cpu_us_per_listing_at_rate_by_process"]))]
    lines += ["", "Peak RSS per Sluice process (MB, max over rounds): " + ", ".join(
        f"{k} {max(x['peak_rss_bytes'].get(k, 0) for x in S) / 1048576:.0f}" for k in sorted(S[0]["peak_rss_bytes"]))]
    lines.append(f"Missing listings: {sum(x['missing'] for x in S)}")
    table = "\n".join(lines)
    print()
    print(table)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    open(os.path.join(args.data, f"bench-{stamp}.md"), "w").write(table + "\n")
    json.dump(results, open(os.path.join(args.data, f"bench-{stamp}.json"), "w"), indent=2)
    print(f"\n(written to {args.data}/bench-{stamp}.md and .json)")


if __name__ == "__main__":
    main()
