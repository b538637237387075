#!/usr/bin/env python3
"""Benchmarks `carnet serve`: edit-to-reload latency and memory over many rebuilds.

Latency is measured as a browser would see it: from the moment a text file of the
journal is saved to the moment the live-reload stream (Server-Sent Events,
/_carnet/events) of a page open on the edited learner's own site (--site, default
private/LEARNER) delivers its reload event. serve renders the sites open in a
browser first, so the time until every site is rebuilt (the stream of a page of
no site, which moves when the whole build ends) is printed too. Memory is the
server's resident set size (VmRSS) sampled while it rebuilds again and again.

usage: scripts/serve-bench.py CORPUS [--edits 30] [--rss-builds 1000] [--work DIR] [--no-build]
                              [--site DIR] [--binary PATH]

--binary runs another carnet binary (an older one, to compare in the same run).

CORPUS is a journal made by ../shared/bench/make-journal.py (slice, medium). It is
never written: the benchmark works on a copy whose photos are hard links and whose
edited file is a copy of its own, in --work (default /tmp/carnet-serve-bench), with
its own image cache there (the first run makes it: a cold build). Prints medians
and the RSS samples; the machine is shared and noisy, so compare figures of one run.
"""

import argparse
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def linked_copy(corpus: Path, work: Path) -> Path:
    """A copy of the corpus: hard links for every file, then the text files made
    real copies (so that editing one never changes the corpus)."""
    journal = work / "journal"
    if not journal.exists():
        subprocess.run(["cp", "-al", str(corpus), str(journal)], check=True)
        for md in journal.rglob("*.md"):
            data = md.read_bytes()
            md.unlink()
            md.write_bytes(data)
        for name in ("carnet.toml", "skills.toml"):
            f = journal / name
            if f.exists():
                data = f.read_bytes()
                f.unlink()
                f.write_bytes(data)
    return journal


def first_experience(journal: Path) -> Path:
    return sorted(journal.glob("learners/*/experiences/*/index.md"))[0]


