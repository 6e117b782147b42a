// The reader's corner of the header. Pages are cached whole for every reader, so who is
// logged in is asked from /api/me/ (private, never cached). Without JavaScript the header
// keeps its plain "Inloggen" link. Messages that a cached page cannot carry ("your
// account has been deleted") come along with the answer and are shown above the page.
(function () {
  "use strict";
  var box = document.querySelector("[data-account]");
  if (!box || !window.fetch) return;

  function cookie(name) {
    var match = document.cookie.match("(?:^|; )" + name + "=([^;]*)");
    return match ? decodeURIComponent(match[1]) : "";
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(href, className, text) {
    var a = el("a", className, text);
    a.href = href;
    return a;
  }

  // Back to this page after logging in, except from the account pages themselves.
  function withNext(url) {
    var here = location.pathname + location.search;
    if (location.pathname.indexOf("/accounts/") === 0) return url;
    return url + "?next=" + encodeURIComponent(here);
  }

  function logoutControl(me) {
    var label = box.getAttribute("data-label-logout");
    var token = cookie("csrftoken");
    // Logging out is a POST in allauth: a small form with the CSRF token from the cookie.
    // No token (cookies blocked?): allauth's own confirmation page does it.
    if (!token) return link(me.logout_url, "site-account__link", label);
    var form = el("form", "site-account__logout");
    form.method = "post";
    form.action = me.logout_url;
    var input = el("input");
    input.type = "hidden";
    input.name = "csrfmiddlewaretoken";
    input.value = token;
    var button = el("button", "site-account__link site-account__button", label);
    button.type = "submit";
    form.append(input, button);
    return form;
  }

  function render(me) {
    if (me.authenticated) {
      var name = link(me.settings_url, "site-account__link site-account__name", me.display_name);
      name.title = box.getAttribute("data-label-account");
      box.replaceChildren(name, logoutControl(me));
    } else {
      var current = box.querySelector("a");
      var login = link(withNext(me.login_url), "site-account__link", current ? current.textContent : "");
      var signup = link(
        withNext(me.signup_url),
        "site-account__link site-account__link--signup",
        box.getAttribute("data-label-signup")
      );
      box.replaceChildren(login, signup);
    }
    box.setAttribute("data-state", me.authenticated ? "in" : "out");
  }

  function showMessages(messages) {
    var main = document.getElementById("main");
    if (!messages || !messages.length || !main) return;
    var region = el("div", "flash-list");
    region.setAttribute("role", "status");
    messages.forEach(function (message) {
      region.appendChild(el("p", "flash flash--" + message.level, message.text));
    });
    main.prepend(region);
  }

  fetch("/api/me/", { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (me) {
      render(me);
      showMessages(me.messages);
      // Other scripts (notices.js) build on the same answer instead of asking again:
      // kept for those that load later, and announced to those already waiting.
      window.kopbalMe = me;
      document.dispatchEvent(new CustomEvent("kopbal:me", { detail: me }));
    })
    .catch(function () {
      // Offline or an error: the plain "Inloggen" link stays, which always works.
    });
})();
