// The planning room's pages. Every word comes from the server's string table
// (/api/strings); every number from the API. Text from the data or a user (province and
// measure names) is only ever set as textContent; the charts are the server's SVG, escaped
// there as in the HTML report.
"use strict";

const state = {
  lang: localStorage.getItem("pii-lang") === "en" ? "en" : "vi",
  text: {},
  meta: null,
  scenario: null,   // the scenario as the page edits it: the fields of a scenario file
  lastYAML: null,
  sequence: 0,
};
const quickScenarios = 2000;
const $ = (id) => document.getElementById(id);

function word(key, ...args) {
  let text = state.text[key] ?? key;
  args.forEach((arg, n) => { text = text.replaceAll("{" + n + "}", String(arg)); });
  return text;
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function percent(value) {
  return value === null || value === undefined ? "—"
    : (100 * value).toLocaleString(state.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }) + " %";
}

function number(value, digits = 2) {
  return value === null || value === undefined ? "—"
    : value.toLocaleString(state.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: digits });
}

async function api(path, options = {}) {
  const url = path + (path.includes("?") ? "&" : "?") + "lang=" + state.lang;
  const response = await fetch(url, options);
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.blob();
  if (!response.ok) {
    const error = new Error(body.error || String(response.status));
    error.status = response.status;
    throw error;
  }
  return body;
}

function notify(error) {
  const notice = $("notice");
  if (!error) { notice.hidden = true; return; }
  notice.textContent = word("requestFailed") + ": " + error.message;
  notice.hidden = false;
}

