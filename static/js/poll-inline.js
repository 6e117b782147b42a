// The article editor's "Lezerspoll" panel: a button under the poll chooser opens the chosen
// poll's question and answers in a modal; saving there saves the poll at once and updates the
// title shown by the chooser. Creating a poll is the chooser's own "Nieuwe poll" tab.
(function () {
  "use strict";
  var script = document.currentScript;
  var editUrl = script.dataset.pollEditUrl; // ends in "/0/": the poll's id goes there

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    var input = document.querySelector('input[type="hidden"][name="poll"]');
    var chooser = input && document.getElementById(input.id + "-chooser");
    if (!chooser || !window.ModalWorkflow) return;

    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-small button-secondary poll-inline__edit";
    button.textContent = script.dataset.label;
    chooser.insertAdjacentElement("afterend", button);

    function sync() {
      button.hidden = !input.value;
    }
    sync();
    // The chooser shows and clears its choice by toggling the "blank" class.
    new MutationObserver(sync).observe(chooser, { attributes: true, attributeFilter: ["class"] });

    button.addEventListener("click", function () {
      if (!input.value) return;
      window.ModalWorkflow({
        url: editUrl.replace(/\/0\/$/, "/" + encodeURIComponent(input.value) + "/"),
        onload: {
          poll_edit: function (modal) {
            modal.ajaxifyForm(modal.body.find("form.poll-quick-edit"));
          },
          poll_saved: function (modal, jsonData) {
            modal.respond("pollSaved", jsonData.result);
            modal.close();
          },
        },
        responses: {
          pollSaved: function (poll) {
            var title = chooser.querySelector("[data-chooser-title]");
            if (title) title.textContent = poll.string;
          },
        },
      });
    });
  });
})();
