/* The category picker (catalog.forms.CategorySelect): a grouped <select> that works on its own,
   plus a filter box shown here. Typing narrows the options to the categories whose names (any
   language) or group hold every word typed; Enter picks the only match or moves to the list. */
(function () {
  "use strict";
  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function setUp(picker) {
    if (picker.dataset.ready) return;
    picker.dataset.ready = "1";
    var select = picker.querySelector("select");
    var box = picker.querySelector(".category-filter");
    var input = box && box.querySelector("input");
    var status = picker.querySelector("p[aria-live]");
    if (!select || !input) return;
    box.hidden = false;
    var options = Array.prototype.slice.call(select.querySelectorAll("option[value]")).filter(
      function (option) { return option.value !== ""; }
    );
    options.forEach(function (option) {
      option.dataset.folded = fold(option.textContent + " " + (option.dataset.search || ""));
    });
    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var visible = [];
      options.forEach(function (option) {
        var match = words.every(function (word) { return option.dataset.folded.indexOf(word) !== -1; });
        option.hidden = !match && !option.selected;
        option.disabled = !match && !option.selected;
        if (match) visible.push(option);
      });
      Array.prototype.forEach.call(select.querySelectorAll("optgroup"), function (group) {
        group.hidden = !group.querySelector("option:not([hidden])");
      });
      if (!words.length) {
        status.hidden = true;
        status.textContent = "";
      } else {
        status.hidden = false;
        status.textContent = visible.length
          ? picker.dataset.some.replace("%(n)s", visible.length)
          : picker.dataset.none;
      }
      return visible;
    }
    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault(); // never submit the form from the filter box
      var visible = apply();
      if (visible.length === 1) {
        select.value = visible[0].value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      }
      select.focus();
    });
  }
  function all() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-category-picker]"), setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", all);
  else all();
})();