function download(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function fillTable(table, headers, rows) {
  const head = table.querySelector("thead"), body = table.querySelector("tbody");
  head.replaceChildren();
  body.replaceChildren();
  const headRow = element("tr");
  headers.forEach(([text, isNumber]) => headRow.appendChild(element("th", text, isNumber ? "number" : "")));
  head.appendChild(headRow);
  rows.forEach((row) => {
    const tr = element("tr", null, row.className || "");
    row.cells.forEach((cell, n) => tr.appendChild(element("td", cell, headers[n][1] ? "number" : "")));
    body.appendChild(tr);
  });
}

function options(select, entries, chosen) {
  select.replaceChildren(...entries.map(([value, text]) => {
    const option = element("option", text);
    option.value = value;
    return option;
  }));
  if (chosen !== undefined && entries.some(([value]) => String(value) === String(chosen))) select.value = String(chosen);
}

// MARK: Words and tabs

async function loadWords() {
  state.text = await api("/api/strings");
  document.documentElement.lang = state.lang;
  document.title = word("appTitle");
  document.querySelectorAll("[data-text]").forEach((node) => { node.textContent = word(node.dataset.text); });
}

function showTab() {
  const tab = (location.hash || "#overview").slice(1);
  document.querySelectorAll("main > section").forEach((section) => { section.hidden = section.id !== "page-" + tab; });
  document.querySelectorAll("nav a").forEach((link) => link.classList.toggle("active", link.dataset.tab === tab));
}

// MARK: Overview

async function loadMeta() {
  state.meta = await api("/api/meta");
  const provinces = state.meta.provinces.map((p) => [p.id, p.name]);
  document.querySelectorAll("select.province").forEach((select) => options(select, provinces, select.value || "ninh-binh"));
  const years = state.meta.years.slice().reverse().map((y) => [y, y]);
  options($("overview-year"), years, $("overview-year").value);
  options($("gap-year"), years, $("gap-year").value);
  options($("scenario-model"), state.meta.models.map((m) => [m, m]), $("scenario-model").value || "local-level");
  $("data-in-use").textContent = state.meta.data.uploaded.length
    ? word("uploadedData") + " (" + state.meta.data.uploaded.join(", ") + ")" : word("defaultData");
  $("gap-rank").max = state.meta.provinces.length;
}

async function loadOverview() {
  const year = $("overview-year").value, province = $("overview-province").value;
  const [ranking, profile] = await Promise.all([
    api("/api/ranking?year=" + encodeURIComponent(year)),
    api("/api/profile?year=" + encodeURIComponent(year) + "&province=" + encodeURIComponent(province)),
  ]);
  $("ranking-title").textContent = word("rankingOf", ranking.year);
  fillTable($("ranking"),
    [[word("rankColumn"), true], [word("chooseProvince"), false], [word("scoreColumn"), true], [word("inputColumn"), true], [word("outputColumn"), true]],
    ranking.provinces.map((p) => ({
      className: p.id === province ? "focus" : "",
      cells: [p.rank ?? "—", p.name, number(p.score), number(p.input), number(p.output)],
    })));
  $("profile-title").textContent = word("profileTitle", profile.province.name, profile.year);
  fillTable($("pillars"), [[word("pillarColumn"), false], [word("scoreColumn"), true], [word("rankColumn"), true]],
    profile.nodes.filter((n) => n.level === "pillar").map((n) => ({ cells: [n.name, number(n.score), n.rank ?? "—"] })));
  const names = Object.fromEntries(profile.indicators.map((i) => [i.code, i.name]));
  $("strengths").replaceChildren(...profile.strengths.map((code) => element("li", names[code] || code)));
  $("weaknesses").replaceChildren(...profile.weaknesses.map((code) => element("li", names[code] || code)));
  const byOwner = new Map();
  profile.indicators.filter((i) => i.meets_average === false).forEach((i) => {
    const owner = i.owner || "—";
    if (!byOwner.has(owner)) byOwner.set(owner, []);
    byOwner.get(owner).push(i);
  });
  $("owner-gaps").replaceChildren(...[...byOwner.entries()].map(([owner, list]) => {
    const group = element("div", null, "owner-group");
    group.appendChild(element("strong", owner + " — " + word("belowAverageCount", list.length)));
    const items = element("ul");
    list.forEach((i) => items.appendChild(element("li", i.name + ": " + number(i.value) + " / " + number(i.national_average) + " " + i.unit)));
    group.appendChild(items);
    return group;
  }));
}

// MARK: What-if

function defaultScenario() {
  return {
    name: "",
    province: $("overview-province").value || "ninh-binh",
    horizon: 2030,
    model: "local-level",
    seed: 2026,
    milestones: [{ year: 2027, rank_at_most: 13 }, { year: 2030, rank_at_most: 10 }],
    interventions: [],
  };
}

function labelled(text, input) {
  const label = element("label");
  label.appendChild(element("span", text));
  label.appendChild(input);
  return label;
}

function input(type, value, onChange, attributes = {}) {
  const node = element("input");
  node.type = type;
  node.value = value ?? "";
  Object.entries(attributes).forEach(([key, val]) => node.setAttribute(key, val));
  node.addEventListener("change", () => onChange(type === "number" ? (node.value === "" ? null : Number(node.value)) : node.value));
  return node;
}

function removeButton(onClick) {
  const button = element("button", word("remove"));
  button.type = "button";
  button.addEventListener("click", onClick);
  return button;
}

function renderScenario() {
  const s = state.scenario;
  $("scenario-name").value = s.name ?? "";
  options($("scenario-province"), state.meta.provinces.map((p) => [p.id, p.name]), s.province);
  $("scenario-model").value = s.model ?? "local-level";
  $("scenario-horizon").value = s.horizon ?? 2030;
  $("milestones").replaceChildren(...(s.milestones ?? []).map((milestone, n) => {
    const row = element("div", null, "row milestone");
    row.appendChild(labelled(word("yearColumn"), input("number", milestone.year, (v) => { milestone.year = v; changed(); }, { min: 2000, max: 2100 })));
    const kind = "rank_at_most" in milestone ? "rank_at_most" : "better_than_previous_year" in milestone ? "better_than_previous_year" : null;
    if (kind) {
      row.appendChild(element("span", word(kind === "rank_at_most" ? "rankAtMost" : "climbBy"), "fixed"));
      row.appendChild(labelled("", input("number", milestone[kind], (v) => { milestone[kind] = v; changed(); }, { min: 1, max: 34 })));
    } else {
      const other = Object.entries(milestone).filter(([key]) => key !== "year").map(([key, value]) => key + ": " + value).join(", ");
      row.appendChild(element("span", other, "fixed"));
    }
    row.appendChild(removeButton(() => { s.milestones.splice(n, 1); renderScenario(); changed(); }));
    return row;
  }));
  const indicators = state.meta.indicators.map((i) => [i.code, i.code + " " + i.name]);
  $("measures").replaceChildren(...(s.interventions ?? []).map((measure, n) => {
    const row = element("div", null, "row measure");
    measure.effects = measure.effects && measure.effects.length ? measure.effects : [{ indicator: indicators[0][0], change: "+1" }];
    const effect = measure.effects[0];
    row.appendChild(labelled(word("measureName"), input("text", measure.name ?? measure.id, (v) => { measure.name = v; changed(); }, { maxlength: 200 })));
    const select = element("select");
    options(select, indicators, effect.indicator);
    select.addEventListener("change", () => { effect.indicator = select.value; changed(); });
    row.appendChild(labelled(word("indicator"), select));
    row.appendChild(labelled(word("change"), input("text", effect.change ?? "", (v) => { effect.change = v; changed(); }, { maxlength: 20 })));
    row.appendChild(labelled(word("start"), input("number", measure.start, (v) => { measure.start = v; changed(); }, { min: 2000, max: 2100 })));
    row.appendChild(labelled(word("ramp"), input("number", measure.ramp_years ?? 1, (v) => { measure.ramp_years = v; changed(); }, { min: 1, max: 20 })));
    row.appendChild(labelled(word("cost"), input("number", measure.cost ?? 0, (v) => { measure.cost = v; changed(); }, { min: 0, step: "any" })));
    row.appendChild(labelled(word("owner"), input("text", measure.owner ?? "", (v) => { measure.owner = v; changed(); }, { maxlength: 200 })));
    row.appendChild(removeButton(() => { s.interventions.splice(n, 1); renderScenario(); changed(); }));
    return row;
  }));
}

let pending = null;
function changed() {
  state.changedAt = performance.now();
  clearTimeout(pending);
  pending = setTimeout(runScenario, 150);
}

function scenarioBody(count) {
  return JSON.stringify(Object.assign({}, state.scenario, { scenarios: count }));
}

// A quick estimate, then the refined one; an answer that a newer change overtook is dropped.
async function runScenario() {
  const sequence = ++state.sequence;
  const refined = Math.min(20000, state.meta.limits.maximum_scenarios);
  $("run-status").textContent = word("computing");
  for (const count of [quickScenarios, refined]) {
    let answer;
    try {
      answer = await api("/api/whatif", { method: "POST", headers: { "content-type": "application/json" }, body: scenarioBody(count) });
    } catch (error) {
      if (sequence !== state.sequence || error.status === 409) return;
      $("run-status").textContent = "";
      notify(error);
      return;
    }
    if (sequence !== state.sequence) return;
    notify(null);
    showRun(answer, count < refined);
  }
}

function showRun(answer, isQuick) {
  state.lastYAML = answer.yaml;
  // How long the change took to show, kept for the browser test and for anyone who asks.
  if (isQuick && state.changedAt !== undefined) $("odds").dataset.quickMs = Math.round(performance.now() - state.changedAt);
  const view = answer.view, run = answer.run;
  $("run-status").textContent = isQuick ? word("quickEstimate", run.scenarios) : view.setup;
  const rows = view.milestones.map((m) => ({
    cells: [m.year, m.text, percent(m.probability), percent(m.interval[0]) + " – " + percent(m.interval[1])],
  }));
  rows.push({ className: "focus", cells: ["", word("everyMilestone"), percent(run.every_rank_milestone.probability),
    percent(run.every_rank_milestone.interval[0]) + " – " + percent(run.every_rank_milestone.interval[1])] });
  fillTable($("odds"), [[word("yearColumn"), false], [word("milestoneColumn"), false], [word("oddsColumn"), true], [word("intervalColumn"), true]], rows);
  $("fan").innerHTML = view.fan_svg;
  $("rivals").innerHTML = view.rivals_svg;
  $("odds").dataset.scenarios = run.scenarios;
}

async function openScenario(file) {
  if (!file) return;
  try {
    const answer = await api("/api/scenarios/" + encodeURIComponent(file));
    state.scenario = answer.scenario;
    renderScenario();
    changed();
  } catch (error) { notify(error); }
}

async function loadScenarioList() {
  const answer = await api("/api/scenarios");
  options($("scenario-file"), [["", word("chooseScenario")]].concat(answer.scenarios.map((s) => [s.file, s.name ? s.file + " — " + s.name : s.file])), "");
}

// MARK: Pathway

async function computeGap(event) {
  event.preventDefault();
  try {
    const answer = await api("/api/gap", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ province: $("gap-province").value, rank: Number($("gap-rank").value), year: Number($("gap-year").value) }),
    });
    notify(null);
    const result = answer.answer;
    $("gap-summary").textContent = result.reached
      ? word("gapReached", answer.target_rank, result.rank_before, result.changes.length)
      : word("gapNotReached", answer.target_rank, result.rank_after);
    const byOwner = new Map();
    result.changes.forEach((change) => {
      const owner = change.owner || "—";
      if (!byOwner.has(owner)) byOwner.set(owner, []);
      byOwner.get(owner).push(change);
    });
    $("gap-owners").replaceChildren(...[...byOwner.entries()].map(([owner, changes]) => {
      const group = element("div", null, "owner-group");
      group.appendChild(element("h3", owner));
      const table = element("table");
      table.append(element("thead"), element("tbody"));
      fillTable(table, [[word("indicator"), false], [word("currentValue"), true], [word("requiredValue"), true], [word("change"), true]],
        changes.map((c) => ({ cells: [c.name + " (" + c.unit + ")", number(c.current), number(c.required), number(c.change)] })));
      group.appendChild(table);
      return group;
    }));
  } catch (error) { notify(error); }
}

