// Review app: remember the reviewer's text selection as character offsets into the
// document text, and let "use selection" put it into a value's form.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var shown = document.getElementById("selection");
  if (!text) return;
  var last = null;

  function offset(node, off) {
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, off);
    return range.toString().length;
  }
  function remember() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    var r = sel.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return;
    var start = offset(r.startContainer, r.startOffset);
    var end = offset(r.endContainer, r.endOffset);
    var value = text.textContent.slice(start, end);
    // trim the selection to its words, as a reviewer means them
    var lead = value.length - value.replace(/^\s+/, "").length;
    var trail = value.length - value.replace(/\s+$/, "").length;
    if (end - start - lead - trail <= 0) return;
    last = { start: start + lead, end: end - trail, text: value.trim() };
    if (shown) shown.textContent = "selected: \u201c" + last.text + "\u201d (" + last.start + "\u2013" + last.end + ")";
  }
  document.addEventListener("mouseup", remember);
  document.addEventListener("keyup", remember);
  document.addEventListener("selectionchange", remember);
  document.addEventListener("click", function (e) {
    var button = e.target.closest("button.use-sel");
    if (!button) return;
    e.preventDefault();
    if (!last) { if (shown) shown.textContent = "select some text first"; return; }
    var form = button.form;
    form.elements.value.value = last.text;
    form.elements.start.value = last.start;
    form.elements.end.value = last.end;
  });
  // typing a value by hand drops a span taken earlier
  document.addEventListener("input", function (e) {
    if (e.target.name === "value" && e.target.form && e.target.form.elements.start) {
      e.target.form.elements.start.value = "";
      e.target.form.elements.end.value = "";
    }
  });
})();
