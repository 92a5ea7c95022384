/*
 * newsevents dashboard: loads every fact from /facts, draws a graph of states, a timeline and a searchable table,
 * then follows /stream (Server-Sent Events) from the position the loaded facts reflect, so nothing is missed.
 * Plain JavaScript and d3 (served from the d3 WebJar); all text goes through textContent, never innerHTML.
 */
(function () {
  "use strict";

  const TYPES = {
    DealSigned: "deal",
    ExerciseHeld: "exercise",
    RecognitionWithheld: "non-recognition"
  };
  const MAX_ROWS = 300;
  const MAX_PAGES = 40;

  const state = {
    facts: new Map(),        // factId -> fact
    fresh: new Set(),        // factIds that arrived live and are not yet shown as such
    open: new Set(),         // factIds whose sources are expanded
    search: "",
    type: "",
    actor: null,             // actor key selected in the graph
    year: null               // year selected in the timeline
  };

  // ---------------------------------------------------------------- data

  async function loadAll() {
    let url = "/facts?limit=500&sort=-date";
    let position = null;
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) {
        throw new Error("GET " + url + " answered " + response.status);
      }
      if (position === null) {
        position = response.headers.get("X-Stream-Position");
      }
      const body = await response.json();
      body.items.forEach(fact => state.facts.set(fact.factId, fact));
      url = body.next;
    }
    return position;
  }

  function follow(position) {
    const status = document.getElementById("live-status");
    const setStatus = (name, label) => {
      status.dataset.state = name;
      status.querySelector(".label").textContent = label;
    };
    const source = new EventSource("/stream" + (position ? "?after=" + encodeURIComponent(position) : ""));
    source.onopen = () => setStatus("live", "live");
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? "offline" : "reconnecting",
      source.readyState === EventSource.CLOSED ? "offline" : "reconnecting…");
    const onFact = message => {
      setStatus("live", "live");
      const data = JSON.parse(message.data);
      if (data.fact) {
        state.facts.set(data.fact.factId, data.fact);
        state.fresh.add(data.fact.factId);
        document.body.dataset.lastEventId = message.lastEventId;
        scheduleRender();
      }
    };
    Object.keys(TYPES).forEach(type => source.addEventListener(type, onFact));
  }

  // ---------------------------------------------------------------- helpers

  function actorKey(actor) {
    return actor.iso3 || actor.name.toLowerCase();
  }

  function year(fact) {
    return fact.date ? fact.date.substring(0, 4) : null;
  }

  function formatValue(value) {
    if (!value) return "";
    const amount = value.amount;
    const short = amount >= 1e9 ? (amount / 1e9).toFixed(amount % 1e9 ? 2 : 0) + " bn"
      : amount >= 1e6 ? (amount / 1e6).toFixed(amount % 1e6 ? 1 : 0) + " m"
        : amount.toLocaleString("en");
    return short + " " + value.currency;
  }

  function describe(fact) {
    switch (fact.type) {
      case "DealSigned":
        return [formatValue(fact.value), (fact.items || []).join(", "), fact.category].filter(Boolean).join(" · ");
      case "ExerciseHeld":
        return [fact.name, fact.location].filter(Boolean).join(" · ");
      default:
        return (fact.withholder ? fact.withholder.name : "?") + " does not recognise "
          + (fact.target ? fact.target.name : "?");
    }
  }

  function searchableText(fact) {
    const parts = [fact.type, TYPES[fact.type], fact.date, describe(fact)];
    fact.actors.forEach(a => parts.push(a.name, a.iso3));
    (fact.sources || []).forEach(s => parts.push(s.articleId, s.evidence && s.evidence.text));
    return parts.filter(Boolean).join(" ").toLowerCase();
  }

  function visibleFacts() {
    const terms = state.search.toLowerCase().split(/\s+/).filter(Boolean);
    return Array.from(state.facts.values())
      .filter(f => !state.type || f.type === state.type)
      .filter(f => !state.actor || f.actors.some(a => actorKey(a) === state.actor))
      .filter(f => !state.year || year(f) === state.year)
      .filter(f => {
        if (!terms.length) return true;
        const text = searchableText(f);
        return terms.every(t => text.includes(t));
      })
      .sort((a, b) => (b.date || "").localeCompare(a.date || "") || a.factId.localeCompare(b.factId));
  }

  // ---------------------------------------------------------------- rendering

  let renderPending = false;

  function scheduleRender() {
    if (!renderPending) {
      renderPending = true;
      requestAnimationFrame(() => {
        renderPending = false;
        render();
      });
    }
  }

  function render() {
    const facts = visibleFacts();
    renderCounts();
    renderFilters();
    renderTable(facts);
    renderTimeline();
    renderGraph();
    state.fresh.clear();
  }

  function renderCounts() {
    const byType = { DealSigned: 0, ExerciseHeld: 0, RecognitionWithheld: 0 };
    state.facts.forEach(f => byType[f.type]++);
    document.getElementById("counts").textContent = byType.DealSigned + " deals · " + byType.ExerciseHeld
      + " exercises · " + byType.RecognitionWithheld + " non-recognitions";
  }

  function renderFilters() {
    const box = document.getElementById("active-filters");
    box.replaceChildren();
    const chip = (label, clear) => {
      const el = document.createElement("span");
      el.className = "chip";
      el.textContent = label;
      el.title = "remove filter";
      el.addEventListener("click", () => { clear(); render(); });
      box.appendChild(el);
    };
    if (state.actor) chip("actor: " + state.actor, () => { state.actor = null; });
    if (state.year) chip("year: " + state.year, () => { state.year = null; });
  }

  function renderTable(facts) {
    const body = document.querySelector("#fact-table tbody");
    body.replaceChildren();
    facts.slice(0, MAX_ROWS).forEach(fact => {
      const row = document.createElement("tr");
      row.className = "fact" + (state.fresh.has(fact.factId) ? " fresh" : "");
      row.dataset.factId = fact.factId;
      row.dataset.type = fact.type;
      row.dataset.testid = "fact-row";

      const type = document.createElement("span");
      type.className = "type " + fact.type;
      type.textContent = TYPES[fact.type];
      cell(row, type);
      cell(row, fact.date || "undated");
      const actors = document.createElement("span");
      fact.actors.forEach((a, i) => {
        if (i) actors.appendChild(document.createTextNode(", "));
        actors.appendChild(document.createTextNode(a.name + (a.iso3 && a.iso3 !== a.name ? " (" + a.iso3 + ")" : "")));
        if (a.role === "withholder" || a.role === "target") {
          const role = document.createElement("span");
          role.className = "role";
          role.textContent = " " + a.role;
          actors.appendChild(role);
        }
      });
      cell(row, actors);
      cell(row, describe(fact));
      cell(row, (state.open.has(fact.factId) ? "▾ " : "▸ ") + fact.sourceCount);
      row.addEventListener("click", () => {
        if (state.open.has(fact.factId)) state.open.delete(fact.factId); else state.open.add(fact.factId);
        render();
      });
      body.appendChild(row);
      if (state.open.has(fact.factId)) {
        body.appendChild(sourcesRow(fact));
      }
    });
    document.getElementById("table-summary").textContent = facts.length > MAX_ROWS
      ? "showing " + MAX_ROWS + " of " + facts.length + " facts" : facts.length + " facts";
  }

  function cell(row, content) {
    const td = document.createElement("td");
    if (typeof content === "string") td.textContent = content; else td.appendChild(content);
    row.appendChild(td);
  }

  function sourcesRow(fact) {
    const row = document.createElement("tr");
    row.className = "sources";
    row.dataset.sourcesOf = fact.factId;
    const td = document.createElement("td");
    td.colSpan = 5;
    (fact.sources || []).forEach(source => {
      const box = document.createElement("div");
      box.className = "source";
      box.dataset.testid = "source";
      const quote = document.createElement("blockquote");
      quote.className = "evidence";
      quote.textContent = source.evidence ? source.evidence.text : "";
      const meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = "article " + source.articleId
        + (source.evidence ? " · characters " + source.evidence.start + "–" + source.evidence.end : "")
        + (source.date ? " · date " + source.date : "")
        + " · confidence " + Number(source.confidence).toFixed(2)
        + (source.extractor ? " · " + source.extractor.name + " " + source.extractor.version : "");
      const events = document.createElement("a");
      events.href = "/articles/" + encodeURIComponent(source.articleId) + "/events";
      events.textContent = " · raw events";
      events.addEventListener("click", e => e.stopPropagation());
      meta.appendChild(events);
      box.append(quote, meta);
      td.appendChild(box);
    });
    row.appendChild(td);
    return row;
  }

  // ---------------------------------------------------------------- timeline

  function renderTimeline() {
    const svg = d3.select("#timeline");
    const width = svg.node().clientWidth || 500;
    const height = svg.node().clientHeight || 180;
    const margin = { top: 8, right: 8, bottom: 22, left: 28 };
    const counts = new Map();
    state.facts.forEach(f => {
      const y = year(f);
      if (!y) return;
      if (!counts.has(y)) counts.set(y, { year: y, DealSigned: 0, ExerciseHeld: 0, RecognitionWithheld: 0 });
      counts.get(y)[f.type]++;
    });
    const data = Array.from(counts.values()).sort((a, b) => a.year.localeCompare(b.year));
    const keys = Object.keys(TYPES);
    const series = d3.stack().keys(keys)(data);
    const x = d3.scaleBand().domain(data.map(d => d.year)).range([margin.left, width - margin.right]).padding(0.2);
    const max = d3.max(data, d => keys.reduce((s, k) => s + d[k], 0)) || 1;
    const y = d3.scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);

    svg.selectAll("*").remove();
    const step = Math.max(1, Math.ceil(data.length / Math.max(1, Math.floor(width / 40))));
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (height - margin.bottom) + ")")
      .call(d3.axisBottom(x).tickValues(x.domain().filter((d, i) => i % step === 0)).tickSizeOuter(0));
    svg.append("g").attr("class", "axis").attr("transform", "translate(" + margin.left + ",0)")
      .call(d3.axisLeft(y).ticks(Math.min(4, max)).tickFormat(d3.format("d")));
    const years = svg.append("g").selectAll("g.year").data(data).join("g")
      .attr("class", d => "year" + (state.year === d.year ? " selected" : ""))
      .attr("data-year", d => d.year)
      .on("click", (event, d) => {
        state.year = state.year === d.year ? null : d.year;
        render();
      });
    series.forEach(layer => {
      years.append("rect")
        .attr("class", "bar " + layer.key)
        .attr("x", d => x(d.year))
        .attr("width", x.bandwidth())
        .attr("y", d => y(layer.find(p => p.data.year === d.year)[1]))
        .attr("height", d => {
          const p = layer.find(q => q.data.year === d.year);
          return y(p[0]) - y(p[1]);
        })
        .append("title").text(d => d.year + ": " + d[layer.key] + " " + TYPES[layer.key]);
    });
  }

  // ---------------------------------------------------------------- graph

  const graph = { simulation: null, nodes: new Map() };

  function graphData() {
    const nodes = new Map();
    const links = new Map();
    const node = actor => {
      const key = actorKey(actor);
      if (!nodes.has(key)) {
        nodes.set(key, { id: key, name: actor.iso3 ? actor.iso3 : actor.name, iso: !!actor.iso3, facts: 0 });
      }
      if (actor.kind === "state") nodes.get(key).label = actor.name;
      return nodes.get(key);
    };
    const link = (type, a, b, fact) => {
      const directed = type === "RecognitionWithheld";
      const [s, t] = directed || a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      const key = type + "|" + s + "|" + t;
      if (!links.has(key)) links.set(key, { id: key, type: type, source: s, target: t, count: 0, value: 0 });
      const l = links.get(key);
      l.count++;
      if (fact.value) l.value += fact.value.amount;
    };
    state.facts.forEach(fact => {
      const actors = new Map();
      fact.actors.forEach(a => actors.set(actorKey(a), a));
      const touched = Array.from(actors.values()).map(node);
      touched.forEach(n => n.facts++);
      if (fact.type === "RecognitionWithheld") {
        if (fact.withholder && fact.target && actorKey(fact.withholder) !== actorKey(fact.target)) {
          link(fact.type, node(fact.withholder), node(fact.target), fact);
        }
      } else {
        for (let i = 0; i < touched.length; i++) {
          for (let j = i + 1; j < touched.length; j++) link(fact.type, touched[i], touched[j], fact);
        }
      }
    });
    return { nodes: Array.from(nodes.values()), links: Array.from(links.values()) };
  }

  /** Weak links in a dense graph, so that the states spread out instead of collapsing into one ball. */
  function linkStrength(data) {
    const degree = new Map();
    data.links.forEach(l => {
      degree.set(l.source, (degree.get(l.source) || 0) + 1);
      degree.set(l.target, (degree.get(l.target) || 0) + 1);
    });
    return l => 0.6 / Math.max(1, Math.min(degree.get(l.source.id || l.source) || 1, degree.get(l.target.id || l.target) || 1));
  }

  function renderGraph() {
    const svg = d3.select("#graph");
    const width = svg.node().clientWidth || 700;
    const height = svg.node().clientHeight || 520;
    const data = graphData();
    // keep positions of nodes already placed
    data.nodes.forEach(n => {
      const old = graph.nodes.get(n.id);
      if (old) Object.assign(n, { x: old.x, y: old.y, vx: old.vx, vy: old.vy });
    });
    graph.nodes = new Map(data.nodes.map(n => [n.id, n]));

    if (svg.select("g.links").empty()) {
      svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -5 10 10")
        .attr("refX", 22).attr("markerWidth", 12).attr("markerHeight", 12).attr("orient", "auto")
        .attr("markerUnits", "userSpaceOnUse")
        .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", "var(--recognition)");
      svg.append("g").attr("class", "links");
      svg.append("g").attr("class", "nodes");
    }
    // sizes are relative to the largest node and edge, so that a big data set stays readable
    const maxCount = d3.max(data.links, l => l.count) || 1;
    const maxValue = d3.max(data.links, l => l.value) || 1;
    const maxFacts = d3.max(data.nodes, n => n.facts) || 1;
    const width0 = l => 1 + 6 * Math.sqrt(l.count / maxCount) + (l.value ? 3 * Math.sqrt(l.value / maxValue) : 0);
    const links = svg.select("g.links").selectAll("path.link").data(data.links, d => d.id).join("path")
      .attr("class", d => "link " + d.type)
      .attr("stroke-width", width0)
      .attr("marker-end", d => d.type === "RecognitionWithheld" ? "url(#arrow)" : null)
      .attr("data-type", d => d.type)
      .attr("data-count", d => d.count);
    links.selectAll("title").data(d => [d]).join("title")
      .text(d => d.source + (d.type === "RecognitionWithheld" ? " → " : " – ") + d.target + ": " + d.count + " "
        + TYPES[d.type] + (d.count > 1 ? "s" : "") + (d.value ? " (value " + d.value.toLocaleString("en") + ")" : ""));

    const nodes = svg.select("g.nodes").selectAll("g.node").data(data.nodes, d => d.id).join(enter => {
      const g = enter.append("g").attr("class", "node");
      g.append("circle");
      g.append("text").attr("dy", "0.32em");
      g.append("title");
      g.on("click", (event, d) => {
        state.actor = state.actor === d.id ? null : d.id;
        render();
      });
      g.call(d3.drag()
        .on("start", (event, d) => { if (!event.active) graph.simulation.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
        .on("drag", (event, d) => { d.fx = event.x; d.fy = event.y; })
        .on("end", (event, d) => { if (!event.active) graph.simulation.alphaTarget(0); d.fx = null; d.fy = null; }));
      return g;
    });
    const radius = d => 6 + 16 * Math.sqrt(d.facts / maxFacts);
    nodes.attr("class", d => "node" + (d.iso ? "" : " non-iso") + (state.actor === d.id ? " selected" : ""))
      .attr("data-actor", d => d.id);
    nodes.select("circle").attr("r", radius);
    nodes.select("text").attr("x", d => radius(d) + 3).text(d => d.name);
    nodes.select("title").text(d => (d.label || d.name) + ": " + d.facts + " facts");

    if (!graph.simulation) {
      graph.simulation = d3.forceSimulation()
        .force("charge", d3.forceManyBody().strength(-520))
        .force("x", d3.forceX(width / 2).strength(0.04))
        .force("y", d3.forceY(height / 2).strength(0.06));
    }
    graph.simulation.nodes(data.nodes)
      .force("collide", d3.forceCollide().radius(d => radius(d) + 14))
      .force("link", d3.forceLink(data.links).id(d => d.id).distance(140).strength(linkStrength(data)))
      .on("tick", () => {
        nodes.attr("transform", d => {
          d.x = Math.max(20, Math.min(width - 40, d.x));
          d.y = Math.max(15, Math.min(height - 15, d.y));
          return "translate(" + d.x + "," + d.y + ")";
        });
        links.attr("d", d => {
          // parallel edges of different types between the same pair curve apart
          const bend = d.type === "DealSigned" ? 0 : d.type === "ExerciseHeld" ? 0.15 : -0.15;
          const mx = (d.source.x + d.target.x) / 2 - bend * (d.target.y - d.source.y);
          const my = (d.source.y + d.target.y) / 2 + bend * (d.target.x - d.source.x);
          return "M" + d.source.x + "," + d.source.y + "Q" + mx + "," + my + " " + d.target.x + "," + d.target.y;
        });
      });
    graph.simulation.alpha(graph.simulation.alpha() < 0.3 ? 0.3 : graph.simulation.alpha()).restart();
  }

  // ---------------------------------------------------------------- start

  document.getElementById("search").addEventListener("input", event => {
    state.search = event.target.value;
    scheduleRender();
  });
  document.getElementById("type-filter").addEventListener("change", event => {
    state.type = event.target.value;
    scheduleRender();
  });

  loadAll()
    .then(position => {
      document.body.dataset.loaded = "true";
      render();
      follow(position);
    })
    .catch(error => {
      document.getElementById("table-summary").textContent = "Could not load facts: " + error.message;
      document.body.dataset.loaded = "error";
      follow(null);
    });
})();
