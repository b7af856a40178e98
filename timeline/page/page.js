/* The timeline page script.
 *
 * Reads the JSON block written by timeline/render.py, draws the Plotly figure, then adds what Plotly cannot do
 * cheaply for thousands of events: labels that never overlap (thinned by zoom level), a hover card for spans and
 * markers alike, the details of a clicked event, a legend that shows and hides sources, and the table of events.
 *
 * ``data.events`` holds each event once (the table, the details); ``data.marks`` each drawn mark: an event reported
 * by several sources has a mark in each of their lanes.  Hover and click on any of them show the same event.
 *
 * Safety: article text reaches the page only through textContent and createTextNode, never as HTML; links are
 * made only from http(s) addresses.  No network access: everything is in the page.
 */
(function () {
  "use strict";

  performance.mark("timeline:script");
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  performance.mark("timeline:data");
  var gd = document.getElementById(data.div);
  var events = data.events;
  var marks = data.marks;
  var sources = data.sources;
  var groups = data.groups;
  var wrap = gd.parentNode;
  var labelsLayer = document.getElementById("labels");
  var tooltip = document.getElementById("tooltip");
  var boxes = [document.getElementById("selected-box")];
  var panel = document.getElementById("details");
  var table = document.getElementById("events-table");
  var tbody = document.getElementById("events-body");
  var statusLine = document.getElementById("table-status");
  var filterInput = document.getElementById("filter");

  var LABEL_CHARS = 44;        // longest label drawn on the chart; the hover and the table show it whole
  var MAX_LABELS = 250;        // labels drawn at once, at most
  var LABEL_GAP = 8;           // pixels kept free between two labels in a row
  var HIT_PX = 8;              // how near a marker the mouse must be, in pixels
  var MIN_CHUNK = 200;         // table rows added per step at least, and at most (while the browser is idle)
  var MAX_CHUNK = 2000;
  var TOOLTIP_CHARS = 320;     // longest sentence in the hover card

  var state = { hidden: {}, selected: -1, rows: [], firstDraw: null, tableDone: null, drawnLabels: [] };
  var eventMarks = events.map(function () { return []; });   // each event's marks, in lane order
  marks.forEach(function (mark, index) { eventMarks[mark.e].push(index); });
  window.timelinePage = {
    data: data, state: state, hitTest: hitTest, pixelOf: pixelOf, select: select,
    marksOf: function (index) { return eventMarks[index].slice(); }
  };

  // ------------------------------------------------------------------------------------------- small helpers

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\/[^\s\/]/i.test(url) ? url : null;
  }

  function shorten(text, limit) {
    var flat = String(text).replace(/\s+/g, " ").trim();
    if (flat.length <= limit) return flat;
    var cut = flat.slice(0, limit - 1);
    var space = cut.lastIndexOf(" ");
    return (space > limit / 2 ? cut.slice(0, space) : cut).replace(/[,;:\-\u2013 ]+$/, "") + "\u2026";
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  function sourceLine(source) {
    var parts = [source.title];
    if (source.outlet) parts.push(source.outlet);
    if (source.published) parts.push("published " + source.published);
    return parts.join(" \u00b7 ");
  }

  /* The sentence with the expression marked; ``limit`` keeps the card short around the expression. */
  function quote(mention, limit) {
    var sentence = mention[1], start = mention[2], end = mention[3];
    var before = sentence.slice(0, start), expression = sentence.slice(start, end), after = sentence.slice(end);
    if (limit) {
      var side = Math.max(40, Math.floor((limit - expression.length) / 2));
      if (before.length > side) before = "\u2026" + before.slice(before.length - side).replace(/^\S*\s/, "");
      if (after.length > side) after = after.slice(0, side).replace(/\s\S*$/, "") + "\u2026";
    }
    var node = el("blockquote");
    node.appendChild(document.createTextNode(before));
    if (end > start) node.appendChild(el("mark", null, expression));
    node.appendChild(document.createTextNode(after));
    return node;
  }

  function reportedBy(ev) {
    var text = "reported by " + plural(ev.sources, "source");
    if (ev.mentions.length > ev.sources) text += " in " + plural(ev.mentions.length, "sentence");
    return text;
  }

  /* Whether an event is drawn: some mark of it belongs to a source that is not hidden. */
  function eventShown(index) {
    var list = eventMarks[index];
    for (var k = 0; k < list.length; k++) if (!state.hidden[marks[list[k]].g]) return true;
    return false;
  }

  function precisionLine(ev) {
    var parts = ["precision: " + ev.precision];
    if (ev.note) parts.push(ev.note);
    if (ev.kind !== "dated") parts.push(ev.kind);
    return parts.join(" \u00b7 ");
  }

  // ------------------------------------------------------------------------------------------- geometry

  function axes() {
    var layout = gd._fullLayout;
    return { xa: layout.xaxis, ya: layout.yaxis, size: layout._size };
  }

  /* Rows of marks (same y) sorted by start, with the running maximum of their ends, for hit tests. */
  function buildRows() {
    var byRow = {};
    marks.forEach(function (mark, index) {
      var key = mark.y.toFixed(4);
      (byRow[key] = byRow[key] || []).push(index);
    });
    state.rows = Object.keys(byRow).map(function (key) {
      var list = byRow[key].sort(function (a, b) { return events[marks[a].e].x0 - events[marks[b].e].x0 || a - b; });
      var maxEnd = [], running = -Infinity;
      list.forEach(function (index) { running = Math.max(running, events[marks[index].e].x1); maxEnd.push(running); });
      return { y: Number(key), list: list, maxEnd: maxEnd };
    });
  }

  /* The mark under a point of the window, or -1.  Markers win over the spans they sit on; short spans over long. */
  function hitTest(clientX, clientY) {
    var a = axes(), rect = gd.getBoundingClientRect();
    var px = clientX - rect.left - a.size.l, py = clientY - rect.top - a.size.t;
    if (px < 0 || py < 0 || px > a.size.w || py > a.size.h) return -1;
    var x = a.xa.p2c(px), tolerance = Math.abs(a.xa.p2c(px + HIT_PX) - x);
    var best = -1, bestScore = Infinity, reach = data.barPx / 2 + 4;
    state.rows.forEach(function (row) {
      var dy = Math.abs(a.ya.c2p(row.y) - py);
      if (dy > reach) return;
      var low = 0, high = row.list.length - 1, last = -1;
      while (low <= high) {
        var middle = (low + high) >> 1;
        if (events[marks[row.list[middle]].e].x0 <= x + tolerance) { last = middle; low = middle + 1; } else high = middle - 1;
      }
      for (var k = last; k >= 0 && row.maxEnd[k] >= x - tolerance; k--) {
        var index = row.list[k], ev = events[marks[index].e];
        if (state.hidden[marks[index].g] || ev.x1 < x - tolerance) continue;
        var distance = x < ev.x0 ? ev.x0 - x : (x > ev.x1 ? x - ev.x1 : 0);
        if (!ev.point && distance > 0) continue;
        var score = dy + (distance / tolerance) * HIT_PX + (ev.point ? 0 : 3) + (ev.x1 - ev.x0) / 1e14;
        if (score < bestScore) { bestScore = score; best = index; }
      }
    });
    return best;
  }

  /* Where a mark is drawn, in window coordinates (the middle of its visible part), or null if out of view. */
  function pixelOf(index) {
    var a = axes(), mark = marks[index], ev = events[mark.e], rect = gd.getBoundingClientRect();
    var left = Math.max(0, a.xa.c2p(ev.x0)), right = Math.min(a.size.w, a.xa.c2p(ev.x1));
    if (right < left) return null;
    return { x: rect.left + a.size.l + (left + right) / 2, y: rect.top + a.size.t + a.ya.c2p(mark.y) };
  }

  // ------------------------------------------------------------------------------------------- labels

  var measure = document.createElement("canvas").getContext("2d");
  var labelTexts = events.map(function (ev) { return shorten(ev.label, LABEL_CHARS); });
  var labelWidths = new Float64Array(events.length).fill(-1);
  var labelOrder = events.map(function (ev, index) { return index; }).sort(function (a, b) {
    return events[b].sources - events[a].sources || a - b;
  });
  var labelPool = el("div", "label-pool");
  labelsLayer.insertBefore(labelPool, labelsLayer.firstChild);

  function labelWidth(index) {
    if (labelWidths[index] < 0) labelWidths[index] = Math.ceil(measure.measureText(labelTexts[index]).width) + 6;
    return labelWidths[index];
  }

  function overlaps(taken, left, right) {
    for (var k = 0; k < taken.length; k++) if (left < taken[k][1] && right > taken[k][0]) return true;
    return false;
  }

  /* Greedy placement: most-reported events first, then in time order; a label goes above a mark where it overlaps
     no label already placed in that row.  Two passes: first each event's first shown mark, then its marks in the
     other lanes, so that repeating a merged event's label never takes the room of another event's only label.
     What does not fit now appears on zooming in. */
  function placeLabels() {
    var a = axes();
    if (!a.xa || !a.size) return;
    labelsLayer.style.left = a.size.l + "px";
    labelsLayer.style.top = a.size.t + "px";
    labelsLayer.style.width = a.size.w + "px";
    labelsLayer.style.height = a.size.h + "px";
    var probe = labelPool.firstChild || labelPool.appendChild(el("div", "label"));
    var font = window.getComputedStyle(probe).font;
    if (measure.font !== font) { measure.font = font; labelWidths.fill(-1); }
    var taken = {}, shown = [], width = a.size.w;
    for (var pass = 0; pass < 2; pass++) {
      for (var n = 0; n < labelOrder.length && shown.length < MAX_LABELS; n++) {
        var index = labelOrder[n], ev = events[index], list = eventMarks[index];
        if (pass === 1 && list.length < 2) continue;
        var p0 = a.xa.c2p(ev.x0), p1 = a.xa.c2p(ev.x1);
        if (p1 < 0 || p0 > width) continue;
        var size = labelWidth(index);
        var left = Math.max(0, ev.point ? p0 - 6 : p0);
        if (left + size > width) left = Math.max(0, width - size);
        var visible = list.filter(function (k) { return !state.hidden[marks[k].g]; });
        var candidates = pass === 0 ? visible.slice(0, 1) : visible.slice(1);
        for (var j = 0; j < candidates.length && shown.length < MAX_LABELS; j++) {
          var mark = marks[candidates[j]];
          var key = mark.y.toFixed(4), row = taken[key] || (taken[key] = []);
          if (overlaps(row, left - LABEL_GAP / 2, left + size + LABEL_GAP / 2)) continue;
          row.push([left - LABEL_GAP / 2, left + size + LABEL_GAP / 2]);
          shown.push([index, left, a.ya.c2p(mark.y) - data.barPx / 2 - 17, candidates[j]]);
        }
      }
    }
    while (labelPool.childNodes.length < shown.length) labelPool.appendChild(el("div", "label"));
    for (var k = 0; k < labelPool.childNodes.length; k++) {
      var node = labelPool.childNodes[k];
      if (k >= shown.length) { node.hidden = true; continue; }
      node.hidden = false;
      node.textContent = labelTexts[shown[k][0]];
      node.style.left = shown[k][1] + "px";
      node.style.top = shown[k][2] + "px";
      node.setAttribute("data-index", shown[k][0]);
      node.setAttribute("data-mark", shown[k][3]);
    }
    state.drawnLabels = shown.map(function (item) { return item[3]; });
    updateBox();
  }

  /* Outline every shown mark of the selected event: the same happening in each lane that reports it. */
  function updateBox() {
    var index = state.selected, list = index < 0 ? [] : eventMarks[index].filter(function (k) {
      return !state.hidden[marks[k].g];
    });
    while (boxes.length < list.length) {
      var extra = el("div", "selected-box");
      boxes[0].parentNode.appendChild(extra);
      boxes.push(extra);
    }
    if (!list.length) { boxes.forEach(function (node) { node.hidden = true; }); return; }
    var a = axes(), ev = events[index];
    var p0 = a.xa.c2p(ev.x0), p1 = a.xa.c2p(ev.x1), pad = ev.point ? 9 : 4;
    boxes.forEach(function (node, k) {
      if (k >= list.length) { node.hidden = true; return; }
      node.hidden = false;
      node.style.left = (p0 - pad) + "px";
      node.style.width = (p1 - p0 + 2 * pad) + "px";
      node.style.top = (a.ya.c2p(marks[list[k]].y) - data.barPx / 2 - 5) + "px";
      node.style.height = (data.barPx + 10) + "px";
    });
  }

  // ------------------------------------------------------------------------------------------- hover and click

  /* The hover card of a mark: its event, quoting the sentence of the source whose lane the mark is in. */
  function showTooltip(markIndex, clientX, clientY) {
    var mark = marks[markIndex], index = mark.e, ev = events[index], first = ev.mentions[mark.m];
    var source = sources[first[0]];
    tooltip.textContent = "";
    var head = el("div");
    head.appendChild(el("span", "as-written", "\u201c" + first[4] + "\u201d"));
    head.appendChild(document.createTextNode(" \u2192 "));
    head.appendChild(el("span", "when", ev.when));
    tooltip.appendChild(head);
    tooltip.appendChild(el("div", "meta", precisionLine(ev)));
    tooltip.appendChild(quote(first, TOOLTIP_CHARS));
    tooltip.appendChild(el("div", "meta", sourceLine(source)));
    tooltip.appendChild(el("div", "hint", reportedBy(ev) + " \u00b7 click for every sentence"));
    tooltip.hidden = false;
    tooltip.setAttribute("data-index", index);
    tooltip.setAttribute("data-mark", markIndex);
    var width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    var left = clientX + 14, top = clientY + 16;
    if (left + width > window.innerWidth - 8) left = Math.max(8, clientX - width - 14);
    if (top + height > window.innerHeight - 8) top = Math.max(8, clientY - height - 12);
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  function hideTooltip() {
    tooltip.hidden = true;
    wrap.classList.remove("over-event");
  }

  function renderDetails(container, index, closable) {
    var ev = events[index];
    container.textContent = "";
    if (closable) {
      var close = el("button", "close", "Close");
      close.type = "button";
      close.addEventListener("click", function () { select(-1); });
      container.appendChild(close);
    }
    container.appendChild(el("h3", null, ev.when + " \u2014 " + shorten(ev.label, 120)));
    container.appendChild(el("p", "meta", precisionLine(ev) + " \u00b7 " + reportedBy(ev)));
    ev.mentions.forEach(function (mention) {
      var source = sources[mention[0]], figure = el("figure");
      figure.appendChild(quote(mention, 0));
      var caption = el("figcaption");
      caption.appendChild(document.createTextNode("\u201c" + mention[4] + "\u201d \u2014 "));
      var url = safeUrl(source.url);
      if (url) {
        var link = el("a", null, source.title);
        link.href = url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        caption.appendChild(link);
      } else {
        caption.appendChild(el("cite", null, source.title));
      }
      var rest = [];
      if (source.outlet) rest.push(source.outlet);
      if (source.published) rest.push("published " + source.published);
      if (rest.length) caption.appendChild(document.createTextNode(" \u00b7 " + rest.join(" \u00b7 ")));
      figure.appendChild(caption);
      container.appendChild(figure);
    });
  }

  /* Select an event (or none with -1): outline its marks on the chart and show its details under the chart. */
  function select(index) {
    state.selected = index;
    updateBox();
    if (index < 0) { panel.hidden = true; panel.textContent = ""; return; }
    renderDetails(panel, index, true);
    panel.hidden = false;
  }

  gd.addEventListener("mousemove", function (event) {
    var index = hitTest(event.clientX, event.clientY);
    if (index < 0) { hideTooltip(); return; }
    wrap.classList.add("over-event");
    showTooltip(index, event.clientX, event.clientY);
  });
  gd.addEventListener("mouseleave", hideTooltip);
  gd.addEventListener("click", function (event) {
    var hit = hitTest(event.clientX, event.clientY);
    if (hit < 0) return;
    select(marks[hit].e);
    var rect = panel.getBoundingClientRect();
    if (rect.top > window.innerHeight || rect.bottom < 0) panel.scrollIntoView({ block: "nearest" });
  });

  // ------------------------------------------------------------------------------------------- legend

  function buildLegend() {
    var legend = document.getElementById("legend");
    var counts = groups.map(function () { return 0; }), last = groups.map(function () { return -1; });
    marks.forEach(function (mark) {  // events reported by the group's source(s); marks come in event order
      if (last[mark.g] !== mark.e) { counts[mark.g] += 1; last[mark.g] = mark.e; }
    });
    groups.forEach(function (group, index) {
      if (!counts[index]) return;
      var button = el("button");
      button.type = "button";
      button.setAttribute("aria-pressed", "true");
      button.title = group.name + ": click to show or hide";
      var swatch = el("span", "swatch");
      swatch.style.background = group.colour;
      button.appendChild(swatch);
      button.appendChild(el("span", "name", group.name));
      button.appendChild(el("span", "count", counts[index]));
      button.addEventListener("click", function () {
        var hidden = !state.hidden[index];
        state.hidden[index] = hidden;
        button.setAttribute("aria-pressed", hidden ? "false" : "true");
        if (group.traces.length) Plotly.restyle(gd, { visible: hidden ? "legendonly" : true }, group.traces);
        hideTooltip();
        applyFilter();
      });
      legend.appendChild(button);
    });
  }

  // ------------------------------------------------------------------------------------------- table

  var rowTexts = [];

  function rowText(index) {
    if (rowTexts[index] === undefined) {
      var ev = events[index];
      rowTexts[index] = [ev.when, ev.label, ev.text, ev.value].concat(ev.mentions.map(function (mention) {
        return sources[mention[0]].title;
      })).join("\n").toLowerCase();
    }
    return rowTexts[index];
  }

  function tableRow(index) {
    var ev = events[index], row = el("tr");
    row.setAttribute("data-index", index);
    var when = el("td", "when", ev.when);
    when.appendChild(el("span", "precision", ev.precision));
    row.appendChild(when);
    var cell = el("td", "event"), button = el("button", null, ev.label);
    button.type = "button";
    button.setAttribute("aria-expanded", "false");
    cell.appendChild(button);
    row.appendChild(cell);
    row.appendChild(el("td", "as-written", ev.text));
    var names = el("td", "sources"), seen = {};
    ev.mentions.forEach(function (mention) {
      if (seen[mention[0]]) return;
      seen[mention[0]] = true;
      var source = sources[mention[0]], line = el("div"), dot = el("span", "dot");
      dot.style.background = groups[source.group] ? groups[source.group].colour : "#888";
      line.appendChild(dot);
      line.appendChild(document.createTextNode(shorten(source.title, 70)));
      names.appendChild(line);
    });
    row.appendChild(names);
    return row;
  }

  /* One listener for every row's button (50,000 rows need no 50,000 listeners). */
  table.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("td.event button") : null;
    if (!button) return;
    var row = button.closest("tr");
    toggleRow(row, Number(row.getAttribute("data-index")), button);
  });

  function toggleRow(row, index, button) {
    var next = row.nextSibling;
    if (next && next.classList && next.classList.contains("detail-row")) {
      next.parentNode.removeChild(next);
      row.classList.remove("open");
      button.setAttribute("aria-expanded", "false");
      return;
    }
    var detail = el("tr", "detail-row"), cell = el("td"), content = el("div", "details");
    cell.colSpan = 4;
    renderDetails(content, index, false);
    cell.appendChild(content);
    detail.appendChild(cell);
    row.parentNode.insertBefore(detail, row.nextSibling);
    row.classList.add("open");
    button.setAttribute("aria-expanded", "true");
    state.selected = index;
    showOnChart(index);
  }

  /* Pan the chart (keeping its zoom) so that an event is in view, and outline it. */
  function showOnChart(index) {
    var a = axes(), ev = events[index];
    var low = a.xa.p2c(0), high = a.xa.p2c(a.size.w);
    if (ev.x1 < low || ev.x0 > high) {
      var width = high - low, middle = (ev.x0 + ev.x1) / 2;
      Plotly.relayout(gd, { "xaxis.range": [middle - width / 2, middle + width / 2] });
    } else {
      updateBox();
    }
  }

  /* The first rows show at once; the rest are built in idle time into a second, hidden body, shown when complete:
     a hidden body costs no layout, where a visible one is laid out again at every step (minutes for 50,000 rows). */
  function renderTable() {
    var next = 0, target = tbody;
    var later = window.requestIdleCallback
      ? function (fn) { window.requestIdleCallback(fn, { timeout: 200 }); }
      : function (fn) { window.setTimeout(fn, 0); };
    function step(deadline) {
      var fragment = document.createDocumentFragment(), added = 0;
      while (next < events.length && (added < MIN_CHUNK || (added < MAX_CHUNK && deadline && deadline.timeRemaining() > 2))) {
        fragment.appendChild(tableRow(next));
        next += 1;
        added += 1;
      }
      target.appendChild(fragment);
      if (next < events.length) {
        if (target === tbody) {
          target = el("tbody");
          target.hidden = true;
          tbody.parentNode.appendChild(target);
        }
        statusLine.textContent = "Listing events: " + next + " of " + events.length + "\u2026";
        later(step);
      } else {
        target.hidden = false;
        state.tableDone = performance.now();
        document.body.setAttribute("data-table", "done");
        applyFilter();
      }
    }
    step(null);
  }

  function applyFilter() {
    var query = filterInput.value.trim().toLowerCase(), shown = 0, rows = table.querySelectorAll("tbody > tr");
    for (var k = 0; k < rows.length; k++) {
      var row = rows[k];
      if (row.classList.contains("detail-row")) continue;
      var index = Number(row.getAttribute("data-index"));
      var visible = eventShown(index) && (!query || rowText(index).indexOf(query) >= 0);
      if (row.hidden === visible) {
        row.hidden = !visible;
        var next = row.nextSibling;
        if (next && next.classList.contains("detail-row")) next.hidden = !visible;
      }
      if (visible) shown += 1;
    }
    if (state.tableDone === null) return;
    statusLine.textContent = shown === events.length
      ? plural(events.length, "event") + ", earliest first. Click an event for every sentence that reports it."
      : "Showing " + shown + " of " + plural(events.length, "event") + ".";
  }

  var filterTimer = null;
  filterInput.addEventListener("input", function () {
    window.clearTimeout(filterTimer);
    filterTimer = window.setTimeout(applyFilter, 120);
  });

  function buildUnplaced() {
    if (!data.unplaced.length) return;
    var list = document.getElementById("unplaced-items");
    var titles = {};
    sources.forEach(function (source) { titles[source.id] = source.title; });
    data.unplaced.forEach(function (item) {
      var line = el("li");
      line.appendChild(el("q", null, item[1]));
      line.appendChild(document.createTextNode(" in " + (titles[item[0]] || item[0]) + ": " + item[2]));
      list.appendChild(line);
    });
    document.getElementById("unplaced-list").hidden = false;
  }

  /* Plotly follows the window's size; this follows the chart box's own width (a scroll bar, a side panel). */
  function followWidth() {
    if (!window.ResizeObserver) return;
    var width = wrap.clientWidth, timer = null;
    new ResizeObserver(function () {
      if (wrap.clientWidth === width) return;
      width = wrap.clientWidth;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { Plotly.Plots.resize(gd); }, 100);
    }).observe(wrap);
  }

  // ------------------------------------------------------------------------------------------- start

  buildRows();
  buildLegend();
  buildUnplaced();
  performance.mark("timeline:prepared");
  Plotly.newPlot(gd, data.figure.data, data.figure.layout, data.config).then(function () {
    performance.mark("timeline:plotted");
    placeLabels();
    gd.on("plotly_afterplot", placeLabels);
    gd.on("plotly_relayouting", placeLabels);
    state.firstDraw = performance.now();
    document.body.setAttribute("data-ready", "1");
    followWidth();
    renderTable();
  });
})();