// MARK: Optimiser

// Posts the scenario to a search (/api/optimise, /api/pathway) and reads its server-sent
// events as they arrive: each progress line into `status`, the result handed to `show`.
async function search(path, query, status, show) {
  $(status).textContent = word("working");
  try {
    const response = await fetch(path + "?" + query + "&lang=" + state.lang,
      { method: "POST", headers: { "content-type": "application/json" }, body: scenarioBody(2000) });
    if (!response.ok) throw Object.assign(new Error((await response.json()).error), { status: response.status });
    const reader = response.body.getReader(), decoder = new TextDecoder();
    let buffered = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffered.indexOf("\n\n")) >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const name = (block.match(/^event: (.*)$/m) || [])[1], data = JSON.parse((block.match(/^data: (.*)$/m) || [])[1] || "{}");
        if (name === "progress") $(status).textContent = data.text;
        if (name === "error") throw new Error(data.error);
        if (name === "result") { $(status).textContent = ""; show(data); }
      }
    }
    notify(null);
  } catch (error) {
    $(status).textContent = "";
    notify(error);
  }
}

function optimise(event) {
  event.preventDefault();
  $("optimise-result").replaceChildren();
  $("optimise-summary").querySelectorAll("thead, tbody").forEach((part) => part.replaceChildren());
  search("/api/optimise", "budget=" + encodeURIComponent($("optimise-budget").value) + "&objective=" + $("optimise-objective").value,
    "optimise-status", showPortfolio);
}

