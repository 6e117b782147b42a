// The what-if page: recompute the table in the browser as the reader picks results, with
// no reload and no request. The server renders the same table for a plain form submit
// (kopbal/football/whatif.py); both order by the same rules:
//  - regular season: points, then wins. Beyond that the table goes by goal difference and
//    goals, which a picked 1/X/2 does not know: clubs still level SHARE a position ("=")
//    and are listed in today's order.
//  - play-offs: twice the unrounded total (halved points keep their half point, which loses
//    a tie: kopbal/football/standings.py), then the regular-season position: no ties.
(function () {
  "use strict";
  var dataNode = document.getElementById("whatif-data");
  var form = document.querySelector("[data-whatif-form]");
  var body = document.querySelector("[data-whatif-rows]");
  if (!dataNode || !form || !body) return;
  var data = JSON.parse(dataNode.textContent);
  var strings = JSON.parse(document.getElementById("whatif-strings").textContent);
  var status = document.querySelector("[data-whatif-status]");
  var submit = document.querySelector("[data-whatif-submit]");
  var jump = document.querySelector("[data-whatif-jump]");
  // The table follows every pick: nothing to submit, but on a phone it is above the
  // matches, so the bar offers a way back up to it.
  if (submit) submit.hidden = true;
  if (jump) {
    jump.hidden = false;
    jump.parentNode.classList.add("whatif__actions--js");
  }

  function cell(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = text;
    return node;
  }

  function table() {
    var lines = {};
    data.clubs.forEach(function (c) {
      lines[c.id] = {
        id: c.id, name: c.name, short: c.short, played: c.played, won: c.won, drawn: c.drawn,
        lost: c.lost, points: c.points, score: c.score, rank: c.rank
      };
    });
    function add(line, won, drawn) {
      var gained = 3 * won + drawn;
      line.played += 1;
      line.won += won;
      line.drawn += drawn;
      line.lost += 1 - won - drawn;
      line.points += gained;
      line.score += data.factor * gained;
    }
    data.matches.forEach(function (m) {
      var picked = form.querySelector('input[name="' + m.name + '"]:checked');
      var pick = picked ? picked.value : "";
      if (pick === "1") { add(lines[m.home], 1, 0); add(lines[m.away], 0, 0); }
      else if (pick === "X") { add(lines[m.home], 0, 1); add(lines[m.away], 0, 1); }
      else if (pick === "2") { add(lines[m.home], 0, 0); add(lines[m.away], 1, 0); }
    });
    var list = Object.keys(lines).map(function (id) { return lines[id]; });
    // What the picks decide; today's order (rank) breaks what they cannot.
    function decided(a, b) {
      if (a.score !== b.score) return b.score - a.score;
      if (data.winsDecide) return b.won - a.won;
      return a.rank - b.rank;
    }
    list.sort(function (a, b) { return decided(a, b) || a.rank - b.rank; });
    list.forEach(function (line, i) {
      var first = i;
      while (first > 0 && decided(list[first - 1], line) === 0) first -= 1;
      line.position = first + 1;
      line.shared = (i > 0 && decided(list[i - 1], line) === 0) ||
        (i < list.length - 1 && decided(list[i + 1], line) === 0);
    });
    return list;
  }

  function render() {
    var lines = table();
    var rows = document.createDocumentFragment();
    lines.forEach(function (line, i) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-club", line.id);
      if (data.zone > 0 && line.position <= data.zone) tr.className = "race-table__row--zone";
      if (data.zone < 0 && i === lines.length - 1) tr.className = "race-table__row--danger";
      tr.appendChild(cell("td", "race-table__num", (line.shared ? "=" : "") + line.position));
      var club = cell("th", "race-table__club", "");
      club.setAttribute("scope", "row");
      // The full name, or the short one on a phone (CSS), as the server renders it.
      club.appendChild(cell("span", "race-club race-club--long", line.name));
      club.appendChild(cell("span", "race-club race-club--short", line.short));
      tr.appendChild(club);
      [line.played, line.won, line.drawn, line.lost].forEach(function (n) {
        tr.appendChild(cell("td", "race-table__num", String(n)));
      });
      tr.appendChild(cell("td", "race-table__num race-table__points", String(line.points)));
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
    if (status) status.textContent = strings.updated;
  }

  form.addEventListener("change", render);
  form.addEventListener("submit", function (event) { event.preventDefault(); render(); });
})();