class Server:
    def __init__(self, binary: Path, journal: Path, cache: Path):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [str(binary), "serve", str(journal), "--port", str(self.port), "--cache", str(cache)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.lines = []
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if "built" in line or "construit" in line:
                self.ready.set()

    def build_times(self):
        out = []
        for line in self.lines:
            # The server speaks the journal's language: « reconstruit, 2 516 pages en 1,55 s ».
            m = re.search(r"(?:rebuilt|reconstruit).* (?:in|en) ([0-9]+(?:[.,][0-9]+)?) s$", line)
            if m:
                out.append(float(m.group(1).replace(",", ".")))
        return out

    def rss_kb(self):
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


class Events:
    """The live-reload stream of a page of `site` (or of no site), read line by
    line. Each event carries the page's version: a new one means reload."""

    def __init__(self, port, site=None):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        # As a page's EventSource asks: serve refuses reads that do not say they come
        # from its own pages (Fetch Metadata).
        self.conn.request("GET", "/_carnet/events" + (f"?site={site}" if site else ""),
                          headers={"Sec-Fetch-Site": "same-origin"})
        self.resp = self.conn.getresponse()
        assert self.resp.status == 200, self.resp.status
        self.last = self.next()
        self.count = 0

    def next(self) -> str:
        while True:
            line = self.resp.fp.readline().decode()
            if not line:
                raise RuntimeError("the event stream ended")
            if line.startswith("data: "):
                return line[6:].strip()

    def next_build(self) -> str:
        n = self.next()
        while n == self.last:
            n = self.next()
        self.last = n
        self.count += 1
        return n


def edit(path: Path, n: int):
    text = path.read_text()
    text = re.sub(r"\n\nÉdition de banc \d+\n$", "\n", text)
    path.write_text(text.rstrip("\n") + f"\n\nÉdition de banc {n}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--edits", type=int, default=30)
    ap.add_argument("--rss-builds", type=int, default=1000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/carnet-serve-bench"))
    ap.add_argument("--site", help="the site whose page is open (default: private/LEARNER)")
    ap.add_argument("--binary", type=Path, help="the carnet binary (default: this project's release build)")
    ap.add_argument("--no-build", action="store_true",
                    help="skip the `carnet build` touch comparison (its sites take disk space)")
    args = ap.parse_args()

    if args.binary:
        binary = args.binary.resolve()
    else:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--manifest-path", str(PROJECT / "Cargo.toml")], check=True)
        binary = PROJECT / "target" / "release" / "carnet"
    work = args.work / args.corpus.name
    work.mkdir(parents=True, exist_ok=True)
    journal = linked_copy(args.corpus, work)
    cache = work / "cache"
    target = first_experience(journal)
    photos = sum(1 for _ in journal.rglob("*.jpg"))
    site = args.site or f"private/{target.relative_to(journal).parts[1]}"
    print(f"corpus {args.corpus.name}: {photos} photos; editing {target.relative_to(journal)}; "
          f"a page of {site} open; binary {binary}")

    # `carnet build`'s own touch build, in the same run, for comparison.
    out = work / "site"
    touch = []
    if not args.no_build:
        subprocess.run([str(binary), "build", str(journal), "--out", str(out), "--cache", str(cache), "-q"], check=True)
    for i in range(0 if args.no_build else 5):
        edit(target, 10_000 + i)
        t = time.perf_counter()
        subprocess.run([str(binary), "build", str(journal), "--out", str(out), "--cache", str(cache), "-q"], check=True)
        touch.append(time.perf_counter() - t)

    server = Server(binary, journal, cache)
    if not server.ready.wait(3600):
        sys.exit("the server never built")
    page = Events(server.port, site)
    events = Events(server.port)
    latencies = []
    whole = []
    for i in range(args.edits):
        time.sleep(0.3)  # a person between two saves; lets the watcher settle
        t = time.perf_counter()
        edit(target, i)
        page.next_build()
        latencies.append(time.perf_counter() - t)
        events.next_build()
        whole.append(time.perf_counter() - t)
    lat = sorted(latencies)
    builds = server.build_times()
    print(
        f"edit-to-reload of the open page ({site}) over {len(lat)} edits: "
        f"median {statistics.median(lat) * 1e3:.0f} ms, "
        f"min {lat[0] * 1e3:.0f} ms, max {lat[-1] * 1e3:.0f} ms "
        f"(debounce 60 ms included; {page.count} reloads)"
    )
    print(
        f"edit to every site rebuilt: median {statistics.median(whole) * 1e3:.0f} ms, "
        f"min {min(whole) * 1e3:.0f} ms, max {max(whole) * 1e3:.0f} ms"
    )
    if builds:
        print(f"serve's full rebuild in memory: median {statistics.median(builds) * 1e3:.0f} ms")
    if touch:
        print(f"`carnet build` touch (incremental write to disk), same run: median {statistics.median(touch) * 1e3:.0f} ms")

    page.conn.close()
    samples = []
    start_builds = events.count
    for i in range(args.rss_builds):
        edit(target, 20_000 + i)
        events.next_build()
        if i % 100 == 0 or i == args.rss_builds - 1:
            samples.append((i + 1, server.rss_kb()))
        time.sleep(0.1)
    print(f"RSS over {events.count - start_builds} rebuilds (build number, MB):")
    print("  " + ", ".join(f"{n}: {kb / 1024:.1f}" for n, kb in samples))
    first, last = samples[0][1], samples[-1][1]
    print(f"  after the first: {first / 1024:.1f} MB; at the end: {last / 1024:.1f} MB ({(last - first) / 1024:+.1f} MB)")
    edit(target, 0)
    path_text = target.read_text()
    target.write_text(re.sub(r"\n\nÉdition de banc \d+\n$", "\n", path_text))
    server.stop()


if __name__ == "__main__":
    main()
