// Clicking a mark shows, in the panel, what was parsed for it and for every
// mark around it (marks nest); the pieces of a split mark light up together.
(function () {
  var panel = document.getElementById("panel");
  function show(target) {
    var ids = [], el = target.closest(".m[data-id]");
    for (; el; el = el.parentElement && el.parentElement.closest(".m[data-id]")) {
      if (ids.indexOf(el.dataset.id) < 0) ids.push(el.dataset.id);
    }
    if (!ids.length) return;
    document.querySelectorAll(".m.on").forEach(function (m) { m.classList.remove("on"); });
    panel.replaceChildren();
    ids.forEach(function (id) {
      document.querySelectorAll('.m[data-id="' + id + '"]').forEach(function (m) { m.classList.add("on"); });
      var dl = document.getElementById("detail-" + id);
      if (dl) panel.appendChild(dl.cloneNode(true)).removeAttribute("id");
    });
  }
  document.querySelector("article.text").addEventListener("click", function (e) { show(e.target); });
  document.querySelector("article.text").addEventListener("keydown", function (e) {
    if (e.key === "Enter") show(e.target);
  });
  // report.html#q1 opens with mark q1 shown: a link to one value.
  var linked = location.hash && document.querySelector('article .m[data-id="' + location.hash.slice(1) + '"]');
  if (linked) {
    show(linked);
    var box = linked.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) linked.scrollIntoView({ block: "center" });
  }
  document.querySelectorAll(".legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });
})();
