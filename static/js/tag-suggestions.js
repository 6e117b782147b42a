// Tag suggestions in the article editor: a button above the club checkboxes asks the
// server which clubs, persons and competitions the headline, intro and body name; each
// suggestion is a button that ticks the club or competition, or adds the person.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script.dataset.tagSuggestUrl;

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  function checkbox(name, id) {
    return document.querySelector('input[type="checkbox"][name="' + name + '"][value="' + id + '"]');
  }

  function personChosen(id) {
    var inputs = document.querySelectorAll('input[name^="article_persons-"][name$="-person"]');
    return Array.prototype.some.call(inputs, function (input) {
      var form = input.closest("[id^='inline_child_article_persons-']");
      var deleted = form && form.querySelector('input[name$="-DELETE"]');
      return input.value === String(id) && !(deleted && deleted.value);
    });
  }

  function addPerson(person) {
    var add = document.getElementById("id_article_persons-ADD");
    if (!add) return false;
    add.click();
    var total = document.getElementById("id_article_persons-TOTAL_FORMS");
    var index = parseInt(total.value, 10) - 1;
    var input = document.getElementById("id_article_persons-" + index + "-person");
    if (!input) return false;
    input.value = String(person.id);
    var chooser = input.closest(".chooser") || input.parentElement;
    if (chooser) {
      chooser.classList.remove("blank");
      var title = chooser.querySelector("[data-chooser-title], .chooser__title");
      if (title) title.textContent = person.name;
    }
    return true;
  }

  function accepted(kind, item) {
    if (kind === "clubs" || kind === "competitions") {
      var box = checkbox(kind, item.id);
      return box ? box.checked : false;
    }
    return personChosen(item.id);
  }

  function accept(kind, item) {
    if (kind === "clubs" || kind === "competitions") {
      var box = checkbox(kind, item.id);
      if (!box) return false;
      box.checked = true;
      box.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    }
    return addPerson(item);
  }

  function render(panel, data) {
    var list = panel.querySelector(".tag-suggestions__list");
    list.textContent = "";
    var count = 0;
    ["clubs", "persons", "competitions"].forEach(function (kind) {
      (data[kind] || []).forEach(function (item) {
        count += 1;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button button-small button-secondary tag-suggestions__item";
        button.textContent = "+ " + item.name;
        button.dataset.kind = kind;
        button.dataset.id = item.id;
        if (accepted(kind, item)) {
          button.disabled = true;
          button.textContent = "\u2713 " + item.name;
        }
        button.addEventListener("click", function () {
          if (accept(kind, item)) {
            button.disabled = true;
            button.textContent = "\u2713 " + item.name;
          }
        });
        list.appendChild(button);
      });
    });
    if (!count) list.textContent = script.dataset.empty;
  }

  function ask(panel) {
    var form = panel.closest("form");
    var body = new FormData(form);
    var status = panel.querySelector(".tag-suggestions__list");
    fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": body.get("csrfmiddlewaretoken") || "" },
    })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) { render(panel, data); })
      .catch(function () { status.textContent = script.dataset.error; });
  }

  ready(function () {
    var first = document.querySelector('input[type="checkbox"][name="clubs"]');
    if (!first || !first.form) return;
    var field = first.closest("[data-field-wrapper], .w-field__wrapper, .w-panel") || first.parentElement;
    var panel = document.createElement("div");
    panel.className = "tag-suggestions";
    panel.setAttribute("aria-live", "polite");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-small tag-suggestions__ask";
    button.textContent = script.dataset.label;
    button.addEventListener("click", function () { ask(panel); });
    var list = document.createElement("div");
    list.className = "tag-suggestions__list";
    panel.appendChild(button);
    panel.appendChild(list);
    field.parentNode.insertBefore(panel, field);
  });
})();
