// Attaché explorer: pages over the REST API, no framework, no network but this server.
// Every string from the store or the user reaches the page through text nodes or attribute
// values set one by one (never innerHTML), and links only to http(s) URLs.
"use strict";

const QUAD = {
  1: { name: "verbal cooperation", colour: "#7fb3e6" },
  2: { name: "material cooperation", colour: "#1f5fa8" },
  3: { name: "verbal conflict", colour: "#f0a04b" },
  4: { name: "material conflict", colour: "#c8372d" },
};
const FILTERS = ["from", "to", "actor", "country", "code", "root", "quad", "status", "attribution_kind", "outlet", "text"];
const SVGNS = "http://www.w3.org/2000/svg";

// ------------------------------------------------------------------ DOM helpers

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

function sv(tag, attrs, ...children) {
  const e = document.createElementNS(SVGNS, tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "onclick" || k === "onsubmit" || k === "oninput" || k === "onchange") {
      e.addEventListener(k.slice(2), v);
    } else if (k === "href") {
      e.setAttribute("href", safeHref(String(v)));
    } else {
      e.setAttribute(k, String(v));
    }
  }
}

function append(e, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Internal hash links and http(s) URLs only: anything else (javascript:, data:) goes nowhere. */
function safeHref(url) {
  if (url.startsWith("#/")) return url;
  return /^https?:\/\//i.test(url) ? url : "#";
}

function externalLink(url, label) {
  return /^https?:\/\//i.test(url || "") ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, label || url)
    : el("span", { class: "muted" }, url || "");
}

function fmt(n, digits) {
  if (n === null || n === undefined) return "–";
  return typeof n === "number" && digits !== undefined ? n.toFixed(digits) : String(n);
}

function clear(e) {
  while (e.firstChild) e.removeChild(e.firstChild);
  return e;
}

// ------------------------------------------------------------------ API

async function api(path, options) {
  const r = await fetch(path, options);
  const body = await r.json().catch(() => ({ error: "no JSON in the answer (" + r.status + ")" }));
  if (!r.ok) {
    const err = new Error(body.error || ("HTTP " + r.status));
    err.field = body.field;
    throw err;
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && String(v).trim() !== "") q.set(k, String(v).trim());
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

function articlePath(key) {
  // article keys are often URLs: keep their slashes, encode the rest
  return "/api/articles/" + encodeURIComponent(key).replace(/%2F/gi, "/");
}

function errorBox(e) {
  return el("p", { class: "error", role: "alert" }, (e.field ? e.field + ": " : "") + e.message);
}

// ------------------------------------------------------------------ routing

function route() {
  const hash = location.hash || "#/dashboard";
  const [path, qs] = hash.slice(1).split("?");
  const params = Object.fromEntries(new URLSearchParams(qs || ""));
  const parts = path.split("/").filter(Boolean);
  const page = parts[0] || "dashboard";
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", a.dataset.page === page || (page === "article" && a.dataset.page === "articles"));
  }
  const main = clear(document.getElementById("main"));
  main.dataset.page = page;
  const pages = { dashboard, network, map, events, articles, article, code };
  const render = pages[page];
  if (!render) {
    main.appendChild(el("p", { class: "error" }, "No page " + page));
    return;
  }
  const arg = page === "article" ? decodeURIComponent(path.slice("/article/".length)) : undefined;
  Promise.resolve(render(main, params, arg)).catch((e) => main.appendChild(errorBox(e)));
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", () => {
  route();
  live();
  setInterval(live, 2000);
});

// ------------------------------------------------------------------ live counts and ingest progress

let lastCounts = "";

async function live() {
  let s;
  try {
    s = await api("/api/stats?days=1&top=1");
  } catch (e) {
    return;
  }
  const c = s.counts;
  const box = clear(document.getElementById("live"));
  box.appendChild(el("span", { id: "live-counts" }, c.articles + " articles · " + c.events + " events"));
  const job = s.ingest;
  if (job && (job.state === "running" || job.state === "queued")) {
    box.appendChild(el("span", { class: "ingesting", id: "live-ingest" },
      " · ingesting " + job.done + "/" + job.total));
  }
  const key = JSON.stringify(c) + (job ? job.state + job.done : "");
  if (key !== lastCounts) {
    const changed = lastCounts !== "";
    lastCounts = key;
    const main = document.getElementById("main");
    if (changed && main.dataset.page === "dashboard") refreshDashboard();
  }
}

