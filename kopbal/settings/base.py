"""Settings shared by every environment; values that differ per deployment come from env."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "kopbal"

env = environ.Env()
# A local .env file is optional; the real environment always wins.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "kopbal.core",
    "kopbal.accounts",
    "kopbal.football",
    "kopbal.tagging",
    "kopbal.news",
    "kopbal.polls",
    "kopbal.comments",
    "kopbal.notices",
    "kopbal.search",
    "kopbal.analytics",
    "kopbal.ingest",
    "kopbal.api",
    "kopbal.live",
    "kopbal.follows",
    "kopbal.pages",
    "kopbal.demo",
    "allauth",
    "allauth.account",
    "csp",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.humanize",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CSP and Permissions-Policy; outside the page cache, so cached pages get them too.
    "kopbal.core.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # JSON errors under /api/, then hostile input (bad charsets, null bytes) refused
    # before any cache or view sees it.
    "kopbal.core.apierrors.ApiErrorMiddleware",
    "kopbal.core.guard.HostileInputMiddleware",
    # ETag and 304 answers, for cached pages too.
    "django.middleware.http.ConditionalGetMiddleware",
    # Outside the session, CSRF and messages middleware: a response that sets any cookie
    # was made for one reader and is not stored.
    "kopbal.core.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "kopbal.urls"
CSRF_FAILURE_VIEW = "kopbal.core.views.csrf_failure"
WSGI_APPLICATION = "kopbal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite in WAL mode is the embedded default: readers never block the writer, and
# IMMEDIATE transactions make concurrent writers queue instead of failing with
# "database is locked" halfway through.
SQLITE_OPTIONS = {
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA busy_timeout=5000;"
        "PRAGMA foreign_keys=ON;"
    ),
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'kopbal.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend without a health check on a connection that just worked.
    DATABASES["default"]["ENGINE"] = "kopbal.core.postgresql"
    # PostgreSQL's JIT compiles any query its planner thinks costly; the "LEES OOK" query on a
    # 100,000-article archive crosses that line and spent 24 ms compiling to run for 16 ms.
    # A news site's queries are short, so the JIT never pays for itself here.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    # Prepared statements: PostgreSQL spent twice as long planning the plain article's nine
    # queries as running them (EXPLAIN: 3.0 ms against 1.5 ms). With server-side binding,
    # psycopg prepares a query the Nth time a connection runs it, and from then on the
    # server only executes it. In process, PostgreSQL's CPU per render of the plain article
    # went from 9.8 to 4.1-4.8 ms (bench/notes.md, "Issue 14, sixth round"). Behind
    # PgBouncer in transaction mode, which cannot keep a statement for the connection that
    # prepared it, set DATABASE_PREPARE_THRESHOLD=off.
    _threshold = env.str("DATABASE_PREPARE_THRESHOLD", default="5")
    if _threshold.lower() != "off":
        DATABASES["default"]["OPTIONS"].setdefault("server_side_binding", True)
        DATABASES["default"]["OPTIONS"].setdefault("prepare_threshold", int(_threshold))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",  # editors: username + password
    "allauth.account.auth_backends.AuthenticationBackend",  # readers: email + password
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# Reader accounts (django-allauth): e-mail and password, a verified address before posting.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_FORMS = {"signup": "kopbal.accounts.forms.SignupForm"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = True
# Django's database sessions, loaded with one plain query (kopbal/accounts/sessions.py).
SESSION_ENGINE = "kopbal.accounts.sessions"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kopbal] "
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Kopbal <redactie@kopbal.invalid>")

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    # A cache, not a dependency (kopbal/core/rediscache.py): a Redis that is down or hung
    # costs at most one short timeout per process every couple of seconds, and pages are
    # then rendered from the database.
    CACHES = {
        "default": {
            "BACKEND": "kopbal.core.rediscache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kopbal",
            "OPTIONS": {
                "socket_connect_timeout": env.float("REDIS_CONNECT_TIMEOUT", default=0.25),
                "socket_timeout": env.float("REDIS_TIMEOUT", default=0.5),
                "backoff_seconds": env.float("REDIS_BACKOFF_SECONDS", default=2.0),
            },
        }
    }
else:
    # Without Redis the cache must still be shared by every app server worker: a page cached
    # by one worker has to be dropped when an editor publishes through another.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(env.path("KOPBAL_CACHE_DIR", default=BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The site speaks Flemish Dutch; editors may switch the admin to English.
LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Kopbal"
# The site's one public address: canonical links, feeds, sitemaps, robots.txt and the
# newsroom's e-mails are built on it, and the Wagtail Site follows it (news.services).
# WAGTAILADMIN_BASE_URL is still read as a fallback for environments set up before.
KOPBAL_SITE_URL = env.str(
    "KOPBAL_SITE_URL", default=env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
).rstrip("/")
WAGTAILADMIN_BASE_URL = KOPBAL_SITE_URL
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Wagtail's database backend, with queries reduced to their words (kopbal/core/search.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "kopbal.core.search"}}
# Rendition files named after their bytes, so that browsers may keep them for a year.
WAGTAILIMAGES_RENDITION_STORAGE = "kopbal.core.media.RenditionStorage"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "webp": "webp"}
# Embeds are shown as click-to-load links (see core.blocks); nothing is fetched server-side.
WAGTAILEMBEDS_FINDERS = []
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"kopbal": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

KOPBAL_PAGE_SIZE = 25
# The competition whose current table stands beside the news (a Competition slug).
KOPBAL_LEAGUE = "jupiler-pro-league"

# Media is served by nginx in production (deploy/); the demo server serves it itself.
SERVE_MEDIA = env.bool("DJANGO_SERVE_MEDIA", default=DEBUG)

# How many reverse proxies in front of the app append to X-Forwarded-For (0: none).
KOPBAL_TRUSTED_PROXIES = env.int("KOPBAL_TRUSTED_PROXIES", default=0)
# Ballot-stuffing brake: votes per IP address per poll per hour (a poll may override it).
KOPBAL_POLL_VOTES_PER_IP_PER_HOUR = env.int("KOPBAL_POLL_VOTES_PER_IP_PER_HOUR", default=20)
# Readers' poll results are counted at most once per this many seconds and shared (0: count
# for every answer). Votes themselves are always checked and stored at once.
KOPBAL_POLL_RESULTS_SECONDS = env.int("KOPBAL_POLL_RESULTS_SECONDS", default=1)

# Reader analytics (kopbal/analytics): hourly rows are kept this many days (daily rows for
# good), and an article "rises" on the dashboard from this many views in the last hour.
KOPBAL_ANALYTICS_HOURLY_DAYS = env.int("KOPBAL_ANALYTICS_HOURLY_DAYS", default=35)
KOPBAL_ANALYTICS_TRENDING_MIN = env.int("KOPBAL_ANALYTICS_TRENDING_MIN", default=30)
# Behind the shipped nginx configuration, nginx answers the page-view beacons itself and logs
# them (deploy/nginx: kopbal.views.jsonl); the flush job reads these logs, one per nginx
# machine, comma-separated. Empty: every beacon reaches the app (no nginx, or another proxy).
KOPBAL_ANALYTICS_VIEW_LOGS = env.list("KOPBAL_ANALYTICS_VIEW_LOGS", default=[])

# Rate-limit counters: Redis when it is there (the database while Redis is down), else the
# database (atomic across workers).
KOPBAL_RATELIMIT_BACKEND = env.str(
    "KOPBAL_RATELIMIT_BACKEND",
    default=(
        "kopbal.core.ratelimit.backends.FallbackCounter"
        if REDIS_URL
        else "kopbal.core.ratelimit.backends.DatabaseCounter"
    ),
)

# Comments: the first N comments of an account, and links from accounts younger than
# D days, wait for a moderator; per-reader posting limits.
KOPBAL_COMMENTS_HOLD_FIRST = env.int("KOPBAL_COMMENTS_HOLD_FIRST", default=2)
KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = env.int("KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS", default=7)
KOPBAL_COMMENTS_PER_MINUTE = env.int("KOPBAL_COMMENTS_PER_MINUTE", default=3)
KOPBAL_COMMENTS_PER_HOUR = env.int("KOPBAL_COMMENTS_PER_HOUR", default=30)
# Likes and unlikes per reader per minute (they renew no page, but each is a write).
KOPBAL_LIKES_PER_MINUTE = env.int("KOPBAL_LIKES_PER_MINUTE", default=30)
KOPBAL_COMMENTS_PAGE_SIZE = 50

# Whole pages for anonymous readers: kept in the cache until content changes (this is a
# ceiling), and shared caches in front (nginx, a CDN) may hold them this many seconds.
KOPBAL_PAGE_CACHE_SECONDS = env.int("KOPBAL_PAGE_CACHE_SECONDS", default=600)
KOPBAL_PAGE_SHARED_MAX_AGE = env.int("KOPBAL_PAGE_SHARED_MAX_AGE", default=10)
# Each app server worker answers a repeated page-cache hit from its memory for this long
# (kopbal.core.fastpath), like nginx's micro-cache, and keeps the comment word rules it
# read (kopbal.comments.wordfilter); 0 turns both off.
KOPBAL_WORKER_CACHE_SECONDS = env.float("KOPBAL_WORKER_CACHE_SECONDS", default=1.0)
# How often an open page with a score asks /api/live/ for the current ones (kopbal.js).
KOPBAL_LIVE_POLL_SECONDS = env.int("KOPBAL_LIVE_POLL_SECONDS", default=5)
# How long apps and browsers may reuse an answer of the public read API (/api/v1/) before
# asking again (with its ETag: a 304 costs no body). A publish shows in them after this.
KOPBAL_API_MAX_AGE = env.int("KOPBAL_API_MAX_AGE", default=60)
# Live discussion, poll results and new articles (kopbal.live, static/js/live.js): how often
# an open page asks, and how long nginx and the browser keep an answer. A new comment shows
# within about KOPBAL_LIVE_MAX_AGE + KOPBAL_LIVE_COMMENTS_SECONDS (see BENCHMARKS.md).
KOPBAL_LIVE_COMMENTS_SECONDS = env.int("KOPBAL_LIVE_COMMENTS_SECONDS", default=5)
KOPBAL_LIVE_POLL_RESULTS_SECONDS = env.int("KOPBAL_LIVE_POLL_RESULTS_SECONDS", default=10)
KOPBAL_LIVE_HOME_SECONDS = env.int("KOPBAL_LIVE_HOME_SECONDS", default=30)
KOPBAL_LIVE_MAX_AGE = env.int("KOPBAL_LIVE_MAX_AGE", default=2)
# Fragments shared by every page ("Meest recent"): rendered once per site generation and
# kept at most this long (0: render them on every page).
KOPBAL_FRAGMENT_CACHE_SECONDS = env.int("KOPBAL_FRAGMENT_CACHE_SECONDS", default=600)

# Log-in surfaces (kopbal.accounts.limits): allauth's lock-out message says how long it lasts,
# and Wagtail's private pages send readers to the reader's log-in, not Django's bare one.
ACCOUNT_ADAPTER = "kopbal.accounts.adapter.AccountAdapter"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
# Wagtail's own "forgot password" form mails a link to any account, readers included, outside
# the site's limits. Readers reset through allauth's form (limited); an administrator resets
# an editor's password in the admin.
WAGTAIL_PASSWORD_RESET_ENABLED = False

# Headers the browser enforces (kopbal.core.headers). Reader pages run only the site's own
# scripts and styles, load nothing from another origin and cannot be framed. No nonces:
# whole pages are cached and shared by every reader.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin writes inline scripts and styles (date pickers, inline panels) and
# frames its own previews: 'unsafe-inline' there, but still nothing from another origin.
KOPBAL_ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
KOPBAL_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Browser features no page of the site uses, switched off for every page and any frame.
KOPBAL_PERMISSIONS_POLICY_DISABLED = (
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
# The same in every environment (production used to be the only one to set them).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# Wagtail shows editors' avatars from gravatar.com, sending a hash of each e-mail address
# to a third party: the admin's own default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Agency drop folders (kopbal.ingest) must lie under one of these: whoever may edit the
# sources must not be able to point the site at any folder of the server.
KOPBAL_INGEST_FOLDERS = env.list(
    "KOPBAL_INGEST_FOLDERS",
    default=[str(BASE_DIR / "var" / "ingest"), str(PROJECT_DIR / "demo" / "data" / "ingest")],
)

# Following (kopbal.follows): the daily digest goes out from this hour (Europe/Brussels),
# checked by the scheduler every this many seconds.
KOPBAL_DIGEST_HOUR = env.int("KOPBAL_DIGEST_HOUR", default=7)
KOPBAL_DIGEST_CHECK_SECONDS = env.int("KOPBAL_DIGEST_CHECK_SECONDS", default=300)
