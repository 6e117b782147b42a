"""A first Dutch word list; the newsroom edits it in the admin (Comments > Word lists).

Banned words refuse a comment, suspect words hold it for a moderator. Words that also
have an innocent meaning in football news are suspect, not banned: "kanker" (a player's
illness), "kut" (a common expletive more than an insult). Matching is on whole words,
through obfuscations such as "k@nker" or "t.e.r.i.n.g" (see wordfilter).
"""

from django.db import migrations

BANNED = [
    "kankerlijer",
    "kankerhoer",
    "tering",
    "teringlijer",
    "tyfus",
    "tyfuslijer",
    "hoer",
    "hoerenzoon",
    "mongool",
    "neger",
    "nikker",
]
SUSPECT = [
    "kanker",
    "kut",
    "idioot",
    "debiel",
    "achterlijk",
    "klootzak",
    "oplichter",
]


def seed(apps, schema_editor):
    WordRule = apps.get_model("comments", "WordRule")
    for kind, words in (("ban", BANNED), ("suspect", SUSPECT)):
        for word in words:
            # A word the newsroom already listed keeps the kind they gave it.
            WordRule.objects.get_or_create(word=word, defaults={"kind": kind})


def unseed(apps, schema_editor):
    WordRule = apps.get_model("comments", "WordRule")
    WordRule.objects.filter(word__in=BANNED, kind="ban").delete()
    WordRule.objects.filter(word__in=SUSPECT, kind="suspect").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