// ------------------------------------------------------------------ dashboard

let dashboardParams = {};

function dashboard(main, params) {
  dashboardParams = params;
  main.appendChild(el("h1", {}, "Dashboard"));
  main.appendChild(filterForm("dashboard", params, ["from", "to", "actor", "country", "root", "outlet"]));
  main.appendChild(el("div", { id: "dashboard-body" }, "Loading…"));
  return refreshDashboard();
}

async function refreshDashboard() {
  const body = document.getElementById("dashboard-body");
  if (!body) return;
  const p = Object.assign({}, dashboardParams, { days: 120, top: 10 });
  const s = await api("/api/stats" + query(p));
  clear(body);
  const c = s.counts;
  body.appendChild(el("div", { class: "cards" },
    card("count-articles", c.articles, "articles"),
    card("count-events", c.events, "events"),
    card("count-mentions", c.mentions, "event mentions"),
    card("count-actors", c.actors, "actors"),
    card("count-selected", s.selected.events, "events selected")));
  if (s.ingest && s.ingest.state !== "done") body.appendChild(ingestBar(s.ingest));
  body.appendChild(el("h2", {}, "Events per day by QuadClass, with the mean Goldstein score"));
  body.appendChild(dayChart(s.by_day));
  body.appendChild(legend());
  const row = el("div", { class: "two" });
  row.appendChild(el("section", {}, el("h2", {}, "Top dyads"), dyadTable(s.top_dyads)));
  row.appendChild(el("section", {}, el("h2", {}, "Share of events resting on anonymous sources"), anonChart(s.by_day)));
  body.appendChild(row);
  body.appendChild(el("h2", {}, "Events by CAMEO root"));
  body.appendChild(rootBars(s.by_root));
}

function card(id, n, label) {
  return el("div", { class: "card" }, el("div", { class: "n", id }, String(n)), el("div", { class: "label" }, label));
}

function ingestBar(job) {
  const pct = job.total ? Math.round(100 * job.done / job.total) : 0;
  return el("div", { class: "ingest", id: "ingest-progress" },
    el("span", {}, "Ingest " + job.state + ": " + job.done + "/" + job.total + " articles, " + job.mentions
      + " event mentions, " + job.failed + " failed"),
    el("progress", { max: 100, value: pct }));
}

function legend() {
  return el("div", { class: "legend" }, Object.entries(QUAD).map(([q, v]) =>
    el("span", {}, el("i", { class: "swatch q" + q }), "QuadClass " + q + ": " + v.name)),
  el("span", {}, el("i", { class: "swatch line" }), "mean Goldstein (−10 … +10)"));
}

function dayChart(days) {
  const W = 900, H = 260, L = 40, R = 40, T = 10, B = 40;
  const svg = sv("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", id: "day-chart", role: "img",
    "aria-label": "events per day" });
  if (!days.length) {
    svg.appendChild(sv("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "No dated events yet"));
    return svg;
  }
  const max = Math.max(...days.map((d) => d.events));
  const bw = (W - L - R) / days.length;
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const g = (v) => T + (H - T - B) * (1 - (v + 10) / 20);
  svg.appendChild(sv("line", { x1: L, x2: W - R, y1: g(0), y2: g(0), class: "zero" }));
  days.forEach((d, i) => {
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const n = d["quad" + q];
      if (!n) continue;
      const rect = sv("rect", { x: L + i * bw + 1, width: Math.max(1, bw - 2), y: y(base + n), height: y(base) - y(base + n),
        class: "q" + q, "data-day": d.day, "data-quad": q });
      rect.appendChild(sv("title", {}, d.day + ": " + n + " " + QUAD[q].name));
      svg.appendChild(rect);
      base += n;
    }
  });
  const pts = days.map((d, i) => `${L + i * bw + bw / 2},${g(d.goldstein || 0)}`).join(" ");
  svg.appendChild(sv("polyline", { points: pts, class: "goldstein" }));
  for (const v of [0, max]) {
    svg.appendChild(sv("text", { x: L - 4, y: y(v) + 4, "text-anchor": "end", class: "axis" }, String(v)));
  }
  for (const v of [-10, 0, 10]) {
    svg.appendChild(sv("text", { x: W - R + 4, y: g(v) + 4, class: "axis" }, (v > 0 ? "+" : "") + v));
  }
  const step = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((d, i) => {
    if (i % step === 0) svg.appendChild(sv("text", { x: L + i * bw + bw / 2, y: H - B + 16, "text-anchor": "middle",
      class: "axis" }, d.day));
  });
  return svg;
}

