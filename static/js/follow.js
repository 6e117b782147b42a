// Follow buttons and "Mijn nieuws". Pages are cached whole for everyone, so every button
// arrives neutral ("Volgen") and this script shows the reader's own state:
// - logged in (account.js sets data-state="in" on the header): from /api/volgen/ (private),
//   and a tap POSTs to the button's own address with the CSRF token from the cookie;
// - logged out: from the choices kept in this browser (localStorage). A tap never calls
//   the server; "Mijn nieuws" asks the public /api/mijn-nieuws/ for the articles of the
//   chosen subjects, a URL that is the same for everyone with the same choices.
// Without JavaScript the button is a GET form to a page that asks (after logging in).
(function () {
  "use strict";
  var STORE = "kopbal.follows";
  var buttons = Array.prototype.slice.call(document.querySelectorAll("form[data-follow]"));
  var myNews = document.querySelector("[data-my-news]");
  var header = document.querySelector("[data-account]");
  if ((!buttons.length && !myNews) || !header || !window.fetch) return;

  var mode = null; // "account" or "browser", once known
  var following = [];

  function cookie(name) {
    var match = document.cookie.match("(?:^|; )" + name + "=([^;]*)");
    return match ? decodeURIComponent(match[1]) : "";
  }

  function valid(key) {
    return typeof key === "string" && /^(club|person|competition):[\w-]{1,100}$/.test(key);
  }

  function browserChoices() {
    try {
      var list = JSON.parse(localStorage.getItem(STORE) || "[]");
      return Array.isArray(list) ? list.filter(valid) : [];
    } catch (e) {
      return [];
    }
  }

  function browserStore(list) {
    try {
      if (list.length) localStorage.setItem(STORE, JSON.stringify(list));
      else localStorage.removeItem(STORE);
    } catch (e) {
      // Storage full or switched off: the choice lasts as long as the page.
    }
  }

  function isFollowed(key) {
    return following.indexOf(key) !== -1;
  }

  function paint() {
    // A hook for styles and tests: the buttons now show this reader's state.
    document.documentElement.setAttribute("data-follow-mode", mode);
    buttons.forEach(function (form) {
      var on = isFollowed(form.getAttribute("data-follow"));
      var button = form.querySelector("button");
      button.setAttribute("aria-pressed", on ? "true" : "false");
      form.classList.toggle("follow--on", on);
      form.querySelector(".follow__label").textContent = button.getAttribute(
        on ? "data-label-on" : "data-label-off"
      );
    });
  }

  function set(key, on) {
    following = following.filter(function (k) {
      return k !== key;
    });
    if (on) following.push(key);
    following.sort();
  }

  function toggle(form) {
    var key = form.getAttribute("data-follow");
    var on = !isFollowed(key);
    if (mode === "browser") {
      set(key, on);
      browserStore(following);
      paint();
      if (myNews) browserNews();
      return;
    }
    var body = new URLSearchParams();
    body.set("actie", on ? "volgen" : "ontvolgen");
    form.querySelector("button").disabled = true;
    fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": cookie("csrftoken"), Accept: "application/json" },
      body: body,
    })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        set(data.key, data.following);
        paint();
        // "Mijn nieuws" of an account is built by the server: show the new articles.
        if (myNews) location.reload();
      })
      .catch(function () {
        form.submit(); // the page that asks works without this script
      })
      .then(function () {
        form.querySelector("button").disabled = false;
      });
  }

  buttons.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (mode === null) return; // not known yet: the plain form does it
      event.preventDefault();
      toggle(form);
    });
  });

  // --- "Mijn nieuws" without an account ---------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function part(name) {
    return myNews.querySelector("[data-my-news-" + name + "]");
  }

  // One URL per set of subjects: kinds in a fixed order, names sorted, no repeats.
  function newsQuery(keys, page) {
    var params = { club: [], persoon: [], competitie: [] };
    var names = { club: "club", person: "persoon", competition: "competitie" };
    keys.forEach(function (key) {
      var bits = key.split(":");
      params[names[bits[0]]].push(bits[1]);
    });
    var query = [];
    ["club", "competitie", "persoon"].forEach(function (name) {
      var slugs = params[name].filter(function (slug, i, all) {
        return all.indexOf(slug) === i;
      });
      if (slugs.length) query.push(name + "=" + slugs.sort().join(","));
    });
    if (page > 1) query.push("pagina=" + page);
    return myNews.getAttribute("data-api") + "?" + query.join("&");
  }

  function when(iso) {
    var date = new Date(iso);
    return date.toLocaleString("nl-BE", {
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
    });
  }

  function teaser(article) {
    var item = el("li");
    var box = el("article", "teaser");
    var text = el("div", "teaser__text");
    var title = el("h3", "teaser__title");
    var link = el("a", "", article.headline);
    link.href = article.url;
    title.appendChild(link);
    var time = el("time", "", when(article.first_published_at));
    time.setAttribute("datetime", article.first_published_at);
    var meta = el("p", "teaser__meta");
    meta.appendChild(time);
    text.append(title, el("p", "teaser__intro", article.teaser), meta);
    box.appendChild(text);
    item.appendChild(box);
    return item;
  }

  function chips(subjects) {
    var list = part("chips");
    var label = list.getAttribute("data-label-remove");
    list.replaceChildren();
    subjects.forEach(function (subject) {
      var chip = el("li", "follow-chip");
      var link = el("a", "", subject.name);
      link.href = subject.url;
      var remove = el("button", "follow-chip__remove");
      remove.type = "button";
      remove.title = label.replace("{name}", subject.name);
      remove.appendChild(el("span", "", "\u00d7")).setAttribute("aria-hidden", "true");
      remove.appendChild(el("span", "visually-hidden", remove.title));
      remove.addEventListener("click", function () {
        set(subject.key, false);
        browserStore(following);
        paint();
        browserNews();
      });
      chip.append(link, remove);
      list.appendChild(chip);
    });
  }

  var newsPage = 1;

  function browserNews(more) {
    var list = part("list");
    var moreButton = part("more");
    var empty = !following.length;
    part("empty").hidden = !empty;
    part("subjects").hidden = empty;
    part("articles").hidden = empty;
    if (empty) return;
    newsPage = more ? newsPage + 1 : 1;
    moreButton.hidden = true;
    fetch(newsQuery(following, newsPage), { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (answer) {
        var data = answer.data;
        if (!answer.ok && data.unknown) {
          // Removed from the site since it was chosen: forget it and ask again.
          following = following.filter(function (key) {
            return data.unknown.indexOf(key) === -1;
          });
          browserStore(following);
          paint();
          return browserNews();
        }
        if (!answer.ok) throw new Error(data.message);
        if (!more) {
          chips(data.subjects);
          list.replaceChildren();
        }
        data.articles.forEach(function (article) {
          list.appendChild(teaser(article));
        });
        if (!list.children.length) {
          list.appendChild(el("li", "empty", list.getAttribute("data-label-empty")));
        }
        moreButton.hidden = !data.has_next;
      })
      .catch(function () {
        list.replaceChildren(el("li", "empty", list.getAttribute("data-label-error")));
      });
  }

  // --- "Mijn nieuws" of an account: keep this browser's choices? ---------------------------

  function offerMerge() {
    var extra = browserChoices().filter(function (key) {
      return !isFollowed(key);
    });
    var box = part("merge");
    if (!extra.length || !box) return;
    var text = part("merge-text");
    var names = extra.map(function (key) {
      return key.split(":")[1].replace(/-/g, " ");
    });
    text.textContent = text.getAttribute("data-template").replace("{names}", names.join(", "));
    box.hidden = false;
    part("merge-no").addEventListener("click", function () {
      browserStore([]);
      box.hidden = true;
    });
    part("merge-yes").addEventListener("click", function () {
      var body = new URLSearchParams();
      extra.forEach(function (key) {
        body.append("onderwerp", key);
      });
      fetch(myNews.getAttribute("data-merge-url"), {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": cookie("csrftoken"), Accept: "application/json" },
        body: body,
      })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          browserStore([]);
          location.reload();
        })
        .catch(function () {
          box.hidden = true;
        });
    });
  }

  // --- Who is reading ---------------------------------------------------------------------

  function start(state) {
    if (mode !== null) return;
    if (state === "in") {
      fetch("/api/volgen/", { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) {
          mode = "account";
          following = data.follows;
          paint();
          if (myNews) offerMerge();
        })
        .catch(function () {
          // Unknown: the buttons stay plain forms, which always work.
        });
    } else {
      mode = "browser";
      following = browserChoices();
      paint();
      if (myNews && myNews.getAttribute("data-my-news") === "browser") {
        part("more").addEventListener("click", function () {
          browserNews(true);
        });
        browserNews();
      }
    }
  }

  // account.js asks /api/me/ and marks the header; follow along instead of asking again.
  var state = header.getAttribute("data-state");
  if (state) {
    start(state);
  } else {
    var watch = new MutationObserver(function () {
      var now = header.getAttribute("data-state");
      if (now) {
        watch.disconnect();
        start(now);
      }
    });
    watch.observe(header, { attributes: true, attributeFilter: ["data-state"] });
  }
})();
