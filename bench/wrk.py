"""Load from wrk (Debian's package): a C load generator, so the client takes a sliver of
the two cores the server needs, where a Python client would take one of them.

Every request of a write benchmark is different (another voter, another comment), so wrk
replays a file of prepared requests through a small Lua script; each thread takes its own
share and stops when it is used up, and the whole set is sent exactly once.
"""

import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Each wrk thread replays its own slice of the requests file, then stops. `done` prints one
# JSON line with wrk's own counts, which the harness reads back.
REPLAY_LUA = r"""
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
  pos, answered = 0, 0
  responses = {}
end

-- Once a thread's share is sent, its idle connections ask for a cheap 404 until every
-- real request has its answer: stopping earlier would drop answers still on the way.
function request()
  pos = pos + 1
  if pos > #mine then return filler end
  return mine[pos]
end

function response(status, headers, body)
  if status == 404 then return end
  responses[status] = (responses[status] or 0) + 1
  answered = answered + 1
  if answered >= #mine then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local seen = thread:get("responses")
    for status, n in pairs(seen) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = string.format('"%d": %d', status, n) end
  io.write(string.format(
    'BENCH_RESULT {"seconds": %f, "statuses": {%s}, "p50_ms": %f, "p99_ms": %f}\n',
    summary.duration / 1e6, table.concat(parts, ", "),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


@dataclass
class Replay:
    seconds: float
    statuses: dict[int, int]
    p50_ms: float
    p99_ms: float

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
                out.write(f"{method}\t{path}\t{json.dumps(headers)}\t{body}\n")
        result = subprocess.run(
            [
                wrk_binary(),
                f"--threads={threads}",
                f"--connections={connections}",
                "--duration=300s",  # an upper bound: the threads stop when their share is sent
                "--timeout=30s",
                f"--script={script}",
                base + "/",
            ],
            env={
                "BENCH_REQUESTS": str(lines),
                "BENCH_THREADS": str(threads),
                "BENCH_FILLER": filler,
            },
            capture_output=True,
            text=True,
            check=True,
        )
    match = re.search(r"^BENCH_RESULT (.*)$", result.stdout, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"wrk printed no result:\n{result.stdout}\n{result.stderr}")
    data = json.loads(match.group(1))
    return Replay(
        seconds=data["seconds"],
        statuses={int(k): v for k, v in data["statuses"].items()},
        p50_ms=data["p50_ms"],
        p99_ms=data["p99_ms"],
    )
