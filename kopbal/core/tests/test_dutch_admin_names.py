"""Every model and field of Kopbal's own apps has a Dutch name in the admin (issue 12): the
listings, forms, filters and history show verbose names, and an English one slips through
unnoticed until an editor sees it."""

import pytest
from django.apps import apps
from django.utils.translation import override

# Kopbal's apps whose names editors see (analytics and ingest have their own helpers).
APPS = ("accounts", "core", "news", "football", "polls", "comments", "search", "demo")
# Words that are the same in Dutch and English.
SAME_IN_DUTCH = {
    "account",
    "tags",
    "status",
    "slug",
    "club",
    "clubs",
    "intro",
    "teaser",
    "poll",
    "polls",
    "like",
    "likes",
}
# Fields Wagtail or Django give every model of a kind: translated by their own catalogues.
INHERITED = {
    "page_ptr",
    "id",
    "password",
    "last_login",
    "is_superuser",
    "groups",
    "user_permissions",
    "username",
    "first_name",
    "last_name",
    "email",
    "is_staff",
    "is_active",
    "date_joined",
    "sort_order",
    "index_entries",
    "_revisions",
    "_workflow_states",
    "_specific_workflow_states",
}


def kopbal_models():
    for model in apps.get_models():
        if model._meta.app_config.name.startswith("kopbal.") and model._meta.app_label in APPS:
            yield model


def untranslated(text) -> bool:
    with override("en"):
        english = str(text)
    with override("nl"):
        dutch = str(text)
    return dutch == english and english.lower() not in {w.lower() for w in SAME_IN_DUTCH}


def test_every_kopbal_model_has_a_dutch_name():
    missing = [
        f"{model._meta.label}.{attr}"
        for model in kopbal_models()
        for attr in ("verbose_name", "verbose_name_plural")
        if untranslated(getattr(model._meta, attr))
    ]
    assert missing == []


def test_every_field_of_kopbal_models_has_a_dutch_name():
    missing = []
    for model in kopbal_models():
        for field in model._meta.get_fields(include_parents=False):
            if field.auto_created or not hasattr(field, "verbose_name") or field.name in INHERITED:
                continue
            if untranslated(field.verbose_name):
                missing.append(f"{model._meta.label}.{field.name}: {field.verbose_name}")
    assert missing == []


@pytest.mark.django_db
def test_the_article_editors_choosers_speak_dutch(client, django_user_model):
    """Wagtail names its chooser buttons in English at start-up; Kopbal's are Dutch."""
    from wagtail.users.models import UserProfile

    from kopbal.news.services import site_tree_ensure

    _home, index = site_tree_ensure()
    user = django_user_model.objects.create_superuser("redacteur", "r@example.com", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "nl"})
    client.force_login(user)
    html = client.get(f"/admin/pages/add/news/articlepage/{index.pk}/").content.decode()
    assert "Kies poll" in html and "Kies wedstrijd" in html and "Kies auteur" in html
    assert "Choose poll" not in html and "Choose match" not in html
