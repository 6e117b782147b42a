"""The football desk's reader pages and APIs. Each part keeps its own module."""

app_name = "football"

urlpatterns = []
