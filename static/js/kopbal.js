// Kopbal's page script. Pages are cached whole for every reader, so anything that
// depends on the moment of reading (relative times) is refreshed here, in the browser.
(function () {
  "use strict";
  var strings = JSON.parse(document.getElementById("kopbal-i18n").textContent);
  function refreshTimes() {
    var now = Date.now();
    document.querySelectorAll("time[data-relative]").forEach(function (el) {
      var then = Date.parse(el.getAttribute("datetime"));
      if (isNaN(then)) return;
      var minutes = Math.floor((now - then) / 60000);
      // Older stories show a date, which does not go stale: leave those alone.
      if (minutes < 1) el.textContent = strings.justNow;
      else if (minutes < 60) el.textContent = strings.minutesAgo.replace("{n}", minutes);
      else if (minutes < 1440) el.textContent = strings.hoursAgo.replace("{n}", Math.floor(minutes / 60));
    });
  }
  refreshTimes();
  setInterval(refreshTimes, 60000);
})();

// Reader polls. The cached article carries the question and a plain form that works
// without JavaScript (via the poll page); here the reader's own state is fetched from
// the JSON API and the vote is cast in place.
(function () {
  "use strict";
  var strings = JSON.parse(document.getElementById("kopbal-i18n").textContent);

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

  function renderResults(container, state) {
    var list = el("ul", "poll-results");
    state.choices.forEach(function (choice) {
      var mine = choice.id === state.my_vote;
      var item = el("li", "poll-results__item" + (mine ? " is-mine" : ""));
      var label = el("span", "poll-results__label", choice.label);
      if (mine) label.appendChild(el("span", "poll-results__mine", " (" + strings.yourVote + ")"));
      var number = el("span", "poll-results__number", choice.percent + "% ");
      number.appendChild(el("span", "poll-results__votes", "(" + choice.votes + ")"));
      var bar = el("progress", "poll-results__bar");
      bar.max = 100;
      bar.value = choice.percent;
      bar.setAttribute("aria-hidden", "true");
      item.append(label, number, bar);
      list.appendChild(item);
    });
    var total = (state.total === 1 ? strings.votesOne : strings.votesMany).replace("{n}", state.total);
    container.replaceChildren(list, el("p", "poll-results__total", total));
    container.hidden = false;
  }

  function render(section, state) {
    var form = section.querySelector(".poll__form");
    var results = section.querySelector(".poll__results");
    var status = section.querySelector(".poll__status");
    var more = section.querySelector(".poll__more");
    var done = state.my_vote !== null || !state.open;
    form.hidden = done;
    if (more) more.hidden = done;  // "Bekijk de resultaten" while one may still vote (live.js)
    if (state.results_visible && done) renderResults(results, state);
    // live.js keeps the results current and shows them without a vote.
    section.dispatchEvent(new CustomEvent("kopbal:poll", { detail: state }));
    if (state.my_vote !== null) status.textContent = strings.thanks;
    else if (!state.open) status.textContent = strings.closed;
    if (done && !state.results_visible) status.textContent += " " + strings.resultsLater;
  }

  function setUp(section) {
    var id = section.getAttribute("data-poll");
    var api = "/api/polls/" + id + "/";
    var form = section.querySelector(".poll__form");
    var status = section.querySelector(".poll__status");
    var busy = false;
    fetch(api, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) { if (state) render(section, state); })
      .catch(function () { /* the plain form still works */ });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) return;
      var picked = form.querySelector("input[name=keuze]:checked");
      if (!picked) { status.textContent = strings.chooseFirst; return; }
      busy = true;
      var body = new FormData();
      body.append("choice", picked.value);
      fetch(api + "vote/", {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": cookie("csrftoken"), Accept: "application/json" },
        body: body,
      })
        .then(function (response) {
          return response.json().then(function (data) { return { ok: response.ok, data: data }; });
        })
        .then(function (answer) {
          if (answer.ok) render(section, answer.data);
          else status.textContent = answer.data.message;
        })
        .catch(function () { status.textContent = strings.networkError; })
        .finally(function () { busy = false; });
    });
  }

  window.kopbalPolls = { renderResults: renderResults };
  document.querySelectorAll("section.poll[data-poll]").forEach(setUp);
})();

