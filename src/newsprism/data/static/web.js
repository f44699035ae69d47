/* newsprism web pages: small enhancements; every page works without them.
   Served as a file (the Content-Security-Policy allows no inline script). The story
   page's highlighting is the compare report's own script, /assets/report.js. */
(function () {
  "use strict";

  // Upload: drop files onto the zone to put them in the form's file input.
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("files");
  var chosen = document.getElementById("chosen");
  function list() {
    if (!chosen || !input) { return; }
    chosen.textContent = "";
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement("li");
      item.textContent = file.name + " (" + file.size.toLocaleString() + " bytes)";
      chosen.appendChild(item);
    });
  }
  if (zone && input) {
    input.addEventListener("change", list);
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add("over");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        list();
      }
    });
  }

  // Story page: a dot on the timeline lights up its column.
  document.querySelectorAll(".timeline a.dot").forEach(function (dot) {
    var target = document.querySelector(dot.getAttribute("href"));
    if (!target) { return; }
    dot.addEventListener("mouseenter", function () { target.classList.add("spotlight"); });
    dot.addEventListener("mouseleave", function () { target.classList.remove("spotlight"); });
  });
})();