function anonChart(days) {
  const W = 420, H = 200, L = 36, R = 10, T = 10, B = 30;
  const svg = sv("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", id: "anon-chart" });
  if (!days.length) return svg;
  const x = (i) => L + (W - L - R) * (days.length === 1 ? 0.5 : i / (days.length - 1));
  const y = (v) => T + (H - T - B) * (1 - v);
  for (const v of [0, 0.5, 1]) {
    svg.appendChild(sv("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }));
    svg.appendChild(sv("text", { x: L - 4, y: y(v) + 4, "text-anchor": "end", class: "axis" }, Math.round(v * 100) + "%"));
  }
  const pts = days.map((d, i) => `${x(i)},${y(d.events ? d.anonymous / d.events : 0)}`).join(" ");
  svg.appendChild(sv("polyline", { points: pts, class: "anon" }));
  days.forEach((d, i) => {
    const share = d.events ? d.anonymous / d.events : 0;
    const c = sv("circle", { cx: x(i), cy: y(share), r: 3, class: "anon-dot" });
    c.appendChild(sv("title", {}, d.day + ": " + d.anonymous + " of " + d.events + " events"));
    svg.appendChild(c);
  });
  svg.appendChild(sv("text", { x: L, y: H - 8, class: "axis" }, days[0].day));
  svg.appendChild(sv("text", { x: W - R, y: H - 8, "text-anchor": "end", class: "axis" }, days[days.length - 1].day));
  return svg;
}

function dyadTable(dyads) {
  return el("table", { class: "grid-table", id: "dyads" },
    el("thead", {}, el("tr", {}, el("th", {}, "source"), el("th", {}, "target"), el("th", {}, "events"),
      el("th", {}, "cooperation / conflict"), el("th", {}, "Goldstein"))),
    el("tbody", {}, dyads.map((d) => el("tr", {},
      el("td", {}, actorLink(d.source, d.source_name)), el("td", {}, actorLink(d.target, d.target_name)),
      el("td", { class: "num" }, String(d.events)), el("td", {}, coopBar(d.cooperation, d.conflict)),
      el("td", { class: "num" }, fmt(d.goldstein, 1))))));
}

function actorLink(code, name) {
  if (!code) return el("span", { class: "muted" }, "–");
  return el("a", { href: "#/events" + query({ actor: code }), class: "actor-link", title: name || code }, code);
}

function coopBar(coop, conflict) {
  const total = coop + conflict || 1;
  return el("span", { class: "coopbar", title: coop + " cooperation, " + conflict + " conflict" },
    el("i", { class: "coop", style: null, "data-w": Math.round(100 * coop / total) }),
    el("i", { class: "conf", "data-w": Math.round(100 * conflict / total) }));
}

function rootBars(roots) {
  const max = Math.max(1, ...roots.map((r) => r.events));
  return el("div", { class: "bars", id: "root-bars" }, roots.map((r) => el("div", { class: "bar-row" },
    el("a", { href: "#/events" + query({ root: r.root }), class: "bar-label" }, r.root + " " + (r.name || "")),
    el("span", { class: "bar", "data-w": Math.round(100 * r.events / max) }), el("span", { class: "num" }, String(r.events)))));
}

// widths come from data-w (CSP forbids inline style attributes; CSSOM is allowed)
const widthObserver = new MutationObserver(() => {
  for (const e of document.querySelectorAll("[data-w]")) {
    e.style.width = e.dataset.w + "%";
    e.removeAttribute("data-w");
  }
});
widthObserver.observe(document.documentElement, { childList: true, subtree: true });

// ------------------------------------------------------------------ filters

function filterForm(page, params, fields) {
  const inputs = {};
  const field = (name) => {
    let input;
    if (name === "quad") {
      input = el("select", { name }, el("option", { value: "" }, "any"),
        [1, 2, 3, 4].map((q) => el("option", { value: q }, q + " " + QUAD[q].name)));
    } else if (name === "status") {
      input = el("select", { name }, el("option", { value: "" }, "any"),
        ["asserted", "negated", "hypothetical", "intended", "demanded"].map((s) => el("option", { value: s }, s)));
    } else {
      input = el("input", { name, type: name === "from" || name === "to" ? "date" : "text", size: 10,
        placeholder: { actor: "PAK", country: "ISO3", code: "0211", root: "1-20", attribution_kind: "anonymous",
          text: "words", outlet: "outlet" }[name] || "" });
    }
    if (params[name]) input.value = params[name];
    inputs[name] = input;
    return el("label", {}, el("span", {}, name.replace("_", " ")), input);
  };
  const form = el("form", { class: "filters", id: page + "-filters" }, fields.map(field),
    el("button", { type: "submit" }, "Apply"),
    el("button", { type: "button", onclick: () => { location.hash = "#/" + page; } }, "Clear"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = {};
    for (const [k, i] of Object.entries(inputs)) if (i.value) p[k] = i.value;
    if (params.sort && page === "events") p.sort = params.sort;
    location.hash = "#/" + page + query(p);
  });
  return form;
}

// ------------------------------------------------------------------ network

async function network(main, params) {
  main.appendChild(el("h1", {}, "Network: who acts on whom"));
  main.appendChild(filterForm("network", params, ["from", "to", "actor", "root", "quad"]));
  const n = await api("/api/network" + query(Object.assign({ limit: 60 }, params)));
  if (!n.edges.length) {
    main.appendChild(el("p", {}, "No dyads with a target match these filters."));
    return;
  }
  const W = 900, H = 600;
  const nodes = n.nodes.map((d, i) => Object.assign({}, d, {
    x: W / 2 + 250 * Math.cos(2 * Math.PI * i / n.nodes.length), y: H / 2 + 200 * Math.sin(2 * Math.PI * i / n.nodes.length),
    vx: 0, vy: 0 }));
  const byCode = new Map(nodes.map((d) => [d.code, d]));
  const edges = n.edges.filter((e) => byCode.has(e.source) && byCode.has(e.target));
  layout(nodes, edges, byCode, W, H);
  const maxE = Math.max(...edges.map((e) => e.events));
  const maxN = Math.max(...nodes.map((d) => d.events));
  const svg = sv("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", id: "network" });
  svg.appendChild(sv("defs", {}, ["coop", "conf"].map((k) => sv("marker", { id: "arrow-" + k, viewBox: "0 0 10 10",
    refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
  sv("path", { d: "M0,0L10,5L0,10z", class: "arrow-" + k })))));
  const panel = el("aside", { class: "panel", id: "network-panel" }, "Click an actor to see its dyads.");
  const edgeEls = edges.map((e) => {
    const s = byCode.get(e.source), t = byCode.get(e.target);
    const kind = e.cooperation >= e.conflict ? "coop" : "conf";
    const r = 6 + 14 * Math.sqrt(t.events / maxN);
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
    const line = sv("line", { x1: s.x, y1: s.y, x2: t.x - dx / len * r, y2: t.y - dy / len * r,
      class: "edge " + kind, "stroke-width": 1 + 5 * e.events / maxE, "marker-end": `url(#arrow-${kind})`,
      "data-source": e.source, "data-target": e.target });
    line.appendChild(sv("title", {}, e.source + " → " + e.target + ": " + e.events + " events (" + e.cooperation
      + " cooperation, " + e.conflict + " conflict), Goldstein " + fmt(e.goldstein, 1)));
    svg.appendChild(line);
    return line;
  });
  for (const d of nodes) {
    const r = 6 + 14 * Math.sqrt(d.events / maxN);
    const g = sv("g", { class: "node", "data-code": d.code, transform: `translate(${d.x},${d.y})`, tabindex: 0 });
    g.appendChild(sv("circle", { r }));
    g.appendChild(sv("text", { y: -r - 3, "text-anchor": "middle" }, d.code));
    g.appendChild(sv("title", {}, d.code + " (" + (d.name || "") + "): " + d.events + " events"));
    g.addEventListener("click", () => select(d));
    svg.appendChild(g);
  }
  function select(d) {
    for (const g of svg.querySelectorAll(".node")) g.classList.toggle("selected", g.dataset.code === d.code);
    for (const l of edgeEls) {
      l.classList.toggle("dim", l.dataset.source !== d.code && l.dataset.target !== d.code);
    }
    clear(panel);
    panel.appendChild(el("h2", {}, d.code));
    panel.appendChild(el("p", {}, (d.name || "") + (d.country ? " · " + d.country : "") + " · " + d.events + " events"));
    const mine = edges.filter((e) => e.source === d.code || e.target === d.code);
    panel.appendChild(el("ul", { class: "dyad-list" }, mine.map((e) => el("li", {},
      e.source + " → " + e.target + ": " + e.events + " (" + e.cooperation + " coop., " + e.conflict + " confl.)"))));
    panel.appendChild(el("a", { href: "#/events" + query({ actor: d.code }), id: "network-events-link" },
      "Events of " + d.code + " →"));
  }
  main.appendChild(el("div", { class: "with-panel" }, svg, panel));
  main.appendChild(el("p", { class: "muted" }, "Edges: the " + edges.length + " busiest dyads; blue mostly cooperation, "
    + "red mostly conflict; width by events; node size by all the actor's events."));
}

/** A small force layout: springs on edges, repulsion between all nodes, a pull to the centre. */
function layout(nodes, edges, byCode, W, H) {
  for (let it = 0; it < 300; it++) {
    const cool = 1 - it / 300;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 4000 / d2;
        const d = Math.sqrt(d2);
        dx /= d; dy /= d;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = byCode.get(e.source), b = byCode.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.hypot(dx, dy) || 1;
      const f = (d - 120) * 0.02;
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.005; n.vy += (H / 2 - n.y) * 0.005;
      n.x = Math.min(W - 30, Math.max(30, n.x + Math.max(-20, Math.min(20, n.vx)) * cool));
      n.y = Math.min(H - 20, Math.max(30, n.y + Math.max(-20, Math.min(20, n.vy)) * cool));
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
}

// ------------------------------------------------------------------ map

let worldMap = null;

async function map(main, params) {
  main.appendChild(el("h1", {}, "Map: events by place"));
  main.appendChild(filterForm("map", params, ["from", "to", "actor", "root", "quad"]));
  if (!worldMap) worldMap = await api("/world.json");
  const p = await api("/api/places" + query(Object.assign({ limit: 1000 }, params)));
  const svg = sv("svg", { viewBox: "0 0 360 180", class: "chart map", id: "map" });
  svg.appendChild(sv("rect", { x: 0, y: 0, width: 360, height: 180, class: "sea" }));
  for (const c of worldMap.countries) {
    const path = sv("path", { d: c.d, class: "country" });
    path.appendChild(sv("title", {}, c.name));
    svg.appendChild(path);
  }
  const max = Math.max(1, ...p.places.map((x) => x.events));
  const panel = el("aside", { class: "panel", id: "map-panel" }, "Click a place for its events.");
  for (const pl of [...p.places].sort((a, b) => b.events - a.events)) {
    const kind = pl.cooperation >= pl.conflict ? "coop" : "conf";
    const c = sv("circle", { cx: pl.lon + 180, cy: 90 - pl.lat, r: 0.8 + 3.2 * Math.sqrt(pl.events / max),
      class: "place " + kind, "data-name": pl.name });
    c.appendChild(sv("title", {}, pl.name + " (" + (pl.country || "") + "): " + pl.events + " events"));
    c.addEventListener("click", () => {
      clear(panel);
      panel.appendChild(el("h2", {}, pl.name));
      panel.appendChild(el("p", {}, (pl.country || "") + " · " + pl.events + " events: " + pl.cooperation
        + " cooperation, " + pl.conflict + " conflict; mean Goldstein " + fmt(pl.goldstein, 1)));
      panel.appendChild(el("a", { href: "#/events" + query(Object.assign({}, params, { text: pl.name })) },
        "Events whose sentence names " + pl.name + " →"));
    });
    svg.appendChild(c);
  }
  main.appendChild(el("div", { class: "with-panel" }, svg, panel));
  main.appendChild(el("p", { class: "muted", id: "map-note" }, p.places.length + " places; " + p.without_coordinates
    + " matching events have no coordinates. Base map: " + worldMap.source + "."));
}

// ------------------------------------------------------------------ events table

const SORTABLE = { date: "date", source: "source", event: "code", target: "target", mentions: "mentions", Goldstein: "goldstein" };

async function events(main, params) {
  main.appendChild(el("h1", {}, "Events"));
  main.appendChild(filterForm("events", params, FILTERS));
  const limit = 25;
  const offset = Number(params.offset || 0);
  const r = await api("/api/events" + query(Object.assign({}, params, { limit, offset })));
  const sort = r.sort;
  const head = ["date", "source", "event", "target", "status", "mentions", "Goldstein", "outlet"].map((h) => {
    const key = SORTABLE[h];
    if (!key) return el("th", {}, h);
    const active = sort === key || sort === "-" + key;
    const next = sort === key ? "-" + key : key;
    return el("th", {}, el("a", { href: "#/events" + query(Object.assign({}, params, { sort: next, offset: 0 })),
      class: "sort" + (active ? " active" : ""), "data-sort": key }, h + (active ? (sort.startsWith("-") ? " ▼" : " ▲") : "")));
  });
  const tbody = el("tbody");
  for (const e of r.events) {
    const row = el("tr", { class: "event-row", "data-id": e.event_id, tabindex: 0 },
      el("td", {}, e.event_date || "–"),
      el("td", {}, el("b", {}, e.source_code || "–"), " ", el("span", { class: "muted" }, e.source_name || "")),
      el("td", {}, el("span", { class: "code q" + e.quad_class }, e.code), " ", e.event_name || ""),
      el("td", {}, el("b", {}, e.target_code || "–"), " ", el("span", { class: "muted" }, e.target_name || "")),
      el("td", {}, e.status),
      el("td", { class: "num" }, String(e.num_mentions)),
      el("td", { class: "num" }, fmt(e.goldstein, 1)),
      el("td", {}, e.outlet || ""));
    const detail = el("tr", { class: "evidence-row", hidden: true }, el("td", { colspan: 8 }));
    row.addEventListener("click", () => toggleEvidence(e, detail));
    tbody.appendChild(row);
    tbody.appendChild(detail);
  }
  main.appendChild(el("table", { class: "grid-table events", id: "events-table" }, el("thead", {}, el("tr", {}, head)), tbody));
  const pager = el("div", { class: "pager" });
  const first = r.total ? offset + 1 : 0;
  pager.appendChild(el("span", { id: "events-range" }, `events ${first}–${offset + r.events.length} of ${r.total}`));
  if (offset > 0) pager.appendChild(el("a", { href: "#/events" + query(Object.assign({}, params,
    { offset: Math.max(0, offset - limit) })), id: "prev" }, "← previous"));
  if (offset + limit < r.total) pager.appendChild(el("a", { href: "#/events" + query(Object.assign({}, params,
    { offset: offset + limit })), id: "next" }, "next →"));
  main.appendChild(pager);
}

async function toggleEvidence(e, detail) {
  if (!detail.hidden) {
    detail.hidden = true;
    return;
  }
  detail.hidden = false;
  const cell = clear(detail.firstChild);
  cell.appendChild(el("p", {}, "Loading…"));
  try {
    const ev = await api("/api/events/" + encodeURIComponent(e.event_id));
    clear(cell);
    cell.appendChild(el("div", { class: "evidence" },
      el("p", { class: "muted" }, "Event " + ev.event_id + " · " + ev.code + " " + (ev.event_name || "") + " · "
        + ev.num_mentions + " mention(s) in " + ev.num_articles + " article(s) from " + ev.num_sources + " outlet(s)"
        + (ev.plover_event ? " · PLOVER " + ev.plover_event : "")),
      ev.mentions.map(mentionView)));
  } catch (err) {
    clear(cell).appendChild(errorBox(err));
  }
}

function mentionView(m) {
  const spans = [];
  const base = m.sentence_begin || 0;
  const add = (s, e, kind, label) => { if (s !== null && s !== undefined) spans.push({ start: s - base, end: e - base, kind, label }); };
  add(m.source_start, m.source_end, "actor", m.source_code);
  add(m.target_start, m.target_end, "actor", m.target_code);
  add(m.trigger_start, m.trigger_end, "trigger", m.code);
  return el("div", { class: "mention" },
    el("blockquote", { class: "sentence" }, annotated(m.sentence || "", spans)),
    el("p", { class: "meta" },
      el("a", { href: "#/article/" + encodeURIComponent(m.article_key), class: "article-link" }, m.title || m.article_key),
      " · " + (m.outlet || "unknown outlet") + " · " + (m.published || "") + " · event date " + (m.event_date || "–")
        + " (" + (m.date_basis || "") + ") · " + m.status,
      m.attribution_kind ? el("span", { class: "attr" }, " · according to: " + (m.attribution_text || "") + " ("
        + m.attribution_kind + ")") : " · no attribution",
      m.place_name ? " · place: " + m.place_name + (m.place_country ? " (" + m.place_country + ")" : "") : ""));
}

// ------------------------------------------------------------------ articles and the reader

async function articles(main, params) {
  main.appendChild(el("h1", {}, "Articles"));
  const input = el("input", { name: "text", type: "search", placeholder: "search titles and text", value: params.text || "" });
  const form = el("form", { class: "filters", id: "articles-filters" }, el("label", {}, el("span", {}, "text"), input),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = "#/articles" + query({ text: input.value });
  });
  main.appendChild(form);
  const offset = Number(params.offset || 0);
  const r = await api("/api/articles" + query({ text: params.text, offset, limit: 50 }));
  main.appendChild(el("table", { class: "grid-table", id: "articles-table" },
    el("thead", {}, el("tr", {}, el("th", {}, "published"), el("th", {}, "title"), el("th", {}, "outlet"),
      el("th", {}, "sentences"), el("th", {}, "event mentions"))),
    el("tbody", {}, r.articles.map((a) => el("tr", {},
      el("td", {}, a.published || ""),
      el("td", {}, el("a", { href: "#/article/" + encodeURIComponent(a.article_key), class: "article-link" },
        a.title || a.article_key)),
      el("td", {}, a.outlet || ""), el("td", { class: "num" }, String(a.num_sentences)),
      el("td", { class: "num" }, String(a.num_mentions)))))));
  const pager = el("div", { class: "pager" }, `articles ${r.total ? offset + 1 : 0}–${offset + r.articles.length} of ${r.total}`);
  if (offset + 50 < r.total) pager.appendChild(el("a", { href: "#/articles" + query({ text: params.text, offset: offset + 50 }) }, " next →"));
  main.appendChild(pager);
}

async function article(main, params, key) {
  const a = await api(articlePath(key));
  main.appendChild(el("h1", { id: "article-title" }, a.title || a.article_key));
  main.appendChild(el("p", { class: "meta" }, (a.outlet || "unknown outlet") + " · " + (a.published || "no date") + " · ",
    externalLink(a.url), " · key ", el("code", {}, a.article_key)));
  main.appendChild(kindLegend());
  main.appendChild(el("div", { class: "with-panel" },
    el("article", { class: "annotated", id: "article-text" }, annotated(a.text, a.spans)),
    el("aside", { class: "panel" }, el("h2", {}, "Sourcing"), sourcingView(a.sourcing))));
  main.appendChild(el("h2", {}, a.events.length + " event mention(s)"));
  main.appendChild(eventsOfText(a.events.map((m) => ({
    source: m.source_code, code: m.code, name: m.event_name, target: m.target_code, status: m.status,
    date: m.event_date, trigger: m.trigger, attribution: m.attribution_kind ? (m.attribution_text || "") + " ("
      + m.attribution_kind + ")" : "", place: m.place_name || "", quad: m.quad_class, id: m.event_id }))));
}

function kindLegend() {
  return el("div", { class: "legend kinds" }, ["actor", "trigger", "attribution", "time"].map((k) =>
    el("span", {}, el("mark", { class: "k-" + k }, k))));
}

/** The text with its spans marked: split at every span boundary, each piece marked with all spans covering it. */
function annotated(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    if (!over.length) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(over.map((s) => s.kind))];
    const m = el("mark", { class: kinds.map((k) => "k-" + k).join(" "),
      title: over.map((s) => s.kind + ": " + s.label).join("\n") }, piece);
    frag.appendChild(m);
  }
  return frag;
}

