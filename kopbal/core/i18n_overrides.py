"""Messages of Django and allauth that Kopbal translates itself.

Their own Dutch catalogues address the reader with "u"/"uw" in places (Django's password
rules, allauth's "a.u.b."), say "Aanmelden" where the site says "Inloggen" and write
"Bevestigings e-mail". Catalogues in LOCALE_PATHS take precedence over the apps' own
(kopbal/core/tests/test_form_of_address.py checks that they do), so the msgids are listed
here for `makemessages` to keep them in locale/nl; nothing imports this module.
"""

# ruff: noqa: RUF001 (the msgids are Django's own, typographic apostrophes included)
from django.utils.translation import gettext_noop as _
from django.utils.translation import ngettext_lazy

OVERRIDES = [
    # django.contrib.auth: the password rules under every password field.
    _("Your password can’t be too similar to your other personal information."),
    _("Your password can’t be a commonly used password."),
    _("Your password can’t be entirely numeric."),
    _("Your old password was entered incorrectly. Please enter it again."),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    _(
        "Designates whether this user should be treated as active. Unselect this instead of "
        "deleting accounts."
    ),
    # django: the CSRF and debug pages (Kopbal has its own CSRF page; these stay consistent).
    _(
        "You are seeing this message because this site requires a CSRF cookie when "
        "submitting forms. This cookie is required for security reasons, to ensure that your "
        "browser is not being hijacked by third parties."
    ),
    _(
        "If you have configured your browser to disable cookies, please re-enable them, at "
        "least for this site, or for “same-origin” requests."
    ),
    _(
        "You are seeing this message because this HTTPS site requires a “Referer header” to "
        "be sent by your web browser, but none was sent. This header is required for security "
        "reasons, to ensure that your browser is not being hijacked by third parties."
    ),
    _(
        "If you have configured your browser to disable “Referer” headers, please re-enable "
        "them, at least for this site, or for HTTPS connections, or for “same-origin” requests."
    ),
    _(
        'If you are using the <meta name="referrer" content="no-referrer"> tag or including '
        "the “Referrer-Policy: no-referrer” header, please remove them. The CSRF protection "
        "requires the “Referer” header to do strict referer checking. If you’re concerned "
        'about privacy, use alternatives like <a rel="noreferrer" …> for links to '
        "third-party sites."
    ),
    _(
        "ManagementForm data is missing or has been tampered with. Missing fields: "
        "%(field_names)s. You may need to file a bug report if the issue persists."
    ),
    _(
        'You are seeing this page because <a href="https://docs.djangoproject.com/en/'
        '%(version)s/ref/settings/#debug" target="_blank" rel="noopener">DEBUG=True</a> is in '
        "your settings file and you have not configured any URLs."
    ),
    # allauth: "Inloggen" and "Uitloggen", as the site's menu says.
    _("Sign In"),
    _("Sign Out"),
    _("Are you sure you want to sign out?"),
    _("You have signed out."),
    _("If you have not created an account yet, then please %(link)ssign up%(end_link)s first."),
    _("Already have an account? Then please %(link)ssign in%(end_link)s."),
    # allauth: the confirmation mail, without "a.u.b." and in one word.
    _("Confirmation email sent to %(email)s."),
    _("You have confirmed %(email)s."),
    _("Re-send Verification"),
    _("Verify Your Email Address"),
    _("Please contact us if you have any trouble resetting your password."),
    _(
        "We have sent an email to you for verification. Follow the link provided to finalize "
        "the signup process. If you do not see the verification email in your main inbox, "
        "check your spam folder. Please contact us if you do not receive the verification "
        "email within a few minutes."
    ),
    _(
        "We have sent you an email. If you have not received it please check your spam "
        "folder. Otherwise contact us if you do not receive it in a few minutes."
    ),
    _(
        "We have sent an email to you for\nverification. Please click on the link inside that "
        "email. If you do not see the verification email in your main inbox, check your spam "
        "folder. Otherwise\ncontact us if you do not receive it within a few minutes."
    ),
    _(
        "This part of the site requires us to verify that\nyou are who you claim to be. For "
        "this purpose, we require that you\nverify ownership of your email address. "
    ),
    _("You cannot remove your primary email address (%(email)s)."),
    _(
        "<strong>Note:</strong> you can still "
        '<a href="%(email_url)s">change your email address</a>.'
    ),
]