// Comment counts: the cached page shows the count of when it was rendered; fetch the
// current ones (a public endpoint, cached for seconds) and refresh them now and then.
(function () {
  "use strict";
  var strings = JSON.parse(document.getElementById("kopbal-i18n").textContent);
  var nodes = document.querySelectorAll("[data-comment-count]");
  if (!nodes.length) return;
  function refresh() {
    var ids = {};
    nodes.forEach(function (node) { ids[node.getAttribute("data-comment-count")] = true; });
    var list = Object.keys(ids).slice(0, 100).join(",");
    // no-store: the browser must not answer from its own copy, which may be older than
    // the page; a shared cache in front of the site may still hold it for a few seconds.
    fetch("/api/comment-counts/?ids=" + list, { cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (counts) {
        if (!counts) return;
        nodes.forEach(function (node) {
          var value = counts[node.getAttribute("data-comment-count")];
          if (value === undefined) return;
          var target = node.querySelector(".comment-count__number") || node;
          target.textContent = value;
          // The hidden label after the number follows it: "1 reactie", "2 reacties".
          var label = node.querySelector(".visually-hidden");
          if (label) label.textContent = value === 1 ? strings.commentOne : strings.commentMany;
        });
      })
      .catch(function () {});
  }
  refresh();
  setInterval(refresh, 30000);
})();

// Like counts: a like renews no cached page (that would re-render the article for every
// reader), so the counts on a cached page are filled from the API.
(function () {
  "use strict";
  var section = document.querySelector("section.comments[data-article]");
  var nodes = document.querySelectorAll("[data-likes]");
  if (!section || !nodes.length) return;
  fetch("/api/articles/" + section.getAttribute("data-article") + "/likes/", {
    cache: "no-store", headers: { Accept: "application/json" },
  })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data) return;
      nodes.forEach(function (node) {
        var target = node.querySelector("[data-like-number]");
        if (target) target.textContent = data.likes[node.getAttribute("data-likes")] || 0;
      });
    })
    .catch(function () {});
})();

