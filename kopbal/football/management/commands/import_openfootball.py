from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kopbal.football.importing import ImportRejected, matches_import
from kopbal.football.models import Competition
from kopbal.football.openfootball import ParseError, parse_file


class Command(BaseCommand):
    help = (
        "Import an openfootball Football.TXT file (e.g. be1.txt): seasons, phases and matches. "
        "A second run updates scores and statuses and never duplicates a match."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The .txt file to import.")
        parser.add_argument(
            "--season", help="Season such as 2025-26 (default: the season the file names)."
        )
        parser.add_argument(
            "--competition",
            default="jupiler-pro-league",
            help="Slug of the competition the matches belong to (default: jupiler-pro-league).",
        )

    def handle(self, *args, path: Path, season, competition, **options):
        try:
            competition_obj = Competition.objects.get(slug=competition)
        except Competition.DoesNotExist:
            raise CommandError(f"No competition with slug {competition!r}.") from None
        try:
            # parse_file knows the zone each shipped file writes its kick-off times in.
            league = parse_file(path)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}.") from None
        except UnicodeDecodeError:
            raise CommandError(f"{path} is not a UTF-8 text file.") from None
        except ParseError as exc:
            raise CommandError(f"{path}, line {exc.line}: {exc.message}") from None
        try:
            result = matches_import(league=league, competition=competition_obj, season_name=season)
        except ImportRejected as exc:
            raise CommandError(
                f"{path} not imported, nothing stored:\n" + "\n".join(exc.problems)
            ) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"{competition_obj.name} {result.season}: {result.created} matches created, "
                f"{result.updated} updated, {result.unchanged} unchanged."
            )
        )
