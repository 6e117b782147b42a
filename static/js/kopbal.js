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
    if (more) more.hidden = true;
    if (state.results_visible && done) renderResults(results, state);
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

  document.querySelectorAll("section.poll[data-poll]").forEach(setUp);
})();
