"""The beacon through Django (the test client, runserver, the live test server); the app
server answers it earlier, in kopbal.analytics.wsgi, by the same rules."""

from django.http import HttpResponse, RawPostDataException
from django.views.decorators.csrf import csrf_exempt

from . import beacon


@csrf_exempt  # same-origin is checked by beacon.accept: a cached page carries no token
def view_beacon(request):
    try:
        try:
            body = request.body
        except RawPostDataException:
            # A form-encoded or multipart POST whose body a middleware has read already: a
            # beacon has none (its data is in the query string), so this one is judged without.
            body = b""
        beacon.accept(request.META, body)
        response = HttpResponse(status=204)
    except beacon.Refused as refused:
        response = HttpResponse(status=refused.status)
        if refused.status == 405:
            response["Allow"] = "POST"
    response["Cache-Control"] = "no-store"
    return response
