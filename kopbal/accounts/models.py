from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """Kopbal's user: editors now, readers once accounts open (custom from day one)."""