function sourcingView(s) {
  if (!s) return el("p", { class: "muted" }, "No sourcing profile stored.");
  const kinds = Object.entries(s.events_by_kind || {}).filter(([, n]) => n > 0);
  return el("div", { id: "sourcing" },
    el("p", {}, s.attributions + " attribution(s); " + s.events + " event(s): "
      + Math.round(100 * s.share_anonymous) + "% anonymous, " + Math.round(100 * s.share_on_record) + "% on the record, "
      + Math.round(100 * s.share_unattributed) + "% unattributed"),
    el("ul", {}, kinds.map(([k, n]) => el("li", {}, k + ": " + n))));
}

function eventsOfText(rows) {
  return el("table", { class: "grid-table", id: "text-events" },
    el("thead", {}, el("tr", {}, ["source", "event", "target", "status", "date", "trigger", "attribution", "place"]
      .map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", { class: "text-event" },
      el("td", {}, el("b", {}, r.source || "–")),
      el("td", {}, el("span", { class: "code q" + r.quad }, r.code), " ", r.name || ""),
      el("td", {}, el("b", {}, r.target || "–")), el("td", {}, r.status || ""), el("td", {}, r.date || ""),
      el("td", {}, r.trigger || ""), el("td", {}, r.attribution), el("td", {}, r.place)))));
}

