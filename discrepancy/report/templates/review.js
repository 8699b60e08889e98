// The review page's behaviour: filters, search, j/k/x keys, reviewed marks kept in
// localStorage, and the export of the reviewed findings as a baseline file.
(function () {
  "use strict";
  var STORE = "discrepancy/reviewed@1";
  var data = JSON.parse(document.getElementById("baseline-data").textContent);
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var items = cards.map(function (card) {
    var d = card.dataset;
    return {
      card: card, id: d.id, kind: d.kind, verdict: d.verdict, severity: d.severity, event: d.event,
      outlets: d.outlets ? d.outlets.split("\n") : [],
      // a finding without a confidence is not held back by the cut
      confidence: d.confidence === "" ? 1 : parseFloat(d.confidence),
      text: card.textContent.toLowerCase(), box: card.querySelector(".reviewed-box")
    };
  });
  var byCard = new Map(items.map(function (item) { return [item.card, item]; }));
  var field = function (id) { return document.getElementById(id); };
  var filters = ["f-kind", "f-verdict", "f-severity", "f-outlet", "f-event", "f-confidence", "f-search", "f-unreviewed"];
  var current = null;

  var storage = null;
  try { storage = window.localStorage; storage.getItem(STORE); } catch (e) { storage = null; }
  if (!storage) { field("storage-note").hidden = false; }
  var reviewed = new Set();
  try { reviewed = new Set(JSON.parse((storage && storage.getItem(STORE)) || "[]")); } catch (e) { reviewed = new Set(); }

  function save() {
    if (!storage) { return; }
    try { storage.setItem(STORE, JSON.stringify(Array.from(reviewed).sort())); } catch (e) { field("storage-note").hidden = false; }
  }

  function paintReviewed(item) {
    var done = reviewed.has(item.id);
    item.card.classList.toggle("reviewed", done);
    item.box.checked = done;
  }

  function countReviewed() {
    var n = items.filter(function (item) { return reviewed.has(item.id); }).length;
    field("reviewed-count").textContent = String(n);
    field("export").disabled = n === 0;
  }

  function matches(item, f) {
    return (!f.kind || item.kind === f.kind) && (!f.verdict || item.verdict === f.verdict) &&
      (!f.severity || item.severity === f.severity) && (!f.event || item.event === f.event) &&
      (!f.outlet || item.outlets.indexOf(f.outlet) >= 0) && item.confidence >= f.confidence &&
      (!f.unreviewed || !reviewed.has(item.id)) &&
      f.words.every(function (w) { return item.text.indexOf(w) >= 0; });
  }

  function applyFilters() {
    var confidence = parseFloat(field("f-confidence").value);
    var f = {
      kind: field("f-kind").value, verdict: field("f-verdict").value, severity: field("f-severity").value,
      outlet: field("f-outlet").value, event: field("f-event").value,
      confidence: isNaN(confidence) ? 0 : confidence, unreviewed: field("f-unreviewed").checked,
      words: field("f-search").value.toLowerCase().split(/\s+/).filter(Boolean)
    };
    var shown = 0;
    items.forEach(function (item) {
      var show = matches(item, f);
      if (item.card.hidden === show) { item.card.hidden = !show; }
      if (show) { shown += 1; }
    });
    field("shown").textContent = String(shown);
    field("none-shown").hidden = shown > 0 || items.length === 0;
    if (current && current.hidden) { setCurrent(null); }
  }

  function setCurrent(card) {
    if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
    current = card;
    if (card) {
      card.classList.add("current");
      card.setAttribute("aria-current", "true");
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: "nearest" });
    }
  }

  function move(step) {
    var visible = cards.filter(function (card) { return !card.hidden; });
    if (!visible.length) { return; }
    var at = visible.indexOf(current);
    var next = at < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.min(Math.max(at + step, 0), visible.length - 1);
    setCurrent(visible[next]);
  }

  function toggleReviewed(item) {
    if (reviewed.has(item.id)) { reviewed.delete(item.id); } else { reviewed.add(item.id); }
    items.forEach(function (other) { if (other.id === item.id) { paintReviewed(other); } });
    save();
    countReviewed();
    if (field("f-unreviewed").checked) { applyFilters(); }
  }

  function toggleContext(card) {
    var open = card.classList.toggle("with-context");
    card.querySelector(".context-toggle").setAttribute("aria-expanded", String(open));
  }

  // The file `discrepancy baseline` writes: entries sorted by id, keys sorted, two-space indent.
  // Entries the page's own baseline accepted, and that still occur, stay in it.
  function baselineText() {
    var chosen = {};
    (data.kept || []).forEach(function (entry) { chosen[entry.id] = entry; });
    items.forEach(function (item) { if (reviewed.has(item.id)) { chosen[item.id] = data.entries[item.id]; } });
    var ids = Object.keys(chosen).sort();
    var doc = { findings: ids.map(function (id) { return sortedKeys(chosen[id]); }), schema: data.schema };
    return JSON.stringify(doc, null, 2) + "\n";
  }

  function sortedKeys(entry) {
    var out = {};
    Object.keys(entry).sort().forEach(function (key) { out[key] = entry[key]; });
    return out;
  }

  function exportBaseline() {
    var url = URL.createObjectURL(new Blob([baselineText()], { type: "application/json" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = "discrepancy-baseline.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  filters.forEach(function (id) {
    field(id).addEventListener(id === "f-search" || id === "f-confidence" ? "input" : "change", applyFilters);
  });
  field("export").addEventListener("click", exportBaseline);
  document.getElementById("findings").addEventListener("click", function (event) {
    var card = event.target.closest("article.card");
    if (!card) { return; }
    if (event.target.classList.contains("reviewed-box")) { toggleReviewed(byCard.get(card)); }
    else if (event.target.classList.contains("context-toggle")) { toggleContext(card); }
    if (card !== current) { setCurrent(card); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var typing = event.target.closest && event.target.closest("input[type=search], input[type=number], select, textarea");
    if (typing) {
      if (event.key === "Escape") { event.target.blur(); }
      return;
    }
    var actions = {
      j: function () { move(1); },
      k: function () { move(-1); },
      x: function () { if (current) { toggleReviewed(byCard.get(current)); } },
      c: function () { if (current) { toggleContext(current); } },
      "/": function () { field("f-search").focus(); }
    };
    if (actions[event.key]) { event.preventDefault(); actions[event.key](); }
  });

  items.forEach(paintReviewed);
  countReviewed();
  applyFilters();
  window.discrepancyReview = { applyFilters: applyFilters, baselineText: baselineText };
}());
