"""Wagtail's default workflow and task are called "Moderators approval": the editor's button
then reads "Stuur door naar Moderators approval". Dutch names, unless the newsroom already
renamed them."""

from django.db import migrations

DEFAULT = "Moderators approval"
DUTCH = "Eindredactie"


def to_dutch(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=DEFAULT).update(name=DUTCH)
    apps.get_model("wagtailcore", "Task").objects.filter(name=DEFAULT).update(name=DUTCH)


def to_default(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=DUTCH).update(name=DEFAULT)
    apps.get_model("wagtailcore", "Task").objects.filter(name=DUTCH).update(name=DEFAULT)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_author_user_article_teaser"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(to_dutch, to_default)]
