"""Load from wrk (Debian's package): a C load generator, so the client takes a sliver of
the two cores the server needs, where a Python client would take one of them.

Every request of a write benchmark is different (another voter, another comment), so wrk
replays a file of prepared requests through a small Lua script; each thread takes its own
share and stops when it is used up, and the whole set is sent exactly once.
"""

import json
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# Each wrk thread replays its own slice of the requests file. wrk itself always runs for its
# whole --duration, so each thread takes its own wall-clock times (LuaJIT's FFI), and drops
# a file in BENCH_DONE when its last answer is in; the harness then stops wrk with SIGINT.
# `done` prints one JSON line with the counts, which the harness reads back.
REPLAY_LUA = r"""
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
]]
local function now()
  local ts = ffi.new("bench_timespec")
  ffi.C.clock_gettime(1, ts)  -- CLOCK_MONOTONIC, shared by every thread
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local lines = {}
for line in io.lines(os.getenv("BENCH_REQUESTS")) do lines[#lines + 1] = line end
local threads, counter = {}, 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local function unpack_request(line)
  local method, path, headers_json, body = line:match("^(%S+)\t(%S+)\t([^\t]*)\t(.*)$")
  local headers = {}
  for k, v in headers_json:gmatch('"([^"]+)":"([^"]*)"') do headers[k] = v end
  return wrk.format(method, path, headers, body)
end

function init(args)
  local nthreads = tonumber(os.getenv("BENCH_THREADS"))
  mine = {}
  for i = tid, #lines, nthreads do mine[#mine + 1] = unpack_request(lines[i]) end
  filler = wrk.format("GET", os.getenv("BENCH_FILLER"))
  pos, answered, fillers, finished = 0, 0, 0, false
  statuses = {}
  -- Once the last real request is out, every connection of this thread has answered it
  -- when this many fillers are back (answers on one connection come in order). A request
  -- whose connection broke is never answered: this is how long it is waited for.
  enough_fillers = 20 * tonumber(os.getenv("BENCH_CONNECTIONS")) / nthreads
  -- wrk calls request() once on the first thread's state to check it, and never sends
  -- that one: give it a filler instead of a real request.
  checking = (tid == 1)
  first_sent, last_answer = 0, 0
end

-- Past its share, a thread keeps its connections busy with a cheap 404 until every real
-- answer is in: closing them earlier would drop answers still on the way.
function request()
  if checking then
    checking = false
    return filler
  end
  pos = pos + 1
  if pos == 1 then first_sent = now() end
  if pos > #mine then return filler end
  return mine[pos]
end

local function finish()
  if finished then return end
  finished = true
  local f = io.open(os.getenv("BENCH_DONE") .. "/" .. tid, "w")
  f:close()
  wrk.thread:stop()
end

function response(status, headers, body)
  if status == 404 then
    if pos > #mine then
      fillers = fillers + 1
      if fillers >= enough_fillers then finish() end
    end
    return
  end
  statuses[status] = (statuses[status] or 0) + 1
  answered = answered + 1
  last_answer = now()
  if answered >= #mine then finish() end
end

function done(summary, latency, requests)
  local total, started, ended = {}, math.huge, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
    started = math.min(started, thread:get("first_sent"))
    ended = math.max(ended, thread:get("last_answer"))
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = string.format('"%d": %d', status, n) end
  io.write(string.format(
    'BENCH_RESULT {"seconds": %f, "statuses": {%s}, "p50_ms": %f, "p99_ms": %f, ' ..
    '"socket_errors": %d}\n',
    ended - started, table.concat(parts, ", "),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout))
end
"""


@dataclass
class Replay:
    seconds: float
    statuses: dict[int, int]
    p50_ms: float
    p99_ms: float
    socket_errors: int

    def count(self, status: int) -> int:
        return self.statuses.get(status, 0)

    @property
    def others(self) -> dict[int, int]:
        return {s: n for s, n in self.statuses.items() if s not in (200, 201)}


def wrk_binary() -> str:
    found = shutil.which("wrk")
    if not found:
        raise SystemExit("wrk is not installed: `make bench` installs it (apt-get install wrk)")
    return found


def replay(
    base: str,
    requests: list[tuple[str, str, dict, str]],
    *,
    connections: int,
    filler: str = "/api/polls/0/",
    max_seconds: int = 600,
) -> Replay:
    """Send each (method, path, headers, body) once, `connections` at a time.

    None of them may answer 404: that status marks the filler requests (`filler` must
    answer 404), which are not counted.
    """
    threads = 2
    connections = max(connections, threads)
    with tempfile.TemporaryDirectory(prefix="kopbal-wrk-") as tmp:
        script, lines = Path(tmp) / "replay.lua", Path(tmp) / "requests.tsv"
        script.write_text(REPLAY_LUA)
        with lines.open("w") as out:
            for method, path, headers, body in requests:
                assert "\t" not in body and "\n" not in body and '"' not in "".join(headers)
                out.write(
                    f"{method}\t{path}\t{json.dumps(headers, separators=(',', ':'))}\t{body}\n"
                )
        done = Path(tmp) / "done"
        done.mkdir()
        process = subprocess.Popen(
            [
                wrk_binary(),
                f"--threads={threads}",
                f"--connections={connections}",
                f"--duration={max_seconds}s",  # a ceiling: the run ends when all is answered
                "--timeout=30s",
                f"--script={script}",
                base + "/",
            ],
            env={
                "BENCH_REQUESTS": str(lines),
                "BENCH_THREADS": str(threads),
                "BENCH_CONNECTIONS": str(connections),
                "BENCH_FILLER": filler,
                "BENCH_DONE": str(done),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        while process.poll() is None and len(list(done.iterdir())) < threads:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)  # wrk prints its summary and exits
        stdout, stderr = process.communicate(timeout=60)
    match = re.search(r"^BENCH_RESULT (.*)$", stdout, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"wrk printed no result:\n{stdout}\n{stderr}")
    data = json.loads(match.group(1))
    return Replay(
        seconds=data["seconds"],
        statuses={int(k): v for k, v in data["statuses"].items()},
        p50_ms=data["p50_ms"],
        p99_ms=data["p99_ms"],
        socket_errors=data["socket_errors"],
    )
