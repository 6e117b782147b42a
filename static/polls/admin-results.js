// Reloads a poll's results panel in the admin every 10 seconds, while the tab is visible.
// The server renders the numbers (the same template as the first render); this only swaps them in.
(() => {
  "use strict";

  const INTERVAL_MS = 10000;

  const reload = async (panel) => {
    if (document.hidden) return;
    try {
      const response = await fetch(panel.dataset.pollResultsUrl, {
        credentials: "same-origin",
        headers: { "X-Requested-With": "XMLHttpRequest" },
      });
      // A redirect means the session has ended (the login page): keep the last numbers.
      if (response.ok && !response.redirected) {
        panel.innerHTML = await response.text();
      }
    } catch {
      // Offline for a moment: try again at the next tick.
    }
  };

  const start = () => {
    document.querySelectorAll("[data-poll-results-url]").forEach((panel) => {
      window.setInterval(() => reload(panel), INTERVAL_MS);
    });
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
