// A page that stays alive while it is open: new comments under an article, current poll
// results, new articles on the home page. Pages are cached whole for everyone, so all of
// it comes from small shared JSON documents under /api/live/ (kopbal/live), one URL per
// subject, kept a couple of seconds by nginx: the crowd costs Django next to nothing.
// Polling pauses while the tab is hidden and resumes when it is shown again.
(function () {
  "use strict";
  var configNode = document.getElementById("kopbal-live");
  if (!configNode) return;
  var config = JSON.parse(configNode.textContent);

  function getJSON(url) {
    // no-store: not the browser's own copy; nginx may answer from its micro-cache.
    return fetch(url, { cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });
  }

  function plural(count, one, many) {
    return (count === 1 ? one : many).replace("{n}", count);
  }

  // Calls `task()` (which returns a promise) every `seconds` while the tab is visible.
  function every(seconds, task) {
    var timer = null;
    var busy = false;
    function run() {
      timer = null;
      if (document.hidden || busy) return;
      busy = true;
      task().then(function () {
        busy = false;
        if (!timer && !document.hidden) timer = setTimeout(run, Math.max(1, seconds) * 1000);
      });
    }
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden && !timer && !busy) run();
    });
    timer = setTimeout(run, Math.max(1, seconds) * 1000);
  }

  function banner(className) {
    var wrapper = document.createElement("div");
    wrapper.className = "live-banner " + className;
    wrapper.setAttribute("role", "status");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "live-banner__button";
    button.hidden = true;
    wrapper.appendChild(button);
    return button;
  }

  function time(node) {
    var stamp = node && node.querySelector("time[datetime]");
    return stamp ? Date.parse(stamp.getAttribute("datetime")) : NaN;
  }

  // --- New comments under an article -----------------------------------------------------
  // Only on the view new comments belong to: newest first, first page (the default one).
  (function () {
    var section = document.querySelector("section.comments[data-article]");
    if (!section) return;
    var query = new URLSearchParams(window.location.search);
    if ((query.get("reacties") || "nieuwste") !== "nieuwste" || (query.get("rpagina") || "1") !== "1") return;
    var article = section.getAttribute("data-article");
    var list = section.querySelector("[data-comment-list]");
    if (!list) return;
    var button = banner("live-banner--comments");
    list.parentNode.insertBefore(button.parentNode, list);
    var morePages = !!section.querySelector(".pagination [rel=next]");

    function shown(id) {
      return !!list.querySelector('[data-comment="' + id + '"]');
    }
    function topLevel() {
      return Array.prototype.filter.call(list.children, function (item) {
        return item.querySelector(":scope > .comment");
      });
    }
    // The comments of `entries` this page lacks and could show: a reply under a comment
    // on the page; a top-level comment newer than the page's oldest (older ones belong to
    // a later page of the discussion).
    function missing(entries) {
      var threads = topLevel();
      var oldest = threads.length ? time(threads[threads.length - 1]) : NaN;
      var threadsNew = {};
      entries.forEach(function (entry) {
        if (entry.parent || shown(entry.id)) return;
        if (!morePages || isNaN(oldest) || Date.parse(entry.created) >= oldest) threadsNew[entry.id] = true;
      });
      return entries.filter(function (entry) {
        if (!entry.parent) return !!threadsNew[entry.id];
        if (shown(entry.id)) return false;
        return threadsNew[entry.parent] || !!list.querySelector("#reactie-" + entry.parent);
      });
    }

    var waiting = 0;
    function check() {
      return getJSON("/api/live/artikel/" + article + "/").then(function (state) {
        if (!state) return;
        waiting = missing(state.comments).length;
        button.textContent = plural(waiting, config.newCommentsOne, config.newCommentsMany);
        button.hidden = waiting === 0;
      });
    }

    function insertSorted(container, item, created, newestFirst) {
      var before = Array.prototype.find.call(container.children, function (other) {
        var when = time(other);
        return newestFirst ? when < created : when > created;
      });
      container.insertBefore(item, before || null);
    }

    function repliesOf(parent) {
      var item = parent.parentElement;
      var replies = item.querySelector(":scope > .comment-list--replies");
      if (!replies) {
        replies = document.createElement("ol");
        replies.className = "comment-list comment-list--replies";
        item.appendChild(replies);
      }
      return replies;
    }

    function show() {
      button.disabled = true;
      getJSON("/api/live/artikel/" + article + "/reacties/").then(function (doc) {
        button.disabled = false;
        if (!doc) return;
        var found = missing(doc.comments);
        if (found.length && found.length === doc.comments.length && list.children.length) {
          // Every comment of the document is new: there may be more than it holds, and
          // the page itself is the way to show them all.
          window.location.reload();
          return;
        }
        list.querySelectorAll(".comment--new").forEach(function (node) {
          node.classList.remove("comment--new");
        });
        var inserted = 0;
        // Oldest first, so a reply finds the parent that arrived with it.
        found.reverse().forEach(function (entry) {
          if (shown(entry.id)) return;
          var item = document.createElement("li");
          item.innerHTML = entry.html; // rendered and escaped by the server
          var comment = item.querySelector(".comment");
          if (comment) comment.classList.add("comment--new");
          var created = Date.parse(entry.created);
          if (entry.parent) {
            var parent = list.querySelector("#reactie-" + entry.parent);
            if (!parent) return;
            insertSorted(repliesOf(parent), item, created, false);
          } else {
            insertSorted(list, item, created, true);
          }
          inserted += 1;
        });
        var empty = section.querySelector("[data-comments-empty]");
        if (empty && list.children.length) empty.remove();
        // The heading's count follows at once (kopbal.js refreshes every count later).
        var count = section.querySelector(".comments__count");
        if (count && inserted) count.textContent = Number(count.textContent) + inserted;
        waiting = 0;
        button.hidden = true;
        var first = list.querySelector(".comment--new");
        if (first) first.scrollIntoView({ block: "nearest" });
      });
    }

    button.addEventListener("click", show);
    check();
    every(config.commentsSeconds, check);
  })();

  // --- Poll results: without a vote, and current while the page is open -----------------
  document.querySelectorAll("section.poll[data-poll]").forEach(function (section) {
    var id = section.getAttribute("data-poll");
    var results = section.querySelector(".poll__results");
    var link = section.querySelector("[data-poll-results-link]");
    var status = section.querySelector(".poll__status");
    var myVote = null;
    var running = false;

    function draw(doc) {
      if (!doc || !window.kopbalPolls) return false;
      if (!doc.results_visible) return false;
      var state = Object.assign({}, doc, { my_vote: myVote });
      window.kopbalPolls.renderResults(results, state);
      return true;
    }
    function refresh() {
      return getJSON("/api/live/poll/" + id + "/").then(function (doc) {
        if (!results.hidden) draw(doc);
      });
    }
    function start() {
      if (running) return;
      running = true;
      every(config.pollSeconds, refresh);
    }

    // kopbal.js tells what the reader's own state is, and after a vote.
    section.addEventListener("kopbal:poll", function (event) {
      myVote = event.detail.my_vote;
      if (!results.hidden) start();
    });
    if (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        getJSON("/api/live/poll/" + id + "/").then(function (doc) {
          if (!doc) { window.location.href = link.href; return; }
          if (draw(doc)) {
            link.parentNode.hidden = true;
            start();
          } else {
            status.textContent = config.resultsHidden;
          }
        });
      });
    }
  });

  // --- New articles on the home page -----------------------------------------------------
  (function () {
    var box = document.querySelector("body.home .most-recent .article-list");
    if (!box) return;
    var button = banner("live-banner--articles");
    box.parentNode.insertBefore(button.parentNode, box);

    function shownIds() {
      var ids = {};
      box.querySelectorAll("[data-comment-count]").forEach(function (node) {
        ids[node.getAttribute("data-comment-count")] = true;
      });
      return ids;
    }
    // The articles above the newest one shown (one that drops out of the list, because
    // another was unpublished, is not new).
    function fresh(ids) {
      var shown = shownIds();
      var found = [];
      for (var i = 0; i < ids.length && !shown[String(ids[i])]; i++) found.push(ids[i]);
      return found;
    }

    var waiting = [];
    function check() {
      return getJSON("/api/live/home/").then(function (state) {
        if (!state) return;
        waiting = fresh(state.articles);
        button.textContent = plural(waiting.length, config.newArticlesOne, config.newArticlesMany);
        button.hidden = waiting.length === 0;
      });
    }

    button.addEventListener("click", function () {
      button.disabled = true;
      getJSON("/api/live/home/artikels/").then(function (doc) {
        button.disabled = false;
        var wanted = {};
        waiting.forEach(function (id) { wanted[id] = true; });
        var found = doc ? doc.articles.filter(function (a) { return wanted[a.id]; }) : [];
        if (found.length < waiting.length) {
          window.location.reload(); // more than the fragment holds, or it failed
          return;
        }
        // The fragment is newest first: insert from the oldest, each at the top.
        found.reverse().forEach(function (article) {
          var item = document.createElement("li");
          item.className = "is-new";
          item.innerHTML = article.html; // rendered and escaped by the server
          box.insertBefore(item, box.firstChild);
        });
        var empty = box.querySelector(":scope > li.empty");
        if (empty) empty.remove();
        waiting = [];
        button.hidden = true;
      });
    });

    every(config.homeSeconds, check);
  })();
})();
