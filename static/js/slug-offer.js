// The article editor, once the article is live: Wagtail no longer copies the headline into
// the address. When the headline changes, a small prompt under it offers to update the
// address; one click sets the slug from the new headline (through Wagtail's own w-slug
// controller, so it is the slug a new article would get). Once published, the old address
// redirects to the new one (Wagtail's redirects, page_slug_changed).
(function () {
  "use strict";
  var script = document.currentScript;

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    var title = document.querySelector('input[name="title"][data-slug-offer]');
    var slug = document.querySelector('input[name="slug"]');
    if (!title || !slug) return;
    var initialTitle = title.value;

    var box = document.createElement("div");
    box.className = "slug-offer";
    box.setAttribute("role", "status");
    box.hidden = true;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-small button-secondary slug-offer__button";
    button.textContent = script.dataset.label;
    var note = document.createElement("p");
    note.className = "slug-offer__note";
    note.hidden = true;
    box.appendChild(button);
    box.appendChild(note);
    var wrapper = title.closest("[data-field-wrapper]") || title;
    wrapper.insertAdjacentElement("afterend", box);

    var applied = false;
    function update() {
      var changed = title.value.trim() !== initialTitle.trim() && title.value.trim() !== "";
      box.hidden = !changed && !applied;
      button.hidden = !changed;
      if (changed) note.hidden = !applied;
    }
    ["input", "change", "blur"].forEach(function (name) {
      title.addEventListener(name, function () {
        if (applied && name === "input") {
          // The headline moves on after the address was updated: offer it again.
          applied = false;
          note.hidden = true;
        }
        update();
      });
    });

    button.addEventListener("click", function () {
      slug.dispatchEvent(new CustomEvent("w-sync:apply", { detail: { value: title.value }, cancelable: true }));
      slug.dispatchEvent(new Event("change", { bubbles: true }));
      applied = true;
      note.textContent = script.dataset.done.replace("%(slug)s", slug.value);
      note.hidden = false;
      button.hidden = true;
      box.hidden = false;
    });
  });
})();
