// veille graph: a small force-directed layout in plain SVG (no library).
// Nodes are actors (radius grows with mentions), edges typed relations coloured by
// polarity. Click a node to open the actor's page; drag a node to move it.
(function () {
  "use strict";
  var svg = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!svg || !source) return;
  var data = JSON.parse(source.textContent);
  var NS = "http://www.w3.org/2000/svg";
  var W = 1000, H = 640;
  var POLARITY = { asserted: "#12b76a", denied: "#f04438", alleged: "#f79009", planned: "#2e90fa", mixed: "#7a5af8" };

  var maxMentions = Math.max.apply(null, data.nodes.map(function (n) { return n.mentions; }).concat([1]));
  var byId = {};
  data.nodes.forEach(function (n, i) {
    var angle = (i / data.nodes.length) * Math.PI * 2;
    n.x = W / 2 + Math.cos(angle) * 400 + (i % 7) * 3;
    n.y = H / 2 + Math.sin(angle) * 250 + (i % 5) * 3;
    n.vx = 0; n.vy = 0;
    n.r = 6 + 18 * Math.sqrt(n.mentions / maxMentions);
    byId[n.id] = n;
  });
  var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; });

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    if (parent) parent.appendChild(node);
    return node;
  }

  var defs = el("defs", {}, svg);
  Object.keys(POLARITY).forEach(function (p) {
    var marker = el("marker", { id: "arrow-" + p, viewBox: "0 0 10 10", refX: "10", refY: "5",
      markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" }, defs);
    el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: POLARITY[p] }, marker);
  });
  var edgeLayer = el("g", {}, svg);
  var nodeLayer = el("g", {}, svg);

  edges.forEach(function (e) {
    var colour = POLARITY[e.polarity] || "#98a2b3";
    e.line = el("line", { class: "edge", stroke: colour, "stroke-width": String(1 + Math.min(e.count, 4)),
      "marker-end": "url(#arrow-" + (POLARITY[e.polarity] ? e.polarity : "asserted") + ")" }, edgeLayer);
    var title = el("title", {}, e.line);
    title.textContent = byId[e.source].name + " → " + byId[e.target].name + " : " + e.type + " (" + e.polarity + ", " + e.count + ")";
    e.label = el("text", { class: "edge-label", "text-anchor": "middle" }, edgeLayer);
    e.label.textContent = (data.labels && data.labels[e.type]) || e.type;
  });

  var focus = decodeURIComponent(location.hash.slice(1));
  data.nodes.forEach(function (n) {
    n.g = el("g", { class: "node node-" + n.type + (n.id === focus ? " focus" : ""), tabindex: "0", role: "link",
      "data-id": n.id, "aria-label": n.name }, nodeLayer);
    el("circle", { r: String(n.r), stroke: "#fff", "stroke-width": "2" }, n.g);
    var label = el("text", { dy: String(n.r + 13), "text-anchor": "middle" }, n.g);
    label.textContent = n.name;
    var title = el("title", {}, n.g);
    title.textContent = n.name + " (" + n.type + ", " + n.mentions + ")";
  });

  // Forces: pairwise repulsion, springs along edges, a weak pull to the centre.
  function step(alpha) {
    var nodes = data.nodes, i, j;
    for (i = 0; i < nodes.length; i++) {
      for (j = i + 1; j < nodes.length; j++) {
        var a = nodes[i], b = nodes[j];
        var dx = b.x - a.x, dy = b.y - a.y;
        var d2 = dx * dx + dy * dy || 0.01;
        var force = 9000 / d2;
        var d = Math.sqrt(d2);
        var fx = (dx / d) * force, fy = (dy / d) * force;
        a.vx -= fx; a.vy -= fy; b.vx += fx; b.vy += fy;
      }
    }
    edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      var dx = b.x - a.x, dy = b.y - a.y;
      var d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      var pull = (d - 150) * 0.02;
      a.vx += (dx / d) * pull; a.vy += (dy / d) * pull;
      b.vx -= (dx / d) * pull; b.vy -= (dy / d) * pull;
    });
    nodes.forEach(function (n) {
      n.vx += (W / 2 - n.x) * 0.002; n.vy += (H / 2 - n.y) * 0.003;
      if (n === dragged) { n.vx = 0; n.vy = 0; return; }
      n.x += n.vx * alpha; n.y += n.vy * alpha;
      n.vx *= 0.6; n.vy *= 0.6;
      n.x = Math.max(n.r + 4, Math.min(W - n.r - 4, n.x));
      n.y = Math.max(n.r + 4, Math.min(H - n.r - 18, n.y));
    });
  }

  function draw() {
    edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      // Stop the line at the target circle so the arrow head stays visible.
      e.line.setAttribute("x1", a.x); e.line.setAttribute("y1", a.y);
      e.line.setAttribute("x2", b.x - (dx / d) * (b.r + 2)); e.line.setAttribute("y2", b.y - (dy / d) * (b.r + 2));
      e.label.setAttribute("x", (a.x + b.x) / 2); e.label.setAttribute("y", (a.y + b.y) / 2 - 3);
    });
    data.nodes.forEach(function (n) { n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); });
  }

  var dragged = null, moved = false, ticks = 0;
  function frame() {
    step(Math.max(0.05, 1 - ticks / 300));
    draw();
    ticks++;
    if (ticks < 300 || dragged) requestAnimationFrame(frame);
  }
  for (var k = 0; k < 120; k++) step(1);  // settle before the first paint
  ticks = 120;
  draw();
  requestAnimationFrame(frame);

  function toGraph(event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX; point.y = event.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }
  function nodeOf(target) {
    var g = target.closest ? target.closest(".node") : null;
    return g ? byId[g.getAttribute("data-id")] : null;
  }
  svg.addEventListener("pointerdown", function (event) {
    var n = nodeOf(event.target);
    if (!n) return;
    dragged = n; moved = false;
    svg.setPointerCapture(event.pointerId);
    if (ticks >= 300) { ticks = 250; requestAnimationFrame(frame); }
  });
  svg.addEventListener("pointermove", function (event) {
    if (!dragged) return;
    var p = toGraph(event);
    if (Math.abs(p.x - dragged.x) + Math.abs(p.y - dragged.y) > 2) moved = true;
    dragged.x = p.x; dragged.y = p.y;
    draw();
  });
  svg.addEventListener("pointerup", function () {
    var n = dragged;
    dragged = null;
    if (n && !moved) location.href = "/entities/" + encodeURIComponent(n.id);
  });
  svg.addEventListener("keydown", function (event) {
    var n = nodeOf(event.target);
    if (n && event.key === "Enter") location.href = "/entities/" + encodeURIComponent(n.id);
  });
})();