// Comments in place: post, like, report and delete without a reload. Every form also
// works without this script (it posts and lands back on the comment).
(function () {
  "use strict";
  var section = document.querySelector("section.comments[data-article]");
  if (!section) return;
  var strings = JSON.parse(document.getElementById("kopbal-i18n").textContent);

  function send(form) {
    return fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).then(function (response) {
      // An answer that is not JSON (a proxy's error page, say) still gets a comment's
      // message, never the poll's.
      return response.json()
        .catch(function () { return {}; })
        .then(function (data) { return { ok: response.ok, data: data }; });
    });
  }

  function failure(kind) {
    return kind === "post" ? strings.commentError : strings.actionError;
  }

  function status(form, text) {
    var node = form.querySelector(".comment-form__status");
    if (node) node.textContent = text;
    else window.alert(text);
  }

  section.addEventListener("submit", function (event) {
    var form = event.target;
    var kind = form.hasAttribute("data-comment-form") ? "post"
      : form.hasAttribute("data-like") ? "like"
      : form.hasAttribute("data-report") ? "report"
      : form.hasAttribute("data-delete") ? "delete" : null;
    if (!kind) return;  // edits go the plain way
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    send(form)
      .then(function (answer) {
        if (!answer.ok) { status(form, answer.data.message || failure(kind)); return; }
        var data = answer.data;
        if (kind === "post") {
          var wrapper = document.createElement("li");
          wrapper.innerHTML = data.html;  // rendered and escaped by the server
          var list = data.parent
            ? ensureReplies(section.querySelector("#reactie-" + data.parent))
            : section.querySelector("[data-comment-list]");
          list.insertBefore(wrapper, data.parent ? null : list.firstChild);
          var empty = section.querySelector("[data-comments-empty]");
          if (empty) empty.remove();
          form.reset();
          status(form, data.status === "pending" ? strings.commentPending : strings.commentPosted);
          if (data.status === "visible") {
            document.querySelectorAll('[data-comment-count="' + section.getAttribute("data-article") + '"]')
              .forEach(function (node) { node.textContent = data.count; });
          }
        } else if (kind === "like") {
          form.querySelector("[data-like-count]").textContent = data.likes;
          form.querySelector("input[name=like]").value = data.liked ? "0" : "1";
          button.setAttribute("aria-pressed", data.liked ? "true" : "false");
        } else if (kind === "report") {
          form.replaceChildren(document.createTextNode(data.message));
        } else if (kind === "delete") {
          var comment = form.closest(".comment");
          comment.replaceChildren(Object.assign(document.createElement("p"), {
            className: "comment__deleted", textContent: strings.deleted,
          }));
        }
      })
      .catch(function () { status(form, failure(kind)); })
      .finally(function () { if (button) button.disabled = false; });
  });

  function ensureReplies(parent) {
    var item = parent.parentElement;
    var list = item.querySelector(".comment-list--replies");
    if (!list) {
      list = document.createElement("ol");
      list.className = "comment-list comment-list--replies";
      item.appendChild(list);
    }
    return list;
  }
})();

// Live scores: a cached page shows the score of when it was rendered. On pages with a
// score include (templates/football/includes/score.html), ask /api/live/ (one URL for
// everyone, micro-cached by nginx) every few seconds while the tab is visible, and update
// the score, the state ("67'", "Rust") and the class score--<status> in place.
(function () {
  "use strict";
  var nodes = document.querySelectorAll("[data-match]");
  if (!nodes.length) return;
  var config = JSON.parse(document.getElementById("kopbal-i18n").textContent);
  var interval = Math.max(1, config.livePollSeconds || 5) * 1000;
  var timer = null;
  function setText(node, text) {
    if (node && node.textContent !== text) node.textContent = text;
  }
  function apply(data) {
    nodes.forEach(function (node) {
      var match = data.matches[node.getAttribute("data-match")];
      if (!match) return;
      setText(node.querySelector("[data-match-score]"), match.score);
      setText(node.querySelector("[data-match-state]"), match.state);
      var wanted = "score--" + match.status;
      if (!node.classList.contains(wanted)) {
        Array.prototype.slice.call(node.classList).forEach(function (name) {
          if (name.indexOf("score--") === 0) node.classList.remove(name);
        });
        node.classList.add(wanted);
      }
    });
  }
  var pending = false;
  function poll() {
    timer = null;
    if (document.hidden || pending) return; // resumed by visibilitychange
    pending = true;
    // no-store: not the browser's own copy; nginx in front may answer from its micro-cache.
    fetch("/api/live/", { cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data && data.matches) apply(data); })
      .catch(function () {})
      .then(function () {
        pending = false;
        if (!timer && !document.hidden) timer = setTimeout(poll, interval);
      });
  }
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && !timer) poll();
  });
  poll();
})();

// Page views (kopbal/analytics), counted without cookies: one beacon per article view,
// carrying a random view id so that a beacon the browser sends twice is counted once.
(function () {
  "use strict";
  var page = Number(document.body.getAttribute("data-view-page"));
  if (!page || !navigator.sendBeacon || !window.crypto) return;
  function viewId() {
    if (crypto.randomUUID) return crypto.randomUUID(); // secure contexts only
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }
  // In the query string, with no body: nginx answers and logs it without reading a body.
  navigator.sendBeacon("/api/view/?page=" + page + "&view=" + viewId());
})();
