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

  // The persons panel is a MultipleChooserPanel: its "add" button opens the chooser modal
  // and adds one form per chosen item. The modal is skipped for one click by answering it
  // with the suggested person, so the panel adds the form and fills the chooser itself.
  function addPerson(person) {
    var definition = document.getElementById("id_article_persons-CHOOSER_WIDGET");
    var open = document.getElementById("id_article_persons-OPEN_MODAL");
    if (!definition || !open || !window.telepath) return false;
    var factory = window.telepath.unpack(JSON.parse(definition.textContent));
    var proto = Object.getPrototypeOf(factory);
    var original = proto.openModal;
    proto.openModal = function (callback) {
      callback([{ id: person.id, string: person.name, edit_url: "" }]);
    };
    try {
      open.click();
    } finally {
      proto.openModal = original;
    }
    return personChosen(person.id);
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
    // The admin does not load the site's stylesheet: the little layout is set here.
    panel.style.marginBottom = "1rem";
    list.style.cssText = "display:flex;flex-wrap:wrap;gap:0.5rem;margin-top:0.5rem";
    panel.appendChild(button);
    panel.appendChild(list);
    field.parentNode.insertBefore(panel, field);
  });
})();