function findPathway(event) {
  event.preventDefault();
  $("pathway-result").replaceChildren();
  search("/api/pathway", "probability=" + $("pathway-probability").value, "pathway-status", (result) => {
    const found = result.report.pathways[0];
    const summary = element("p", word("pathwayResult", number(found.cost, 1), percent(found.fresh_probability),
      percent(found.fresh_interval[0]) + " – " + percent(found.fresh_interval[1])), "status");
    $("pathway-result").innerHTML = result.sections.join("");
    $("pathway-result").prepend(summary);
  });
}

function showPortfolio(result) {
  const report = result.report, chosen = report.chosen, none = report.no_measures;
  const interval = (i) => percent(i[0]) + " – " + percent(i[1]);
  const rows = [{ cells: [word("noMeasuresRow"), "0", percent(none.probability), interval(none.interval)] }];
  if (chosen) {
    rows.push({ className: "focus", cells: [word("portfolio") + ": " + chosen.measures.map((m) => m.name || m.id).join("; "),
      number(chosen.cost, 1), percent(chosen.probability), interval(chosen.interval)] });
  }
  fillTable($("optimise-summary"), [[word("measuresColumn"), false], [word("cost"), true], [word("oddsColumn"), true], [word("intervalColumn"), true]], rows);
  $("optimise-result").innerHTML = result.sections.join("");
}

// MARK: Data

