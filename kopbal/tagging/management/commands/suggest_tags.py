"""Tag suggestions for tools and tests: JSON lines in, one JSON line out per line in."""

import json
import sys

from django.core.management.base import BaseCommand

from kopbal.tagging.matcher import matcher


class Command(BaseCommand):
    help = 'Reads {"text": "..."} JSON lines on stdin, writes the suggested tags per line.'

    def handle(self, *args, **options):
        found = matcher()  # built once for the whole input
        out = self.stdout
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"] if isinstance(item, dict) else None
                if not isinstance(text, str):
                    raise ValueError('expected an object with a "text" string')
            except (ValueError, KeyError) as error:
                out.write(json.dumps({"error": f"bad line: {error}"}, ensure_ascii=False))
                continue
            out.write(json.dumps(found.suggest(text).as_dict(), ensure_ascii=False))
