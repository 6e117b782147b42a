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
