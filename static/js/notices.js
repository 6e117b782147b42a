// Replies that find you, readers you ignore, and your own held comments, on pages that
// are cached for everyone. Everything personal comes from /api/me/ (account.js asks and
// passes the answer on as the "kopbal:me" event) or other private JSON; the cached HTML
// only carries data attributes (data-author on every comment).
(function () {
  "use strict";
  if (!window.fetch) return;
  var strings = JSON.parse(document.getElementById("notices-i18n").textContent);
  var POLL_MS = 60000;
  var ignored = {};
  var me = null;

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

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; });
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      body: body || new FormData(),
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": cookie("csrftoken") },
    }).then(function (response) {
      return response.json().catch(function () { return {}; })
        .then(function (data) { return { ok: response.ok, data: data }; });
    });
  }

  // --- The header: a bell with the unread count, opening the latest notices. ---
  var widget = null;

  function renderNotices(data) {
    var box = document.querySelector("[data-account]");
    if (!box) return;
    if (!widget) {
      widget = el("div", "site-notices");
      var button = el("button", "site-notices__button");
      button.type = "button";
      button.setAttribute("aria-expanded", "false");
      button.setAttribute("aria-controls", "site-notices-panel");
      button.innerHTML = '<svg class="site-notices__bell" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 2a5 5 0 0 0-5 5v3.5L3.5 14h13L15 10.5V7a5 5 0 0 0-5-5zM8 15.5a2 2 0 0 0 4 0z" fill="currentColor"/></svg>';
      button.appendChild(el("span", "visually-hidden site-notices__label", strings.notices));
      button.appendChild(el("span", "site-notices__badge"));
      var panel = el("div", "site-notices__panel");
      panel.id = "site-notices-panel";
      panel.hidden = true;
      widget.append(button, panel);
      button.addEventListener("click", function () { toggle(!panel.hidden ? false : true); });
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && !panel.hidden) { toggle(false); button.focus(); }
      });
      document.addEventListener("click", function (event) {
        if (!panel.hidden && !widget.contains(event.target)) toggle(false);
      });
    }
    if (!widget.isConnected) box.prepend(widget);
    var notices = data.notices;
    var unread = notices ? notices.unread : 0;
    var badge = widget.querySelector(".site-notices__badge");
    badge.textContent = unread > 99 ? "99+" : String(unread);
    badge.hidden = !unread;
    widget.querySelector(".site-notices__label").textContent = strings.notices +
      (unread ? " (" + strings.unread.replace("{n}", unread) + ")" : "");
    widget.setAttribute("data-unread", String(unread));
    var panelNode = widget.querySelector(".site-notices__panel");
    panelNode.replaceChildren();
    if (!notices) {
      panelNode.appendChild(el("p", "site-notices__empty", strings.noticesOff));
    } else if (!notices.latest.length) {
      panelNode.appendChild(el("p", "site-notices__empty", strings.noNotices));
    } else {
      var list = el("ul", "site-notices__list");
      notices.latest.forEach(function (notice) {
        var item = el("li", "site-notices__item" + (notice.unread ? " site-notices__item--unread" : ""));
        var link = el("a", null, notice.text);
        link.href = notice.url;
        item.appendChild(link);
        list.appendChild(item);
      });
      panelNode.appendChild(list);
    }
    var all = el("a", "site-notices__all", strings.myComments);
    all.href = data.my_replies_url;
    panelNode.appendChild(all);
  }

  function toggle(open) {
    var button = widget.querySelector(".site-notices__button");
    var panel = widget.querySelector(".site-notices__panel");
    panel.hidden = !open;
    button.setAttribute("aria-expanded", open ? "true" : "false");
    // Opening the list reads the notices: the badge goes, the server is told.
    if (open && me && me.notices && me.notices.unread) {
      post(me.notices.read_url).then(function (answer) {
        if (!answer.ok) return;
        me.notices.unread = 0;
        widget.querySelector(".site-notices__badge").hidden = true;
        widget.setAttribute("data-unread", "0");
        widget.querySelector(".site-notices__label").textContent = strings.notices;
      });
    }
  }

  // --- Readers one ignores: their comments fold away, one tap shows them. ---
  function collapse(comment) {
    if (comment.querySelector(":scope > .comment__ignored")) return;
    comment.classList.add("comment--ignored");
    var toggleButton = el("button", "comment__ignored link-button", strings.ignoredComment + " — " + strings.show);
    toggleButton.type = "button";
    toggleButton.setAttribute("aria-expanded", "false");
    toggleButton.addEventListener("click", function () {
      var open = comment.classList.toggle("comment--revealed");
      toggleButton.setAttribute("aria-expanded", open ? "true" : "false");
      toggleButton.textContent = strings.ignoredComment + " — " + (open ? strings.hide : strings.show);
    });
    comment.prepend(toggleButton);
    setIgnoreForm(comment, true);
  }

  // The comment's own "Negeer deze lezer" turns into "Niet meer negeren" and back.
  function setIgnoreForm(comment, isIgnored) {
    var form = comment.querySelector("form[data-ignore]");
    if (!form) return;
    var action = form.querySelector("input[name=action]");
    if (!action) {
      action = el("input");
      action.type = "hidden";
      action.name = "action";
      form.appendChild(action);
    }
    action.value = isIgnored ? "unignore" : "ignore";
    form.querySelector("button").textContent = isIgnored ? strings.unignore : strings.ignore;
  }

  function uncollapse(comment) {
    comment.classList.remove("comment--ignored", "comment--revealed");
    var toggleButton = comment.querySelector(":scope > .comment__ignored");
    if (toggleButton) toggleButton.remove();
    setIgnoreForm(comment, false);
  }

  function applyIgnored(root) {
    (root || document).querySelectorAll(".comment[data-author], .my-reply[data-author]").forEach(function (node) {
      if (ignored[node.getAttribute("data-author")]) collapse(node);
      else uncollapse(node);
    });
  }

  function watchNewComments() {
    var section = document.querySelector("section.comments");
    if (!section || !window.MutationObserver) return;
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) applyIgnored(node.parentNode || node);
        });
      });
    }).observe(section, { childList: true, subtree: true });
  }

  function setUpProfileIgnore() {
    var form = document.querySelector("[data-profile-ignore]");
    if (!form) return;
    var id = form.getAttribute("data-profile-ignore");
    if (String(me.user_id) === id) return;
    var undo = !!ignored[id];
    form.querySelector("input[name=action]").value = undo ? "unignore" : "ignore";
    form.querySelector("button").textContent = undo ? strings.unignore : strings.ignore;
    form.hidden = false;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("data-delete")) {
      // Deleting asks first (without this script the server shows a page that asks).
      if (!window.confirm(form.getAttribute("data-confirm"))) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      if (!form.querySelector("input[name=confirmed]")) {
        var confirmed = el("input");
        confirmed.type = "hidden";
        confirmed.name = "confirmed";
        confirmed.value = "1";
        form.appendChild(confirmed);
      }
      return;
    }
    if (!form.hasAttribute("data-ignore") || !me || !me.authenticated) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    var action = form.querySelector("input[name=action]");
    var undo = action && action.value === "unignore";
    var body = new FormData(form);
    // getAttribute: an input named "action" shadows form.action.
    post(form.getAttribute("action"), body).then(function (answer) {
      if (!answer.ok) { window.alert(answer.data.message || strings.error); return; }
      var id = String(answer.data.id);
      if (answer.data.ignored) ignored[id] = true; else delete ignored[id];
      applyIgnored();
      if (form.hasAttribute("data-profile-ignore")) setUpProfileIgnore();
      else if (!undo) {
        var comment = form.closest(".comment");
        if (comment) comment.scrollIntoView({ block: "nearest" });
      }
    }).catch(function () { window.alert(strings.error); });
  }, true);

  // --- One's own held comments, which no cached page contains. ---
  function insertPendingInArticle(section, comments) {
    comments.forEach(function (item) {
      if (document.getElementById("reactie-" + item.id)) return;
      var wrapper = el("li");
      wrapper.innerHTML = item.html;  // rendered and escaped by the server
      if (item.parent) {
        var parent = document.getElementById("reactie-" + item.parent);
        if (!parent) return;  // its thread is on another page of the discussion
        var holder = parent.parentElement;
        var replies = holder.querySelector(".comment-list--replies");
        if (!replies) {
          replies = el("ol", "comment-list comment-list--replies");
          holder.appendChild(replies);
        }
        replies.appendChild(wrapper);
      } else {
        var list = section.querySelector("[data-comment-list]");
        if (!list) return;
        list.insertBefore(wrapper, list.firstChild);
        var empty = section.querySelector("[data-comments-empty]");
        if (empty) empty.remove();
      }
    });
  }

  function insertPendingOnProfile(box, comments) {
    if (!comments.length) return;
    var list = box.querySelector("[data-pending-list]");
    comments.forEach(function (item) {
      var wrapper = el("li", "profile-comment profile-comment--pending");
      var where = el("p", "profile-comment__article", strings.under + " ");
      var link = el("a", null, item.article_title);
      link.href = item.article_url + "#reactie-" + item.id;
      where.appendChild(link);
      wrapper.appendChild(where);
      var body = el("div");
      body.innerHTML = item.html;  // rendered and escaped by the server
      wrapper.appendChild(body);
      list.appendChild(wrapper);
    });
    box.hidden = false;
  }

  function showPending() {
    var section = document.querySelector("section.comments[data-article]");
    if (section) {
      getJSON("/api/my-comments/pending/?article=" + section.getAttribute("data-article"))
        .then(function (data) { if (data) insertPendingInArticle(section, data.comments); })
        .catch(function () {});
    }
    var box = document.querySelector("[data-profile-pending]");
    if (box && box.getAttribute("data-profile-pending") === String(me.user_id)) {
      getJSON("/api/my-comments/pending/")
        .then(function (data) { if (data) insertPendingOnProfile(box, data.comments); })
        .catch(function () {});
    }
  }

  // --- Wiring: the first answer (/api/me/) sets everything up; polls of /api/notices/
  // (the same notice fields, without /api/me/'s one-time messages) refresh the bell. ---
  function apply(data, first) {
    me = data;
    if (!data.authenticated) return;
    ignored = {};
    (data.ignored || []).forEach(function (id) { ignored[String(id)] = true; });
    renderNotices(data);
    applyIgnored();
    if (first) {
      setUpProfileIgnore();
      showPending();
      watchNewComments();
      schedulePoll();
    }
  }

  function schedulePoll() {
    window.setTimeout(function () {
      if (document.visibilityState === "hidden") { schedulePoll(); return; }
      getJSON("/api/notices/")
        .then(function (data) { if (data && data.authenticated) apply(data, false); })
        .catch(function () {})
        .then(schedulePoll);
    }, POLL_MS);
  }

  // account.js may have had its answer before this script ran (deferred scripts load
  // in parallel): then it is waiting in window.kopbalMe.
  if (window.kopbalMe) apply(window.kopbalMe, true);
  else document.addEventListener("kopbal:me", function (event) { apply(event.detail, true); }, { once: true });
})();
