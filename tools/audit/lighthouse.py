"""`make audit`: Lighthouse (mobile and desktop) over the demo site; writes AUDIT.md.

The demo runs as `make run` serves it (production settings, granian, WhiteNoise, media by
Django), on a free port with the site address set to that port, on a database and media
folder of its own under var/audit/ (loaded fresh each time, so runs compare). Lighthouse
is npm's (tools/audit, `make audit-tools`), driving Debian's chromium; nothing leaves this
machine. Each page is fetched once before Lighthouse sees it, as a reader after the first
would find it (in the page cache).
"""

import argparse
import json
import os
import platform
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "tools/audit/node_modules/.bin/lighthouse"
WORK = ROOT / "var" / "audit"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
FORM_FACTORS = ("mobile", "desktop")
TARGET = 95
CHROME_FLAGS = " ".join(
    [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
)

# name, how to find the path on the demo site, indexable (SEO counts)
PAGES = [
    ("home", "/", True),
    ("article", "article", True),
    ("archive", "/nieuws/", True),
    ("club", "club", True),
    ("person", "person", True),
    ("author", "author", True),
    ("search", "/zoeken/?q=anderlecht", False),
    ("login", "/accounts/login/", False),
]

# The demo's article with the most to show (hero, quote, LEES OOK, poll, comments), and the
# tag pages of the club, person and author with the most articles.
FIND_PATHS = """
import json
from django.db.models import Count
from kopbal.news.models import ArticleAuthor, ArticlePage, ArticlePerson, Author
from kopbal.football.models import Club, Person
articles = ArticlePage.objects.live_news().exclude(hero_image=None).exclude(poll=None)
article = max(articles, key=lambda a: (
    ('"quote"' in str(a.body.raw_data)) + ('"read_also"' in str(a.body.raw_data)),
    a.first_published_at))
def busiest(model, rows, field):
    top = rows.values(field).annotate(n=Count("pk")).order_by("-n", field).first()
    return model.objects.get(pk=top[field]).get_absolute_url()
print(json.dumps({
    "article": article.url,
    "club": busiest(Club, ArticlePage.clubs.through.objects, "club"),
    "person": busiest(Person, ArticlePerson.objects, "person"),
    "author": busiest(Author, ArticleAuthor.objects, "author"),
}))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_env(port: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kopbal.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_SECURE": "false",
        "DJANGO_SERVE_MEDIA": "true",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "KOPBAL_SITE_URL": f"http://127.0.0.1:{port}",
        "DATABASE_URL": f"sqlite:///{WORK / 'kopbal.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(WORK / "media"),
        # A cache of its own: the file cache of `make run` (var/cache) holds pages stamped with
        # generations that a fresh database counts again from the start.
        "KOPBAL_CACHE_DIR": str(WORK / "cache"),
        "KOPBAL_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
    }


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def demo_prepare(env: dict) -> dict:
    """A fresh demo database and media folder; the paths of the pages to audit."""
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "reports").mkdir(parents=True)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "load_demo")
    return json.loads(manage(env, "shell", "-c", FIND_PATHS).strip().splitlines()[-1])


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our server)
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def app_server_start(env: dict, base: str) -> subprocess.Popen:
    log = (WORK / "app-server.log").open("w")
    process = subprocess.Popen(
        [str(ROOT / "deploy" / "serve")],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("the app server did not start: see var/audit/app-server.log")
        try:
            status(base + "/robots.txt")
            return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    sys.exit("the app server did not answer within 60 s: see var/audit/app-server.log")


def lighthouse(url: str, form_factor: str, report: Path) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={report}",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--quiet",
        "--locale=en-US",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium", "PUPPETEER_SKIP_DOWNLOAD": "1"}
    # On a busy machine Chromium now and then loses the trace (NO_NAVSTART, NO_FCP): again.
    for _attempt in range(3):
        report.unlink(missing_ok=True)
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if not result.returncode and report.exists():
            lhr = json.loads(report.read_text())
            if not lhr.get("runtimeError"):
                return lhr
    raise RuntimeError(f"lighthouse failed on {url} ({form_factor}):\n{result.stderr[-2000:]}")


def failing_audits(lhr: dict, limit: int = 6) -> list[str]:
    """The audits that cost points, heaviest first: 'category: title (score)'."""
    found = []
    for key, category in lhr["categories"].items():
        for ref in category["auditRefs"]:
            audit = lhr["audits"][ref["id"]]
            score = audit.get("score")
            if ref.get("weight", 0) > 0 and score is not None and score < 1:
                lost = ref["weight"] * (1 - score)
                value = audit.get("displayValue", "")
                label = f"{key}: {audit['title']}" + (f" ({value})" if value else "")
                found.append((lost, f"{label} [score {score:.2f}]"))
    return [text for _, text in sorted(found, key=lambda item: -item[0])[:limit]]


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    cpu = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line),
        platform.processor(),
    )
    memory = int(
        next(
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    )
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} cores ({cpu}), {memory // 1024**2} GiB, load average {load:.1f}"


def versions() -> str:
    lh = json.loads((ROOT / "tools/audit/node_modules/lighthouse/package.json").read_text())
    chromium = subprocess.run(
        ["/usr/bin/chromium", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False)
    return f"Lighthouse {lh['version']}, {chromium}, Node {node.stdout.strip()}"


def cell(score: float | None, counts: bool = True) -> str:
    if score is None:
        return "-"
    value = round(score * 100)
    text = f"{value}" if value >= TARGET else f"**{value}**"
    return text if counts else f"({value})"


def write_report(results: list[dict], started: str, elapsed: float, host: str) -> None:
    lines = [
        "# AUDIT.md: Lighthouse over the demo site",
        "",
        "Written by `make audit` (tools/audit/lighthouse.py); do not edit by hand.",
        "",
        f"- Command: `make audit`, {started} UTC, {elapsed / 60:.0f} minutes",
        f"- Machine: {host}",
        f"- Tools: {versions()}",
        "- Site: the demo (`load_demo`, fresh) under the production settings through granian "
        "(2 workers), as `make run` serves it, on 127.0.0.1 and a free port; every page fetched "
        "once before Lighthouse (so served from the page cache)",
        "- Lighthouse's default throttling: mobile is a simulated mid-range phone on slow 4G, "
        "desktop the `desktop` preset. One run per page and form factor: performance moves "
        "by a few points between runs on a busy machine.",
        f"- Target: every category >= {TARGET}; **bold** is below. SEO in brackets: the page is "
        "`noindex` (log-in, search results), so its SEO score is not judged.",
        "",
        "| page | path | form factor | performance | accessibility | best practices | SEO |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if r.get("missing"):
            lines.append(f"| {r['page']} | `{r['path']}` | both | {r['missing']} | | | |")
            continue
        scores = r["scores"]
        lines.append(
            f"| {r['page']} | `{r['path']}` | {r['form_factor']} | "
            + " | ".join(cell(scores[c], counts=(c != "seo" or r["indexable"])) for c in CATEGORIES)
            + " |"
        )
    lines += ["", "## What costs points, per page", ""]
    for r in results:
        if r.get("missing"):
            continue
        lines.append(f"### {r['page']} ({r['form_factor']})")
        lines.append("")
        lines += [f"- {text}" for text in r["failing"]] or ["- nothing"]
        lines.append("")
    (ROOT / "AUDIT.md").write_text("\n".join(lines))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", help="comma-separated page names (default: all)")
    parser.add_argument("--no-report", action="store_true", help="print, do not write AUDIT.md")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        sys.exit("No Lighthouse: run 'make audit-tools'.")
    chosen = set(args.pages.split(",")) if args.pages else None

    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    clock = time.monotonic()
    host = machine()
    port = free_port()
    env = site_env(port)
    base = f"http://127.0.0.1:{port}"
    print(f"audit: loading the demo into {WORK.relative_to(ROOT)}/ ...", flush=True)
    found = demo_prepare(env)
    server = app_server_start(env, base)
    results = []
    try:
        for name, where, indexable in PAGES:
            if chosen and name not in chosen:
                continue
            path = found.get(where, where)
            code = status(base + path)
            if code != 200:
                print(f"audit: {name} {path} answers {code}: listed, not audited", flush=True)
                results.append({"page": name, "path": path, "missing": f"{code} on this branch"})
                continue
            for form_factor in FORM_FACTORS:
                report = WORK / "reports" / f"{name}-{form_factor}.json"
                lhr = lighthouse(base + path, form_factor, report)
                scores = {c: lhr["categories"][c]["score"] for c in CATEGORIES}
                print(f"audit: {name} {form_factor} {scores}", flush=True)
                results.append(
                    {
                        "page": name,
                        "path": path,
                        "form_factor": form_factor,
                        "indexable": indexable,
                        "scores": scores,
                        "failing": failing_audits(lhr),
                    }
                )
    finally:
        server.terminate()
        server.wait(timeout=60)
    if not args.no_report:
        write_report(results, started, time.monotonic() - clock, host)
        print("audit: wrote AUDIT.md (reports in var/audit/reports/)")


if __name__ == "__main__":
    main()
