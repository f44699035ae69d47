/* newsprism compare report: light up a fact's sentences in every column.
   Inline in the page and pinned by hash in its CSP; reads only data-* attributes. */
(function () {
  "use strict";
  function members(el) {
    return document.querySelectorAll('.ev[data-fact="' + el.getAttribute("data-fact") + '"]');
  }
  function mark(el, name, on) {
    members(el).forEach(function (m) { m.classList.toggle(name, on); });
  }
  function align(el) {
    // Scroll each other column so that the fact's first sentence there is level with el.
    var own = el.closest(".body");
    var top = el.getBoundingClientRect().top;
    var done = [own];
    members(el).forEach(function (m) {
      var body = m.closest(".body");
      if (!body || done.indexOf(body) >= 0) { return; }
      done.push(body);
      body.scrollTop += m.getBoundingClientRect().top - top;
    });
  }
  document.querySelectorAll(".column .ev").forEach(function (el) {
    el.addEventListener("mouseenter", function () { mark(el, "hot", true); });
    el.addEventListener("mouseleave", function () { mark(el, "hot", false); });
    el.addEventListener("focus", function () { mark(el, "hot", true); });
    el.addEventListener("blur", function () { mark(el, "hot", false); });
    el.addEventListener("click", function () {
      var pinned = el.classList.contains("pinned");
      document.querySelectorAll(".ev.pinned").forEach(function (m) { m.classList.remove("pinned"); });
      if (!pinned) { mark(el, "pinned", true); align(el); }
    });
    el.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); el.click(); }
    });
  });
})();
