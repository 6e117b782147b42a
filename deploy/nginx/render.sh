#!/bin/sh
# Write a concrete nginx configuration for Kopbal to stdout.
#
#   deploy/nginx/render.sh ROOT PORT UPSTREAM [CACHE_DIR [LOG_DIR]] > kopbal.conf
#
#   ROOT       absolute path of the checkout (var/static and var/media live under it)
#   PORT       what nginx listens on: 80, or an address and port such as 127.0.0.1:8080
#   UPSTREAM   the app server(s), comma-separated: 127.0.0.1:8000 or
#              10.0.0.11:8000,10.0.0.12:8000 or unix:/run/kopbal/app.sock
#   CACHE_DIR  the micro-cache directory (default /var/cache/nginx/kopbal)
#   LOG_DIR    the log directory (default /var/log/nginx)
#
# The template is deploy/nginx/kopbal.conf; its placeholders are listed at its top.
set -eu

usage() {
    echo "usage: $0 ROOT PORT UPSTREAM [CACHE_DIR [LOG_DIR]]" >&2
    exit 2
}

[ $# -ge 3 ] && [ $# -le 5 ] || usage
root=${1%/}
port=$2
upstream=$3
cache_dir=${4:-/var/cache/nginx/kopbal}
log_dir=${5:-/var/log/nginx}

for path in "$root" "$cache_dir" "$log_dir"; do
    case $path in
        /*) ;;
        *) echo "$0: $path is not an absolute path" >&2; exit 2 ;;
    esac
    # Whitespace, ; { } # or quotes would break the nginx syntax around the path.
    case $path in
        *[[:space:]\;\{\}\#\'\"]*) echo "$0: unsupported character in $path" >&2; exit 2 ;;
    esac
done
echo "$port" | grep -Eq '^([0-9.]+:|\[[0-9a-fA-F:]+\]:)?[0-9]+$' \
    || { echo "$0: PORT must be a port or address:port, not $port" >&2; exit 2; }
echo "$upstream" | grep -Eq '^[][A-Za-z0-9._:/-]+(,[][A-Za-z0-9._:/-]+)*$' \
    || { echo "$0: UPSTREAM must be host:port[,host:port...], not $upstream" >&2; exit 2; }

template="$(cd "$(dirname "$0")" && pwd)/kopbal.conf"

# Plain string replacement (index/substr, not regular expressions), so paths with dots or
# ampersands are copied literally. Comment lines keep the template's placeholder names.
echo "# Rendered by deploy/nginx/render.sh $root $port $upstream $cache_dir $log_dir"
echo "# from deploy/nginx/kopbal.conf: edit the template and render again, not this file."
awk -v root="$root" -v port="$port" -v upstream="$upstream" \
    -v cache_dir="$cache_dir" -v log_dir="$log_dir" '
function replace(s, old, new,    out, i) {
    out = ""
    while ((i = index(s, old)) > 0) {
        out = out substr(s, 1, i - 1) new
        s = substr(s, i + length(old))
    }
    return out s
}
BEGIN { n = split(upstream, servers, ",") }
# The backup line (retries on the same app server) is only for a single app server.
/^[ \t]*server 127\.0\.0\.1:8000 backup;/ {
    if (n == 1) { line = $0; sub(/127\.0\.0\.1:8000/, servers[1], line); print line }
    backups++
    next
}
# The upstream server line of the template becomes one line per app server.
/^[ \t]*server 127\.0\.0\.1:8000 / {
    indent = $0; sub(/[^ \t].*$/, "", indent)
    params = $0; sub(/^[ \t]*server 127\.0\.0\.1:8000 /, "", params)
    for (k = 1; k <= n; k++) print indent "server " servers[k] " " params
    upstreams++
    next
}
/^[ \t]*#/ { print; next }
/^[ \t]*listen 80;/ { sub(/listen 80;/, "listen " port ";"); listens++ }
{
    line = replace($0, "/srv/kopbal", root)
    line = replace(line, "/var/cache/nginx/kopbal", cache_dir)
    line = replace(line, "/var/log/nginx", log_dir)
    print line
}
# A template edited so that a placeholder is gone must not render a silently wrong file.
END {
    if (upstreams != 1 || backups != 1 || listens != 1) {
        print "render.sh: the template needs exactly one \"server 127.0.0.1:8000 ...\", one \"server 127.0.0.1:8000 backup;\" and one \"listen 80;\" line" > "/dev/stderr"
        exit 1
    }
}' "$template"
