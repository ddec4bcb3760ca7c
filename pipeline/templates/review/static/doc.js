// Document page: link record values and evidence spans both ways. A span may be
// split into several <mark> segments (overlaps), so a span is found as every
// element whose data-s list holds its id. "#field=PATH" selects a value on load.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var record = document.getElementById("record");

  function ids(el) { return (el.getAttribute("data-s") || "").split(/\s+/).filter(Boolean); }
  function selector(list) {
    return list.map(function (id) { return '[data-s~="' + id + '"]'; }).join(",");
  }
  function clear() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active", "flash"); });
  }
  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation on a repeated click
    el.classList.add("active", "flash");
  }
  // Select the spans `list`; scroll the text to the first and the record to `value`.
  function select(list, value, scrollPane) {
    clear();
    if (!list.length) return;
    var segs = text.querySelectorAll(selector(list));
    segs.forEach(flash);
    if (value) value.classList.add("active");
    if (scrollPane === "text" && value) value.scrollIntoView({ block: "nearest" });
    if (scrollPane === "text" && segs.length) segs[0].scrollIntoView({ block: "center", behavior: "smooth" });
    if (scrollPane === "record" && value) value.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
  function fromValue(el) {
    select(ids(el), el, "text");
    if (el.dataset.field) history.replaceState(null, "", "#field=" + encodeURIComponent(el.dataset.field));
  }
  document.addEventListener("click", function (e) {
    var val = e.target.closest("[data-s]");
    if (!val || !ids(val).length) return;
    if (text.contains(val)) {
      // a text segment: select its spans and the record values that cite them
      var list = ids(val);
      var values = record.querySelectorAll(".val" + selector(list).split(",").join(",.val"));
      select(list, values[0] || null, "record");
      values.forEach(function (v) { v.classList.add("active"); });
    } else {
      fromValue(val);
    }
  });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches && e.target.matches("[data-s][tabindex]")) {
      e.preventDefault();
      fromValue(e.target);
    }
  });
  var m = /^#field=(.+)$/.exec(location.hash);
  if (m) {
    var field = decodeURIComponent(m[1]);
    var el = Array.prototype.find.call(document.querySelectorAll("[data-field]"), function (x) {
      return x.dataset.field === field;
    });
    if (el) fromValue(el);
  }
})();