async function uploadFiles(event) {
  event.preventDefault();
  $("validation-summary").textContent = word("working");
  try {
    let answer = null;
    for (const kind of ["framework", "provinces", "panel"]) {
      const file = $("upload-" + kind).files[0];
      if (!file) continue;
      answer = await api("/api/data?kind=" + kind + "&name=" + encodeURIComponent(file.name), { method: "POST", body: file });
    }
    if (!answer) { $("validation-summary").textContent = ""; return; }
    notify(null);
    $("validation-summary").textContent = answer.used ? word("noProblems") : word("problemsFound");
    $("validation").textContent = answer.text;
    await refreshAll();
  } catch (error) {
    $("validation-summary").textContent = "";
    notify(error);
  }
}

async function useDefaultData() {
  try {
    await api("/api/data", { method: "DELETE" });
    $("validation").textContent = "";
    $("validation-summary").textContent = "";
    await refreshAll();
  } catch (error) { notify(error); }
}

// MARK: Start

async function refreshAll() {
  await loadWords();
  await loadMeta();
  if (!state.scenario) state.scenario = defaultScenario();
  renderScenario();
  options($("pathway-probability"), [["0.5", "50 %"], ["0.8", "80 %"], ["0.9", "90 %"]], $("pathway-probability").value || "0.8");
  options($("optimise-objective"), [["rank-milestones", word("objectiveRankMilestones")], ["every-milestone", word("objectiveEveryMilestone")],
    ["top10", word("objectiveTopTen")]], $("optimise-objective").value);
  await Promise.all([loadOverview(), loadScenarioList()]);
  runScenario();
}

function start() {
  window.addEventListener("hashchange", showTab);
  showTab();
  $("language").addEventListener("click", () => {
    state.lang = state.lang === "vi" ? "en" : "vi";
    localStorage.setItem("pii-lang", state.lang);
    refreshAll().catch(notify);
  });
  $("overview-year").addEventListener("change", () => loadOverview().catch(notify));
  $("overview-province").addEventListener("change", () => loadOverview().catch(notify));
  $("scenario-file").addEventListener("change", (event) => openScenario(event.target.value));
  $("scenario-name").addEventListener("change", (event) => { state.scenario.name = event.target.value; changed(); });
  $("scenario-province").addEventListener("change", (event) => { state.scenario.province = event.target.value; changed(); });
  $("scenario-model").addEventListener("change", (event) => { state.scenario.model = event.target.value; changed(); });
  $("scenario-horizon").addEventListener("change", (event) => { state.scenario.horizon = Number(event.target.value); changed(); });
  $("add-rank").addEventListener("click", () => {
    state.scenario.milestones = (state.scenario.milestones || []).concat([{ year: state.scenario.horizon || 2030, rank_at_most: 10 }]);
    renderScenario(); changed();
  });
  $("add-climb").addEventListener("click", () => {
    state.scenario.milestones = (state.scenario.milestones || []).concat([{ year: state.scenario.horizon || 2030, better_than_previous_year: 1 }]);
    renderScenario(); changed();
  });
  $("add-measure").addEventListener("click", () => {
    const list = state.scenario.interventions || [];
    const id = "measure-" + (list.length + 1);
    state.scenario.interventions = list.concat([{ id, name: id, owner: "", start: 2027, ramp_years: 1, cost: 0,
      effects: [{ indicator: state.meta.indicators[0].code, change: "+10%" }] }]);
    renderScenario(); changed();
  });
  $("save-yaml").addEventListener("click", () => {
    if (state.lastYAML) download(new Blob([state.lastYAML], { type: "text/yaml" }), "scenario.yaml");
  });
  $("download-report").addEventListener("click", async () => {
    try {
      const refined = Math.min(20000, state.meta.limits.maximum_scenarios);
      const blob = await api("/api/report", { method: "POST", headers: { "content-type": "application/json" }, body: scenarioBody(refined) });
      download(blob, "pii-report.html");
    } catch (error) { notify(error); }
  });
  $("gap-form").addEventListener("submit", computeGap);
  $("optimise-form").addEventListener("submit", optimise);
  $("pathway-form").addEventListener("submit", findPathway);
  $("upload-form").addEventListener("submit", uploadFiles);
  $("default-data").addEventListener("click", useDefaultData);
  refreshAll().catch(notify);
}

document.addEventListener("DOMContentLoaded", start);
