// Document table of the review index: filter, sort and paginate the embedded
// JSON rows client-side, so one static file serves thousands of documents.
// The view state lives in location.hash so "back" from a document page restores it.
(function () {
  "use strict";
  var PAGE = 100;
  var rows = JSON.parse(document.getElementById("docs-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var state = { region: "", status: "", q: "", sort: "", dir: 1, page: 1 };

  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    state.region = p.get("region") || "";
    state.status = p.get("status") || "";
    state.q = p.get("q") || "";
    state.sort = p.get("sort") || "";
    state.dir = p.get("dir") === "-1" ? -1 : 1;
    state.page = parseInt(p.get("page") || "1", 10) || 1;
    $("f-region").value = state.region;
    $("f-status").value = state.status;
    $("f-q").value = state.q;
  }
  function writeHash() {
    var p = new URLSearchParams();
    Object.keys(state).forEach(function (k) {
      var v = state[k];
      if (v && !(k === "page" && v === 1) && !(k === "dir" && v === 1)) p.set(k, v);
    });
    history.replaceState(null, "", "#" + p.toString());
  }
  function flagged(r) { return r.warnings > 0 || r.bad > 0 || r.status === "error"; }
  function matches(r) {
    if (state.region === "-" ? r.region : state.region && r.region !== state.region) return false;
    if (state.status === "flagged" ? !flagged(r) : state.status && r.status !== state.status) return false;
    if (state.q) {
      var hay = [r.id, r.title, r.error, r.region].join(" ").toLowerCase();
      if (hay.indexOf(state.q.toLowerCase()) < 0) return false;
    }
    return true;
  }
  function compare(a, b) {
    var x = a[state.sort], y = b[state.sort];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return (typeof x === "number" ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true })) * state.dir;
  }
  function cell(tr, text, cls) {
    var td = document.createElement("td");
    if (cls) td.className = cls;
    if (text !== null && text !== undefined) td.textContent = text;
    tr.appendChild(td);
    return td;
  }
  function render() {
    var list = rows.filter(matches);
    if (state.sort) list = list.slice().sort(compare);
    var pages = Math.max(1, Math.ceil(list.length / PAGE));
    state.page = Math.min(Math.max(1, state.page), pages);
    var body = document.querySelector("#docs tbody");
    var frag = document.createDocumentFragment();
    list.slice((state.page - 1) * PAGE, state.page * PAGE).forEach(function (r) {
      var tr = document.createElement("tr");
      tr.className = "doc-row" + (flagged(r) ? " flagged" : "");
      var a = document.createElement("a");
      a.href = r.page;
      a.textContent = r.id;
      cell(tr, null).appendChild(a);
      var st = document.createElement("span");
      st.className = "status st-" + r.status;
      st.textContent = r.status;
      cell(tr, null).appendChild(st);
      cell(tr, r.type);
      cell(tr, r.region);
      cell(tr, r.title, "title").title = r.title || "";
      cell(tr, r.officials, "num");
      cell(tr, r.innovations, "num");
      cell(tr, r.bad ? r.evidence + " (" + r.bad + " bad)" : r.evidence, "num");
      cell(tr, r.warnings, "num");
      cell(tr, r.error, "error").title = r.error || "";
      frag.appendChild(tr);
    });
    body.replaceChildren(frag);
    $("count").textContent = list.length + " of " + rows.length + " documents";
    $("p-info").textContent = "page " + state.page + " of " + pages;
    $("p-first").disabled = $("p-prev").disabled = state.page <= 1;
    $("p-next").disabled = $("p-last").disabled = state.page >= pages;
    document.querySelectorAll("#docs th").forEach(function (th) {
      th.classList.toggle("sorted-asc", th.dataset.key === state.sort && state.dir === 1);
      th.classList.toggle("sorted-desc", th.dataset.key === state.sort && state.dir === -1);
    });
    writeHash();
    return pages;
  }
  function refilter() {
    state.region = $("f-region").value;
    state.status = $("f-status").value;
    state.q = $("f-q").value.trim();
    state.page = 1;
    render();
  }
  $("f-region").addEventListener("change", refilter);
  $("f-status").addEventListener("change", refilter);
  $("f-q").addEventListener("input", refilter);
  $("p-first").addEventListener("click", function () { state.page = 1; render(); });
  $("p-prev").addEventListener("click", function () { state.page -= 1; render(); });
  $("p-next").addEventListener("click", function () { state.page += 1; render(); });
  $("p-last").addEventListener("click", function () { state.page = Infinity; render(); });
  document.querySelectorAll("#docs th").forEach(function (th) {
    th.addEventListener("click", function () {
      state.dir = state.sort === th.dataset.key ? -state.dir : 1;
      state.sort = th.dataset.key;
      render();
    });
  });
  readHash();
  render();
})();