// ------------------------------------------------------------------ code this text

function code(main) {
  main.appendChild(el("h1", {}, "Code a text"));
  const text = el("textarea", { id: "code-text", rows: 8, cols: 90,
    placeholder: "Paste an English news article…" });
  text.value = "Pakistan rejected military cooperation with India on Monday, a government spokesman said.";
  const date = el("input", { id: "code-date", type: "date" });
  date.value = new Date().toISOString().slice(0, 10);
  const outlet = el("input", { id: "code-outlet", type: "text", placeholder: "outlet" });
  const out = el("div", { id: "code-result" });
  const button = el("button", { type: "submit", id: "code-button" }, "Code");
  const form = el("form", { class: "code-form" }, text, el("div", {},
    el("label", {}, el("span", {}, "published"), date), el("label", {}, el("span", {}, "outlet"), outlet), button));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    button.disabled = true;
    clear(out).appendChild(el("p", {}, "Coding… (the first text loads the NLP models, which takes a while)"));
    try {
      const r = await api("/api/code", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: text.value, date: date.value || undefined, outlet: outlet.value || undefined }) });
      clear(out);
      out.appendChild(kindLegend());
      out.appendChild(el("div", { class: "with-panel" },
        el("article", { class: "annotated", id: "code-annotated" }, annotated(r.article.text, r.spans)),
        el("aside", { class: "panel" }, el("h2", {}, "Sourcing"), sourcingView(r.sourcing))));
      out.appendChild(el("h2", {}, r.events.length + " event(s)"));
      out.appendChild(eventsOfText(r.events.map((e) => ({
        source: e.source ? e.source.code : "", code: e.code, name: e.event_name, target: e.target ? e.target.code : "",
        status: e.status, date: e.date, trigger: e.trigger.text, quad: e.quad_class,
        attribution: e.attribution ? (e.attribution.text || "") + " (" + e.attribution.kind + ")" : "",
        place: e.place ? e.place.name : "" }))));
    } catch (err) {
      clear(out).appendChild(errorBox(err));
    } finally {
      button.disabled = false;
    }
  });
  main.appendChild(form);
  main.appendChild(out);
}
