"""The page's inline script: a tooltip that shows a mark's fields on hover and on keyboard
focus (dismissed with Escape, hoverable itself), and focus on the target of a link."""

from __future__ import annotations

SCRIPT = r"""
(function () {
  "use strict";
  var tip = document.getElementById("tooltip");
  var shownFor = null;
  function source(el) {
    var m = el && el.closest ? el.closest("[data-mark]") : null;
    if (!m) return null;
    var src = document.getElementById("tip-" + m.getAttribute("data-mark"));
    return src ? {mark: m, src: src} : null;
  }
  function show(found) {
    tip.innerHTML = found.src.innerHTML;
    tip.hidden = false;
    shownFor = found.mark;
    var r = found.mark.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var top = r.bottom + 6;
    if (top + h > vh && r.top - h - 6 > 0) top = r.top - h - 6;
    var left = Math.max(4, Math.min(r.left, vw - w - 4));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
  }
  function hide() { tip.hidden = true; shownFor = null; }
  document.addEventListener("mouseover", function (e) {
    if (tip.contains(e.target)) return;
    var found = source(e.target);
    if (found) { if (found.mark !== shownFor) show(found); return; }
    var active = source(document.activeElement);
    if (active) show(active); else hide();
  });
  document.addEventListener("focusin", function (e) {
    var found = source(e.target);
    if (found) show(found); else hide();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });
  window.addEventListener("scroll", function () {
    if (shownFor) show(source(shownFor));
  }, {passive: true});
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (!el) return;
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.focus({preventScroll: true});
    el.scrollIntoView({block: "center"});
  }
  var details = document.getElementById("outline-details");
  if (details && window.matchMedia("(max-width: 50rem)").matches) details.open = false;
  window.addEventListener("hashchange", focusTarget);
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
    if (a && a.getAttribute("href") === location.hash) focusTarget();
  });
  if (location.hash) focusTarget();
})();
"""
